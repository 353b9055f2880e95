/**
 * The backend's own access tokens, for users no Cognito pool knows: guests (anonymous,
 * noLogin) and users of external providers (Auth0, Google, Facebook, Twitter). Short-lived
 * (15 minutes; log in again for a new one), HS256 with a key derived from the server's
 * signing secret, scopes `user-data-get user-data-set`: the key/value, document and profile
 * routes accept them beside Cognito's (lambdas/auth/token-verifier.ts).
 *
 * Why not Cognito users for guests: Cognito bills per monthly active user, and a game's
 * guests can be millions; these tokens cost one HMAC (docs/providers.md, "Tokens").
 * Hand-written (a few lines of node:crypto): aws-jwt-verify verifies asymmetric algorithms only.
 */
import { createHash, createHmac, timingSafeEqual } from 'node:crypto';
import { AppError } from '../../errors.js';
import { derivedKey } from '../signing.js';

export const BACKEND_TOKEN_ISSUER = 'urn:user-data-backend';
export const BACKEND_TOKEN_SECONDS = 15 * 60;
export const BACKEND_TOKEN_SCOPES = ['user-data-get', 'user-data-set'] as const;

/** Issuers of the backend's own user kinds (the external providers keep their own issuer). */
export const ANONYMOUS_ISSUER = `${BACKEND_TOKEN_ISSUER}:anonymous`;
export const NO_LOGIN_ISSUER = `${BACKEND_TOKEN_ISSUER}:noLogin`;

/**
 * The user's `sub` in the data routes (their key/value namespace `user:<sub>`, document, profile):
 * derived from (issuer, subject), so subjects of different issuers never collide, and shaped
 * unlike a Cognito sub (a UUID), so never equal to one.
 */
export const namespaceSubject = (issuer: string, subject: string): string =>
  `u${createHash('sha256').update(`${issuer}\n${subject}`).digest('hex').slice(0, 40)}`;

export interface BackendTokenClaims {
  readonly iss: string;
  readonly sub: string;
  /** The project the token is for. */
  readonly aud: string;
  readonly iat: number;
  readonly exp: number;
  readonly scope: string;
  /** Who vouched for the user, and their id there. */
  readonly idp: string;
  readonly idp_sub: string;
}

const base64url = (value: string | Buffer) => Buffer.from(value).toString('base64url');
const HEADER = base64url(JSON.stringify({ alg: 'HS256', typ: 'JWT' }));
const keyOf = (secret: string) => derivedKey(secret, 'access-token');

export function mintBackendToken(
  secret: string,
  input: { projectId: string; issuer: string; subject: string },
  now: number,
): { accessToken: string; expiresIn: number; sub: string } {
  const claims: BackendTokenClaims = {
    iss: BACKEND_TOKEN_ISSUER,
    sub: namespaceSubject(input.issuer, input.subject),
    aud: input.projectId,
    iat: now,
    exp: now + BACKEND_TOKEN_SECONDS,
    scope: BACKEND_TOKEN_SCOPES.join(' '),
    idp: input.issuer,
    idp_sub: input.subject,
  };
  const body = `${HEADER}.${base64url(JSON.stringify(claims))}`;
  const signature = createHmac('sha256', keyOf(secret)).update(body).digest('base64url');
  return { accessToken: `${body}.${signature}`, expiresIn: BACKEND_TOKEN_SECONDS, sub: claims.sub };
}

/** Whether a token claims to be the backend's own (then only its HMAC may verify it). */
export function isBackendToken(token: string): boolean {
  const [header, payload] = token.split('.');
  if (header !== HEADER || !payload) return false;
  try {
    return (
      (JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as { iss?: unknown }).iss ===
      BACKEND_TOKEN_ISSUER
    );
  } catch {
    return false;
  }
}

export function verifyBackendToken(secret: string, token: string, now: number): BackendTokenClaims {
  const parts = token.split('.');
  const [header, payload, signature] = parts;
  if (parts.length !== 3 || header !== HEADER || !payload || !signature) {
    throw new AppError('invalid_token', 'The access token is not valid');
  }
  const expected = createHmac('sha256', keyOf(secret)).update(`${header}.${payload}`).digest();
  const given = Buffer.from(signature, 'base64url');
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) {
    throw new AppError('invalid_token', 'The access token is not valid');
  }
  const claims = JSON.parse(
    Buffer.from(payload, 'base64url').toString('utf8'),
  ) as BackendTokenClaims;
  if (
    claims.iss !== BACKEND_TOKEN_ISSUER ||
    typeof claims.sub !== 'string' ||
    typeof claims.aud !== 'string'
  ) {
    throw new AppError('invalid_token', 'The access token is not valid');
  }
  if (!(claims.exp > now)) throw new AppError('expired_token', 'The access token has expired');
  return claims;
}

/** The `idp` claim of a token already verified (who vouched for the user). */
export function backendTokenIssuer(token: string): string {
  const payload = token.split('.')[1] ?? '';
  const claims = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as {
    idp?: unknown;
  };
  return typeof claims.idp === 'string' ? claims.idp : '';
}
