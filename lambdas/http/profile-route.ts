/**
 * The profile family's wire format (Login 3.0 userinfo resource API): JSON resources on
 * success; on failure `{"error": code, "error_description": text}` with a fitting 4xx/5xx
 * status (a 409 on a unique value also names the `field`). Typed errors map here, once.
 */
import middy from '@middy/core';
import type { APIGatewayProxyEventV2 } from 'aws-lambda';
import type * as z from 'zod/mini';
import type { Identity } from '../auth/identity.js';
import { limits } from '../config.js';
import { UniqueValueTaken } from '../domain/profile/profile-store.js';
import { AppError, type ErrorCode } from '../errors.js';
import { readJsonBody } from './json-body.js';
import { type RouteContext, requireIdentity, toAppError, verifiedToken } from './middlewares.js';
import { type HttpResponse, json } from './response.js';

const statusFor: Record<ErrorCode, number> = {
  invalid_request: 400,
  invalid_key: 400,
  invalid_code: 400,
  expired_code: 400,
  namespace_not_found: 404,
  version_conflict: 409,
  weak_password: 400,
  unknown_provider: 400,
  invalid_token: 401,
  expired_token: 401,
  invalid_credentials: 401,
  access_denied: 403,
  key_access_denied: 403,
  user_not_confirmed: 403,
  not_found: 404,
  precondition_failed: 412,
  unknown_project: 404,
  conflict: 409,
  user_exists: 409,
  throttled: 429,
  unavailable: 503,
  internal: 500,
};

/** Issues reported in one 400, so a client sees every bad field at once (bounded). */
const MAX_REPORTED_ISSUES = 10;

function parseAll<S extends z.ZodMiniType>(schema: S, value: unknown, what: string): z.output<S> {
  const parsed = schema.safeParse(value);
  if (parsed.success) return parsed.data;
  const issues = parsed.error.issues.slice(0, MAX_REPORTED_ISSUES).map((issue) => {
    const where = issue.path.length > 0 ? `${issue.path.join('.')}: ` : '';
    return `${where}${issue.message}`;
  });
  throw new AppError('invalid_request', `Invalid ${what}: ${issues.join('; ')}`);
}

export interface ProfileRequest<B, Q> {
  readonly identity: Identity;
  readonly body: B;
  readonly query: Q;
}

export interface ProfileOutcome {
  readonly status?: number;
  readonly body: unknown;
}

export function profileRoute<
  B extends z.ZodMiniType = z.ZodMiniType<undefined>,
  Q extends z.ZodMiniType = z.ZodMiniType<undefined>,
>(
  // The scope each route needs (and whether the sign-in scope may stand in for it) is the
  // route table's `auth`.
  options: {
    body?: B;
    query?: Q;
  },
  run: (request: ProfileRequest<z.output<B>, z.output<Q>>) => Promise<ProfileOutcome>,
) {
  return middy<APIGatewayProxyEventV2, HttpResponse, Error, RouteContext>()
    .use({
      onError: (request) => {
        const error = toAppError(request.error);
        const status = statusFor[error.code];
        request.response = json(
          status,
          {
            error: error.code,
            error_description: error.message,
            ...(error instanceof UniqueValueTaken ? { field: error.field } : {}),
          },
          status === 401 ? { 'www-authenticate': `Bearer error="invalid_token"` } : {},
        );
      },
    })
    .use(verifiedToken())
    .handler(async (event, context) => {
      const body = options.body
        ? parseAll(options.body, readJsonBody(event, limits()), 'request body')
        : undefined;
      const query = options.query
        ? parseAll(options.query, event.queryStringParameters ?? {}, 'query')
        : undefined;
      const outcome = await run({
        identity: requireIdentity(context),
        body: body as z.output<B>,
        query: query as z.output<Q>,
      });
      return json(outcome.status ?? 200, outcome.body, { 'cache-control': 'no-store' });
    });
}
