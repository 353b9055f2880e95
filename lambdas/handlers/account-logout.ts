/**
 * POST /user/logout — Cognito GlobalSignOut plus a revocation mark, so every route refuses the
 * user's earlier access tokens (which would otherwise still verify offline until they expire).
 */
import * as z from 'zod/mini';
import { identityProviderFor } from '../adapters/cognito/cognito-gateway.js';
import { revokeTokensIssuedUntil } from '../adapters/dynamodb/revocation-store.js';
import { accountParams, accountRoute } from '../http/account-route.js';

const params = accountParams({
  // Extension: also revoke this refresh token (needed where GlobalSignOut is missing, locally).
  refreshToken: z.optional(z.string().check(z.minLength(1), z.maxLength(8192))),
});

export const handler = accountRoute(
  { params, auth: true },
  async ({ project, params, identity }) => {
    const provider = identityProviderFor(project, identity);
    await provider.signOutEverywhere(identity.accessToken);
    if (params.refreshToken) await provider.revokeRefreshToken(params.refreshToken);
    await revokeTokensIssuedUntil(identity.userPoolId, identity.sub, Math.floor(Date.now() / 1000));
    return { message: 'user logged out' };
  },
);
