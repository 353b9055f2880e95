/**
 * The key/value family's wire format (HyperID style): always HTTP 200, a numeric `result`,
 * and the request's `request_id` echoed when it sent one. The namespace (by user id, e-mail,
 * wallet, IdP) is the route-table entry's `namespace`.
 */
import type { APIGatewayProxyEventV2 } from 'aws-lambda';
import * as z from 'zod/mini';
import type { Identity } from '../auth/identity.js';
import { limits } from '../config.js';
import type { KvContext } from '../domain/key-value/kv-service.js';
import type { KvStore } from '../domain/key-value/kv-store.js';
import {
  type NamespaceKind,
  resolvePartition,
  type UserDirectory,
} from '../domain/key-value/namespaces.js';
import { AppError, type ErrorCode } from '../errors.js';
import { bearerCredentials } from './bearer.js';
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

/**
 * The vendor numbers the last codes per namespace: by-user-id and by-email have -6 key access
 * denied and -7 key invalid; by-wallet and by-idp put "wallet / identity provider not found"
 * at -6 and shift the other two to -7 and -8.
 */
const namespaceCodes = {
  plain: { namespace_not_found: -5, key_access_denied: -6, invalid_key: -7 },
  selected: { namespace_not_found: -6, key_access_denied: -7, invalid_key: -8 },
} as const;

const commonResults: Record<Exclude<ErrorCode, keyof (typeof namespaceCodes)['plain']>, number> = {
  invalid_token: KvResult.invalidToken,
  expired_token: KvResult.expiredToken,
  access_denied: KvResult.accessDenied,
  invalid_request: KvResult.invalidRequest,
  unsupported_media_type: KvResult.invalidRequest,
  version_conflict: KvResult.versionConflict,
  throttled: KvResult.unavailable,
  unavailable: KvResult.unavailable,
  internal: KvResult.unavailable,
  // Codes of other families never arise on these routes; map them defensively.
  unknown_project: KvResult.invalidToken,
  unknown_provider: KvResult.invalidToken,
  invalid_credentials: KvResult.invalidToken,
  user_not_confirmed: KvResult.accessDenied,
  user_exists: KvResult.invalidRequest,
  weak_password: KvResult.invalidRequest,
  invalid_code: KvResult.invalidRequest,
  expired_code: KvResult.invalidRequest,
  not_found: KvResult.invalidRequest,
  precondition_failed: KvResult.invalidRequest,
  conflict: KvResult.invalidRequest,
};

export function resultFor(code: ErrorCode, namespace: NamespaceKind): number {
  const shifted = namespace === 'wallet' || namespace === 'idp' ? 'selected' : 'plain';
  return code in namespaceCodes[shifted]
    ? namespaceCodes[shifted][code as keyof (typeof namespaceCodes)['plain']]
    : commonResults[code as keyof typeof commonResults];
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

type KvOutcome = { result: number } & Record<string, unknown>;

export interface KeyValueDeps extends PipelineDeps {
  readonly store: KvStore;
  /** Only for the e-mail, wallet and IdP namespaces (kv-*-linked handlers). */
  readonly directoryFor?: (caller: Identity) => UserDirectory;
}

const keyValueFormat: WireFormat<KvOutcome, KeyValueDeps> = {
  credentials: (event: APIGatewayProxyEventV2) => bearerCredentials(event),
  success: (outcome, facts) => json(200, { ...requestIdOf(facts.rawBody()), ...outcome }),
  failure: (error, facts) =>
    json(200, {
      ...requestIdOf(facts.rawBody()),
      result: resultFor(toAppError(error).code, namespaceOf(facts)),
    }),
};

export interface KeyValueRequest<B> {
  /** Store, limits, the resolved namespace, the caller's app client, the time. */
  readonly kv: KvContext;
  readonly body: B;
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
    ...shape,
  });

export function keyValueRoute<B extends { wallet_address?: string; identity_provider?: string }>(
  spec: {
    deps: () => KeyValueDeps;
    body: z.ZodMiniType<B>;
    /** The handler only reads: its store reads the revocation mark with the data. */
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
      const partition = await resolvePartition(namespace, identity, request.body, directory);
      return run({
        kv: {
          store: deps.store,
          limits: limits(),
          partition,
          clientId: identity.clientId,
          now: Math.floor(Date.now() / 1000),
          revocation: request.revocation,
        },
        body: request.body,
      });
    },
  });
}

/** The by-user-id namespace needs no directory; reaching it is a bug. */
const noDirectory: UserDirectory = {
  facts: () => Promise.reject(new AppError('internal', 'No user directory on this route')),
  wallets: () => Promise.reject(new AppError('internal', 'No user directory on this route')),
};
