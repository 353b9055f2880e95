/**
 * The key/value family's wire format (HyperID style): always HTTP 200, a numeric `result`,
 * and the request's `request_id` echoed when it sent one. The namespace (by user id, e-mail,
 * wallet, IdP) is the route-table entry's `namespace`.
 */
import type { APIGatewayProxyEventV2 } from 'aws-lambda';
import * as z from 'zod/mini';
import type { Identity } from '../auth/identity.js';
import { limits } from '../config.js';
import { KeysLimitReached, type KvContext } from '../domain/key-value/kv-service.js';
import type { KvStore } from '../domain/key-value/kv-store.js';
import {
  type NamespaceKind,
  resolvePartition,
  type UserDirectory,
} from '../domain/key-value/namespaces.js';
import { AppError } from '../errors.js';
import { bearerCredentials } from './bearer.js';
import {
  emptyAnswer,
  failureResult,
  type KvCall,
  operationOf,
  type ProviderOutcome,
  providersAnswer,
} from './key-value-results.js';
import {
  buildRoute,
  callerOf,
  type PipelineDeps,
  type RequestFacts,
  toAppError,
  type WireFormat,
} from './pipeline.js';
import { json } from './response.js';

export const KvResult = {
  ok: 0,
  okNothingFound: 1,
  invalidToken: -1,
  expiredToken: -2,
  accessDenied: -3,
  unavailable: -4,
  invalidRequest: -5,
  /** Extension: `expected_version` did not match. */
  versionConflict: -9,
} as const;

/** The failure's code in the call's vendor table (lambdas/http/key-value-results.ts). */
export function resultFor(error: unknown, call: KvCall): number {
  const appError = toAppError(error);
  return failureResult(error instanceof KeysLimitReached ? 'keys_limit' : appError.code, call);
}

/** The caller's `request_id`, if the body carried a usable one. */
function requestIdOf(rawBody: unknown): Record<string, number> {
  if (rawBody && typeof rawBody === 'object' && 'request_id' in rawBody) {
    const id = rawBody.request_id;
    if (typeof id === 'number' && Number.isSafeInteger(id)) return { request_id: id };
  }
  return {};
}

/** The seed's plain `/user-data/set|get` behave as by-user-id. */
const namespaceOf = (facts: RequestFacts): NamespaceKind => facts.route?.namespace ?? 'user-id';

/** The vendor call a request makes: operation, namespace, and whether it is a seed route. */
const callOf = (facts: RequestFacts): KvCall => ({
  operation: operationOf(facts.event.routeKey),
  namespace: namespaceOf(facts),
  plain: !facts.event.routeKey.includes('/by-'),
});

/** Whether the body used the by-idp array form (`identity_providers: [...]`). */
const arrayForm = (rawBody: unknown) =>
  typeof rawBody === 'object' && rawBody !== null && 'identity_providers' in rawBody;

type KvOutcome = { result: number } & Record<string, unknown>;

export interface KeyValueDeps extends PipelineDeps {
  readonly store: KvStore;
  /** Only for the e-mail, wallet and IdP namespaces (kv-*-linked handlers). */
  readonly directoryFor?: (caller: Identity) => UserDirectory;
}

const keyValueFormat: WireFormat<KvOutcome, KeyValueDeps> = {
  credentials: (event: APIGatewayProxyEventV2) => bearerCredentials(event),
  success: (outcome, facts) => json(200, { ...requestIdOf(facts.rawBody()), ...outcome }),
  failure: (error, facts) => {
    const call = callOf(facts);
    const body = facts.rawBody();
    // The call's fields, empty: strict clients (Kotlin, Swift) cannot parse a bare result.
    return json(200, {
      ...requestIdOf(body),
      result: resultFor(error, call),
      ...emptyAnswer(call.operation),
      ...(arrayForm(body) ? { identity_providers: [] } : {}),
    });
  },
  // The by-idp array form answers each provider's failure inside a success; -4 there may
  // also be throttled or a bug, but the code no longer says which.
  successClass: ({ result }) =>
    result >= 0 ? 'ok' : result === KvResult.unavailable ? 'unavailable' : 'client_error',
};

export interface KeyValueRequest<B> {
  /** Store, limits, the resolved namespace, the caller's app client, the time. */
  readonly kv: KvContext;
  readonly body: B;
  /** Which vendor call this is (its result table). */
  readonly call: KvCall;
}

/**
 * A key/value request body: the route's own fields plus what every request may carry — the
 * int64 `request_id` and the namespace selectors (`wallet_address`, `identity_provider`).
 */
export const kvBody = <T extends z.core.$ZodLooseShape>(shape: T) =>
  z.object({
    request_id: z.optional(z.int()),
    wallet_address: z.optional(z.string().check(z.minLength(1), z.maxLength(256))),
    identity_provider: z.optional(z.string().check(z.minLength(1), z.maxLength(128))),
    // The vendor's JS and PHP by-idp clients send this array form instead.
    identity_providers: z.optional(
      z
        .array(z.string().check(z.minLength(1), z.maxLength(128)))
        .check(z.minLength(1), z.maxLength(10)),
    ),
    ...shape,
  });

export function keyValueRoute<
  B extends { wallet_address?: string; identity_provider?: string; identity_providers?: string[] },
>(
  spec: {
    deps: () => KeyValueDeps;
    body: z.ZodMiniType<B>;
    /**
     * The store reads the revocation mark with the data (get: the values; set: the usage
     * counter, settled before the write).
     */
    revocationWithData?: boolean;
  },
  run: (request: KeyValueRequest<B>) => Promise<KvOutcome>,
) {
  return buildRoute(keyValueFormat, {
    deps: spec.deps,
    body: spec.body,
    revocation: spec.revocationWithData ? 'with-data' : 'before-run',
    run: async (deps, request) => {
      const identity = callerOf(request);
      const namespace = request.route.namespace ?? 'user-id';
      if (namespace !== 'user-id' && !deps.directoryFor) {
        throw new Error(
          `${request.route.path} needs a user directory: use its kv-*-linked handler`,
        );
      }
      const directory = deps.directoryFor?.(identity) ?? noDirectory;
      const call = callOf(request);
      const inNamespace = async (selector: B) =>
        run({
          kv: {
            store: deps.store,
            limits: limits(),
            partition: await resolvePartition(namespace, identity, selector, directory),
            clientId: identity.clientId,
            now: Math.floor(Date.now() / 1000),
            revocation: request.revocation,
          },
          body: request.body,
          call,
        });
      const providers = request.body.identity_providers;
      if (providers === undefined) return inNamespace(request.body);
      if (namespace !== 'idp' || request.body.identity_provider !== undefined) {
        throw new AppError(
          'invalid_request',
          'identity_providers is for by-idp calls, and not with identity_provider',
        );
      }
      // The array form: each provider answered on its own, failures included.
      const answers: ProviderOutcome[] = [];
      for (const provider of providers) {
        try {
          answers.push({
            provider,
            outcome: await inNamespace({ ...request.body, identity_provider: provider }),
          });
        } catch (error) {
          answers.push({
            provider,
            outcome: { result: resultFor(error, call), ...emptyAnswer(call.operation) },
          });
        }
      }
      return providersAnswer(call.operation, answers);
    },
  });
}

/** The by-user-id namespace needs no directory; reaching it is a bug. */
const noDirectory: UserDirectory = {
  facts: () => Promise.reject(new AppError('internal', 'No user directory on this route')),
  wallets: () => Promise.reject(new AppError('internal', 'No user directory on this route')),
};
