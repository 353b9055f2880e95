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
import type { KvContext } from '../domain/key-value/kv-service.js';
import { type NamespaceKind, resolvePartition } from '../domain/key-value/namespaces.js';
import type { ErrorCode } from '../errors.js';
import { tryReadJsonBody } from './json-body.js';
import {
  type RouteContext,
  requireIdentity,
  toAppError,
  validatedJsonBody,
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

const NAMESPACE_IN_PATH = /^\S+ \/user-data\/by-(user-id|email|wallet|idp)\//;

/** The seed's plain `/user-data/set|get` behave as by-user-id. */
export const namespaceOf = (event: APIGatewayProxyEventV2): NamespaceKind =>
  (NAMESPACE_IN_PATH.exec(event.routeKey)?.[1] as NamespaceKind | undefined) ?? 'user-id';

export interface KeyValueRequest<B> {
  /** Store, limits, the resolved namespace, the caller's app client, the time. */
  readonly kv: KvContext;
  readonly body: B;
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
    ...shape,
  });

export function keyValueRoute<
  S extends z.ZodMiniType<{ wallet_address?: string; identity_provider?: string }>,
>(options: { body: S }, run: KeyValueHandler<z.output<S>>) {
  const store = dynamoKvStore();
  return middy<APIGatewayProxyEventV2, HttpResponse, Error, RouteContext>()
    .use({
      onError: (request) => {
        const error = toAppError(request.error);
        const body = request.context.rawBody ?? tryReadJsonBody(request.event, limits());
        request.response = json(200, {
          ...requestIdOf(body),
          result: resultFor(error.code, namespaceOf(request.event)),
        });
      },
    })
    .use(verifiedToken())
    .use(validatedJsonBody(options.body))
    .handler(async (event, context) => {
      const identity = requireIdentity(context);
      const body = context.body as z.output<S>;
      const project = findProjectById(identity.projectId);
      if (!project) throw new Error('a verified token always names a configured project');
      const partition = await resolvePartition(
        namespaceOf(event),
        identity,
        body,
        userDirectory(project),
      );
      const outcome = await run({
        kv: {
          store,
          limits: limits(),
          partition,
          clientId: identity.clientId,
          now: Math.floor(Date.now() / 1000),
        },
        body,
      });
      return json(200, { ...requestIdOf(context.rawBody), ...outcome });
    });
}
