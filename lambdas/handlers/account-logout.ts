/**
 * POST /user/logout — Cognito GlobalSignOut plus a revocation mark, so every route refuses the
 * user's earlier access tokens (which would otherwise still verify offline until they expire).
 */
import * as z from 'zod/mini';
import { accountParams, accountRoute, signedIn } from '../http/account-route.js';
import { signedInDeps } from '../wiring/account.js';

export const body = accountParams({
  // Extension: also revoke this refresh token (needed where GlobalSignOut is missing, locally).
  refreshToken: z.optional(z.string().check(z.minLength(1), z.maxLength(8192))),
});

export const handler = accountRoute(
  { deps: signedInDeps, body },
  async ({ provider, revocations }, { project, params, identity }) => {
    const caller = signedIn({ identity });
    const cognito = provider(project, caller);
    await cognito.signOutEverywhere(caller.accessToken);
    if (params.refreshToken) await cognito.revokeRefreshToken(params.refreshToken);
    await revocations.revoke(caller, Math.floor(Date.now() / 1000));
    return { message: 'user logged out' };
  },
);
