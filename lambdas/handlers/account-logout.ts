/**
 * POST /user/logout — the revocation mark first (so every route refuses the user's earlier
 * access tokens, and /user/refresh their refresh tokens, even while Cognito is down), then
 * Cognito's GlobalSignOut (which also ends the refresh tokens Cognito itself would honour).
 */
import * as z from 'zod/mini';
import { logSignOutFailure, nowSeconds, revocations } from '../adapters/account-guards.js';
import { identityProviderFor } from '../adapters/cognito/cognito-gateway.js';
import { logoutUser } from '../domain/account/account-service.js';
import { accountParams, accountRoute } from '../http/account-route.js';

const params = accountParams({
  // Extension: also revoke this refresh token (needed where GlobalSignOut is missing, locally).
  refreshToken: z.optional(z.string().check(z.minLength(1), z.maxLength(8192))),
});

export const handler = accountRoute(
  { params, auth: true },
  async ({ project, params, identity }) => {
    await logoutUser(
      {
        provider: identityProviderFor(project, identity),
        revocations,
        onSignOutFailure: logSignOutFailure,
      },
      identity,
      nowSeconds(),
      params.refreshToken,
    );
    return { message: 'user logged out' };
  },
);
