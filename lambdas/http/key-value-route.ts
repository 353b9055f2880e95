/**
 * The key/value family's wire format (HyperID style): always HTTP 200, a numeric `result`,
 * and the request's `request_id` echoed when it sent one.
 */
import middy from '@middy/core';
import type { APIGatewayProxyEventV2 } from 'aws-lambda';
import type * as z from 'zod/mini';
import type { Identity } from '../auth/identity.js';
import { limits } from '../config.js';
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
  keyAccessDenied: -6,
  invalidKey: -7,
} as const;

const resultFor: Record<ErrorCode, number> = {
  invalid_token: KvResult.invalidToken,
  expired_token: KvResult.expiredToken,
  access_denied: KvResult.accessDenied,
  invalid_request: KvResult.invalidRequest,
  key_access_denied: KvResult.keyAccessDenied,
  invalid_key: KvResult.invalidKey,
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
  conflict: KvResult.invalidRequest,
};

/** The caller's `request_id`, if the body carried a usable one. */
function requestIdOf(rawBody: unknown): Record<string, number> {
  if (rawBody && typeof rawBody === 'object' && 'request_id' in rawBody) {
    const id = rawBody.request_id;
    if (typeof id === 'number' && Number.isSafeInteger(id)) return { request_id: id };
  }
  return {};
}

export interface KeyValueRequest<B> {
  readonly identity: Identity;
  readonly body: B;
}

export type KeyValueHandler<B> = (
  request: KeyValueRequest<B>,
) => Promise<{ result: number } & Record<string, unknown>>;

export function keyValueRoute<S extends z.ZodMiniType>(
  options: { scope: string; body: S },
  run: KeyValueHandler<z.output<S>>,
) {
  return middy<APIGatewayProxyEventV2, HttpResponse, Error, RouteContext>()
    .use({
      onError: (request) => {
        const error = toAppError(request.error);
        const body = request.context.rawBody ?? tryReadJsonBody(request.event, limits());
        request.response = json(200, {
          ...requestIdOf(body),
          result: resultFor[error.code],
        });
      },
    })
    .use(verifiedToken({ scope: options.scope }))
    .use(validatedJsonBody(options.body))
    .handler(async (_event, context) => {
      const outcome = await run({
        identity: requireIdentity(context),
        body: context.body as z.output<S>,
      });
      return json(200, { ...requestIdOf(context.rawBody), ...outcome });
    });
}
