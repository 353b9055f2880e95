/**
 * The account family's wire format (Identify extension): `{result, message, data}`, with
 * `result` 1 on success; on failure `result` 0, a message that says why, and a fitting status.
 * Parameters come from the query string (GET) or the JSON body (POST/PUT).
 */
import middy from '@middy/core';
import type { APIGatewayProxyEventV2 } from 'aws-lambda';
import * as z from 'zod/mini';
import type { Identity } from '../auth/identity.js';
import { findProjectById, limits, type Project, projects } from '../config.js';
import { TooManyAttempts } from '../domain/account/attempt-limiter.js';
import { AppError, type ErrorCode } from '../errors.js';
import { readJsonBody } from './json-body.js';
import {
  parseOrThrow,
  type RouteContext,
  requireIdentity,
  toAppError,
  verifiedToken,
} from './middlewares.js';
import { type HttpResponse, json } from './response.js';

/** Providers this deployment implements; a project may enable a subset. */
const IMPLEMENTED_PROVIDERS = new Set(['awsCognito']);

const statusFor: Record<ErrorCode, number> = {
  invalid_request: 400,
  weak_password: 400,
  invalid_code: 400,
  expired_code: 400,
  invalid_key: 400,
  namespace_not_found: 404,
  version_conflict: 409,
  unknown_provider: 400,
  invalid_token: 401,
  expired_token: 401,
  access_denied: 401,
  invalid_credentials: 401,
  user_not_confirmed: 403,
  key_access_denied: 403,
  unknown_project: 404,
  not_found: 404,
  precondition_failed: 412,
  user_exists: 409,
  conflict: 409,
  throttled: 429,
  unavailable: 503,
  internal: 500,
};

/** Parameters every account route takes; absent ones fall back to the project's defaults. */
const commonParams = {
  projectId: z.optional(z.string()),
  strategy: z.optional(z.string()),
  provider: z.optional(z.string()),
};

export const accountParams = <T extends z.core.$ZodLooseShape>(shape: T) =>
  z.object({ ...commonParams, ...shape });

export function resolveProject(params: {
  projectId?: string;
  strategy?: string;
  provider?: string;
}): Project {
  const project = params.projectId ? findProjectById(params.projectId) : projects()[0];
  if (!project) throw new AppError('unknown_project', `Unknown project ${params.projectId}`);
  const provider = params.provider ?? project.providers[0] ?? '';
  if (!project.providers.includes(provider) || !IMPLEMENTED_PROVIDERS.has(provider)) {
    throw new AppError('unknown_provider', `Provider ${provider} is not enabled for this project`);
  }
  const strategy = params.strategy ?? project.strategies[0] ?? '';
  if (!project.strategies.includes(strategy)) {
    throw new AppError('unknown_provider', `Strategy ${strategy} is not enabled for this project`);
  }
  return project;
}

/** What a handler receives; `identity` is there exactly when the route requires a token. */
export type AccountRequest<P, Auth extends boolean> = {
  readonly project: Project;
  readonly params: P;
  /** The caller's IP as API Gateway saw it (attempt limits count per source). */
  readonly sourceIp: string;
} & (Auth extends true ? { readonly identity: Identity } : { readonly identity?: undefined });

export interface AccountOutcome {
  readonly message: string;
  readonly data?: unknown;
  readonly statusCode?: number;
}

/** Every body parameter is optional in the seed: an empty body reads as `{}` (defaults apply). */
function paramsOf(event: APIGatewayProxyEventV2): unknown {
  if (event.requestContext.http.method === 'GET') return event.queryStringParameters ?? {};
  return (event.body ?? '').trim() === '' ? {} : readJsonBody(event, limits());
}

export function accountRoute<
  S extends z.ZodMiniType<{ projectId?: string; strategy?: string; provider?: string }>,
  Auth extends boolean,
>(
  options: { params: S; auth: Auth },
  run: (request: AccountRequest<z.output<S>, Auth>) => Promise<AccountOutcome>,
) {
  const handler = middy<APIGatewayProxyEventV2, HttpResponse, Error, RouteContext>().use({
    onError: (request) => {
      const error = toAppError(request.error);
      const retryAfter =
        error instanceof TooManyAttempts
          ? { 'retry-after': String(error.retryAfterSeconds) }
          : undefined;
      request.response = json(
        statusFor[error.code],
        { result: 0, error: error.code, message: error.message },
        retryAfter,
      );
    },
  });
  if (options.auth) handler.use(verifiedToken());
  return handler.handler(async (event, context) => {
    const params = parseOrThrow(options.params, paramsOf(event));
    const project = resolveProject(params);
    const identity = options.auth ? requireIdentity(context) : undefined;
    if (identity && identity.projectId !== project.projectId) {
      throw new AppError('invalid_token', 'The token belongs to another project');
    }
    const sourceIp = event.requestContext.http.sourceIp;
    const outcome = await run({ project, params, identity, sourceIp } as AccountRequest<
      z.output<S>,
      Auth
    >);
    return json(outcome.statusCode ?? 200, {
      result: 1,
      message: outcome.message,
      data: outcome.data ?? {},
    });
  });
}
