/**
 * The profile family's wire format (Login 3.0 style): the record or object itself on success;
 * on failure `{"error": code, "error_description": text}` with a fitting 4xx/5xx status (a 409
 * on a unique value also names the `field`). Typed errors map here, once.
 */
import type * as z from 'zod/mini';
import type { Identity } from '../auth/identity.js';
import type { IdentityFacts } from '../domain/profile/profile-service.js';
import type { LoginHistory, ProfileStore } from '../domain/profile/profile-store.js';
import { UniqueValueTaken } from '../domain/profile/profile-store.js';
import type { ErrorCode } from '../errors.js';
import { bearerCredentials } from './bearer.js';
import {
  buildRoute,
  callerOf,
  type PipelineDeps,
  toAppError,
  type WireFormat,
} from './pipeline.js';
import { json } from './response.js';

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
  unsupported_media_type: 415,
  throttled: 429,
  unavailable: 503,
  internal: 500,
};

export interface ProfileOutcome {
  readonly status?: number;
  readonly body: unknown;
}

export interface ProfileDeps extends PipelineDeps {
  readonly profiles: ProfileStore;
  readonly logins: LoginHistory;
  /** What the identity provider vouches for about the caller (POST /userinfo only). */
  readonly identityFacts?: (identity: Identity) => IdentityFacts;
}

const profileFormat: WireFormat<ProfileOutcome, ProfileDeps> = {
  credentials: bearerCredentials,
  success: (outcome) => json(outcome.status ?? 200, outcome.body),
  failure(error) {
    const known = toAppError(error);
    const status = statusFor[known.code];
    return json(
      status,
      {
        error: known.code,
        error_description: known.message,
        ...(known instanceof UniqueValueTaken ? { field: known.field } : {}),
      },
      status === 401 ? { 'www-authenticate': `Bearer error="invalid_token"` } : {},
    );
  },
};

export interface ProfileRequest<B, Q> {
  readonly identity: Identity;
  readonly body: B;
  readonly query: Q;
}

export function profileRoute<B = undefined, Q = undefined>(
  spec: { deps: () => ProfileDeps; body?: z.ZodMiniType<B>; query?: z.ZodMiniType<Q> },
  run: (deps: ProfileDeps, request: ProfileRequest<B, Q>) => Promise<ProfileOutcome>,
) {
  return buildRoute(profileFormat, {
    ...spec,
    run: (deps, request) =>
      run(deps, { identity: callerOf(request), body: request.body, query: request.query }),
  });
}
