/**
 * The key/value family's wire format (HyperID style): always HTTP 200, a numeric `result`,
 * and the request's `request_id` echoed when it sent one. One route builder serves all four
 * namespaces: the route's path says which (`/user-data/by-email/…` → e-mail).
 */
import middy from '@middy/core';
import type { APIGatewayProxyEventV2 } from 'aws-lambda';
import * as z from 'zod/mini';
import { dynamoKvStore } from '../adapters/dynamodb/kv-store-dynamodb.js';
import { userDirectory } from '../adapters/user-directory.js';
import { findProjectById, limits } from '../config.js';
import { KeysLimitReached, type KvContext } from '../domain/key-value/kv-service.js';
import { type NamespaceKind, resolvePartition } from '../domain/key-value/namespaces.js';
import { AppError } from '../errors.js';
import { readJsonBody, tryReadJsonBody } from './json-body.js';
import {
  emptyAnswer,
  failureResult,
  type KvCall,
  operationOf,
  type ProviderOutcome,
  providersAnswer,
} from './key-value-results.js';
import {
  parseOrThrow,
  type RouteContext,
  requireIdentity,
  toAppError,
  verifiedToken,
} from './middlewares.js';
import { type HttpResponse, json } from './response.js';

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

const NAMESPACE_IN_PATH = /^\S+ \/user-data\/by-(user-id|email|wallet|idp)\//;

/** The seed's plain `/user-data/set|get` behave as by-user-id. */
export const namespaceOf = (event: APIGatewayProxyEventV2): NamespaceKind =>
  (NAMESPACE_IN_PATH.exec(event.routeKey)?.[1] as NamespaceKind | undefined) ?? 'user-id';

/** The call a request makes: operation, namespace, and whether it is a seed route. */
export const callOf = (event: APIGatewayProxyEventV2): KvCall => ({
  operation: operationOf(event.routeKey),
  namespace: namespaceOf(event),
  plain: !NAMESPACE_IN_PATH.test(event.routeKey),
});

/** Whether the body used the by-idp array form (`identity_providers: [...]`). */
const arrayForm = (rawBody: unknown) =>
  typeof rawBody === 'object' && rawBody !== null && 'identity_providers' in rawBody;

export interface KeyValueRequest<B> {
  /** Store, limits, the resolved namespace, the caller's app client, the time. */
  readonly kv: KvContext;
  readonly body: B;
  /** Which vendor call this is (its result table). */
  readonly call: KvCall;
}

export type KeyValueHandler<B> = (
  request: KeyValueRequest<B>,
) => Promise<{ result: number } & Record<string, unknown>>;

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
  S extends z.ZodMiniType<{
    wallet_address?: string;
    identity_provider?: string;
    identity_providers?: string[];
  }>,
>(options: { body: S }, run: KeyValueHandler<z.output<S>>) {
  const store = dynamoKvStore();
  return middy<APIGatewayProxyEventV2, HttpResponse, Error, RouteContext>()
    .use({
      onError: (request) => {
        const call = callOf(request.event);
        const body = request.context.rawBody ?? tryReadJsonBody(request.event, limits());
        // The call's fields, empty: strict clients (Kotlin, Swift) cannot parse a bare result.
        request.response = json(200, {
          ...requestIdOf(body),
          result: resultFor(request.error, call),
          ...emptyAnswer(call.operation),
          ...(arrayForm(body) ? { identity_providers: [] } : {}),
        });
      },
    })
    .use(verifiedToken())
    .use({
      before: (request) => {
        // No body (JS, Python, PHP list-get) or an empty form body (Kotlin) reads as {}.
        const raw =
          (request.event.body ?? '').trim() === '' ? {} : readJsonBody(request.event, limits());
        request.context.rawBody = raw;
        request.context.body = parseOrThrow(options.body, raw);
      },
    })
    .handler(async (event, context) => {
      const identity = requireIdentity(context);
      const body = context.body as z.output<S>;
      const project = findProjectById(identity.projectId);
      if (!project) throw new Error('a verified token always names a configured project');
      const call = callOf(event);
      const directory = userDirectory(project);
      const inNamespace = async (selector: typeof body) =>
        run({
          kv: {
            store,
            limits: limits(),
            partition: await resolvePartition(call.namespace, identity, selector, directory),
            clientId: identity.clientId,
            now: Math.floor(Date.now() / 1000),
          },
          body,
          call,
        });
      if (body.identity_providers === undefined) {
        return json(200, { ...requestIdOf(context.rawBody), ...(await inNamespace(body)) });
      }
      if (call.namespace !== 'idp' || body.identity_provider !== undefined) {
        throw new AppError(
          'invalid_request',
          'identity_providers is for by-idp calls, and not with identity_provider',
        );
      }
      // The array form: each provider answered on its own, failures included.
      const answers: ProviderOutcome[] = [];
      for (const provider of body.identity_providers) {
        try {
          answers.push({
            provider,
            outcome: await inNamespace({ ...body, identity_provider: provider }),
          });
        } catch (error) {
          answers.push({
            provider,
            outcome: { result: resultFor(error, call), ...emptyAnswer(call.operation) },
          });
        }
      }
      return json(200, {
        ...requestIdOf(context.rawBody),
        ...providersAnswer(call.operation, answers),
      });
    });
}
