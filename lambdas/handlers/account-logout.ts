/**
 * POST /user/logout — the revocation mark first (every route then refuses the user's earlier
 * access tokens, and /user/refresh their refresh tokens, even while Cognito is down), then
 * Cognito's GlobalSignOut (which ends the refresh tokens Cognito itself would honour).
 */
import * as z from 'zod/mini';
import { logoutUser } from '../domain/account/account-service.js';
import { accountParams, accountRoute, signedIn } from '../http/account-route.js';
import { signedInDeps } from '../wiring/account.js';

export const body = accountParams({
  // Extension: also revoke this refresh token (needed where GlobalSignOut is missing, locally).
  refreshToken: z.optional(z.string().check(z.minLength(1), z.maxLength(8192))),
});

export const handler = accountRoute(
  { deps: signedInDeps, body },
  async (deps, { project, params, identity }) => {
    const caller = signedIn({ identity });
    await logoutUser(
      { ...deps, provider: deps.provider(project, caller) },
      caller,
      Math.floor(Date.now() / 1000),
      params.refreshToken,
    );
    return { message: 'user logged out' };
  },
);
