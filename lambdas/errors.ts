/**
 * Typed failures raised by domain code, adapters and middlewares. Each API family maps these
 * codes to its own wire format in one place (lambdas/http/*-route.ts).
 */
export type ErrorCode =
  /** Token missing, malformed, badly signed, from an unknown pool/client. */
  | 'invalid_token'
  | 'expired_token'
  /** Token valid but not allowed: missing scope, or revoked by logout. */
  | 'access_denied'
  /** Malformed JSON, wrong types, limits exceeded. */
  | 'invalid_request'
  /** A non-empty body that is not declared JSON. */
  | 'unsupported_media_type'
  /** A key owned by another app client (key/value family). */
  | 'key_access_denied'
  | 'invalid_key'
  /** The user has no such wallet / identity at that IdP (key/value by-wallet, by-idp). */
  | 'namespace_not_found'
  /** `expected_version` does not match (key/value extension). */
  | 'version_conflict'
  | 'unknown_project'
  | 'unknown_provider'
  | 'invalid_credentials'
  | 'user_not_confirmed'
  | 'user_exists'
  | 'weak_password'
  /** A wrong (or, to avoid enumeration, an unknown account's) confirmation code. */
  | 'invalid_code'
  | 'expired_code'
  | 'not_found'
  /** If-Match did not match the stored version. */
  | 'precondition_failed'
  | 'conflict'
  /** Throttled by a dependency (Cognito or DynamoDB). */
  | 'throttled'
  /** A dependency is down or timed out. */
  | 'unavailable'
  /** A bug: logged with its stack, answered with a generic message. */
  | 'internal';

export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = 'AppError';
  }
}

export const isAppError = (error: unknown): error is AppError => error instanceof AppError;
