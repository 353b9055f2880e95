/**
 * The account family's wire format (Identify extension): `{result, message, data}`, with
 * `result` 1 on success; on failure `result` 0, a message that says why, and a fitting status.
 * Parameters come from the query string (GET: the handler's `query`) or the JSON body (POST/PUT:
 * its `body`); absent ones fall back to the project's defaults.
 */
import * as z from 'zod/mini';
import type { Identity } from '../auth/identity.js';
import { findProjectById, limits, type Project, projects } from '../config.js';
import { TooManyAttempts } from '../domain/account/attempt-limiter.js';
import { AppError, type ErrorCode } from '../errors.js';
import { bearerCredentials } from './bearer.js';
import { buildRoute, type PipelineDeps, toAppError, type WireFormat } from './pipeline.js';
import { json } from './response.js';

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
  unsupported_media_type: 415,
  throttled: 429,
  unavailable: 503,
  internal: 500,
};

export interface AccountOutcome {
  readonly message: string;
  readonly data?: unknown;
  readonly statusCode?: number;
  /** Fields the seed shows beside `result` and `message` (noLogin); `data` still carries them. */
  readonly topLevel?: Record<string, unknown>;
}

export const accountFormat: WireFormat<AccountOutcome> = {
  credentials: bearerCredentials,
  success: (outcome) =>
    json(outcome.statusCode ?? 200, {
      ...outcome.topLevel,
      result: 1,
      message: outcome.message,
      data: outcome.data ?? {},
    }),
  failure(error) {
    const known = toAppError(error);
    // Attempt limits say when the next attempt is allowed.
    const retryAfter =
      known instanceof TooManyAttempts
        ? { 'retry-after': String(known.retryAfterSeconds) }
        : undefined;
    return json(
      statusFor[known.code],
      { result: 0, error: known.code, message: known.message },
      retryAfter,
    );
  },
};

/** Parameters every account route takes; absent ones fall back to the project's defaults. */
const commonParams = {
  projectId: z.optional(z.string()),
  strategy: z.optional(z.string()),
  provider: z.optional(z.string()),
};

export const accountParams = <T extends z.core.$ZodLooseShape>(shape: T) =>
  z.object({ ...commonParams, ...shape });

type CommonParams = { projectId?: string; strategy?: string; provider?: string };

/** The project a request names, or the first configured one. */
export function namedProject(params: { projectId?: string }): Project | undefined {
  return params.projectId ? findProjectById(params.projectId) : projects()[0];
}

/**
 * The project a request names, with `provider` (already defaulted by the caller's rule) and
 * the strategy checked: both enabled for the project, the provider one this route serves.
 */
export function checkedProject(
  params: CommonParams,
  provider: (project: Project) => string | undefined,
  serves: (provider: string) => boolean,
): { project: Project; provider: string } {
  const project = namedProject(params);
  if (!project) throw new AppError('unknown_project', `Unknown project ${params.projectId}`);
  const name = params.provider ?? provider(project) ?? '';
  if (!project.providers.includes(name) || !serves(name)) {
    throw new AppError('unknown_provider', `Provider ${name} is not enabled for this project`);
  }
  const strategy = params.strategy ?? project.strategies[0] ?? '';
  if (!project.strategies.includes(strategy)) {
    throw new AppError('unknown_provider', `Strategy ${strategy} is not enabled for this project`);
  }
  return { project, provider: name };
}

export function resolveProject(params: CommonParams): Project {
  return checkedProject(
    params,
    (project) => project.providers[0],
    (name) => IMPLEMENTED_PROVIDERS.has(name),
  ).project;
}

/** What a handler receives; `identity` is there exactly when the route table requires a token. */
export interface AccountRequest<P> {
  readonly project: Project;
  readonly params: P;
  readonly identity?: Identity;
  /** The caller's IP as API Gateway saw it (attempt limits count per source). */
  readonly sourceIp: string;
}

/** An `appProfile` (any account-family route) stays within the document size limit. */
export function assertAppProfileSize(appProfile: unknown): void {
  if (appProfile === undefined) return;
  const max = limits().maxDocumentBytes;
  if (Buffer.byteLength(JSON.stringify(appProfile), 'utf8') > max) {
    throw new AppError('invalid_request', `appProfile exceeds ${max} bytes`);
  }
}

/** A signed-in route's caller (the route table requires its token). */
export function signedIn(request: { identity?: Identity }): Identity {
  if (!request.identity) throw new Error('a signed-in account route ran without a caller');
  return request.identity;
}

export function accountRoute<Deps extends PipelineDeps, P extends CommonParams>(
  spec: { deps: () => Deps } & (
    | { body: z.ZodMiniType<P>; query?: undefined }
    | { query: z.ZodMiniType<P>; body?: undefined }
  ),
  run: (deps: Deps, request: AccountRequest<P>) => Promise<AccountOutcome>,
) {
  return buildRoute<AccountOutcome, Deps, P | undefined, P | undefined>(accountFormat, {
    deps: spec.deps,
    body: spec.body,
    query: spec.query,
    run: (deps, request) => {
      const params = (spec.body ? request.body : request.query) as P;
      const project = resolveProject(params);
      if (request.identity && request.identity.projectId !== project.projectId) {
        throw new AppError('invalid_token', 'The token belongs to another project');
      }
      return run(deps, {
        project,
        params,
        identity: request.identity,
        sourceIp: request.event.requestContext.http.sourceIp,
      });
    },
  });
}
