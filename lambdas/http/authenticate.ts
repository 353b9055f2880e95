import type { APIGatewayProxyEventV2 } from 'aws-lambda';
import { revokedBefore } from '../adapters/dynamodb/revocation-store.js';
import { hasExactScope, hasScope, type Identity } from '../auth/identity.js';
import { verifyAccessToken } from '../auth/token-verifier.js';
import { AppError } from '../errors.js';

/** Header forms accepted for the access token; the document family adds the vendor's own. */
const BEARER = /^Bearer\s+(\S+)\s*$/i;

export function bearerToken(event: APIGatewayProxyEventV2): string {
  const header = event.headers.authorization ?? event.headers.Authorization;
  const token = header ? BEARER.exec(header)?.[1] : undefined;
  if (!token) throw new AppError('invalid_token', 'Missing or malformed Authorization header');
  return token;
}

/**
 * Verifies the token, checks the route's scope and the user's revocation mark (set by
 * logout: Cognito's GlobalSignOut does not stop offline verification).
 */
export async function authenticate(
  token: string,
  required: { scope?: string; strict?: boolean } = {},
): Promise<Identity> {
  const identity = await verifyAccessToken(token);
  const { scope, strict } = required;
  const allowed = strict ? hasExactScope : hasScope;
  if (scope && !allowed(identity.scopes, scope)) {
    throw new AppError('access_denied', `The token lacks the ${scope} scope`);
  }
  const revokedUntil = await revokedBefore(identity.userPoolId, identity.sub);
  if (revokedUntil !== undefined && identity.issuedAt <= revokedUntil) {
    throw new AppError('access_denied', 'The token was revoked by a logout');
  }
  return identity;
}
