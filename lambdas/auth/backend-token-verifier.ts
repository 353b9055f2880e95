/** The backend's own access tokens (guests, external providers) as a verified Identity. */
import { signingSecret } from '../adapters/secrets/signing-secret.js';
import { findProjectById } from '../config.js';
import {
  BACKEND_TOKEN_ISSUER,
  verifyBackendToken,
} from '../domain/identity-providers/backend-token.js';
import { AppError } from '../errors.js';
import type { Identity } from './identity.js';

export async function verifyBackendAccessToken(token: string): Promise<Identity> {
  const claims = verifyBackendToken(await signingSecret(), token, Math.floor(Date.now() / 1000));
  const project = findProjectById(claims.aud);
  if (!project?.clientIds[0]) {
    throw new AppError('invalid_token', 'The access token belongs to no configured project');
  }
  return {
    projectId: claims.aud,
    // Revocation marks are keyed by issuer and sub, like Cognito's pool id and sub.
    userPoolId: BACKEND_TOKEN_ISSUER,
    // The project's first app client: guests' keys are that client's, as after a Cognito sign-in.
    clientId: project.clientIds[0],
    sub: claims.sub,
    username: claims.sub,
    scopes: claims.scope.split(' ').filter(Boolean),
    issuedAt: claims.iat,
    accessToken: token,
  };
}
