/** POST /user/refresh — new access and ID tokens for a refresh token (REFRESH_TOKEN_AUTH). */
import * as z from 'zod/mini';
import { refreshSession } from '../domain/account/account-service.js';
import { accountParams, accountRoute } from '../http/account-route.js';
import { sessionDeps } from '../wiring/account.js';

export const body = accountParams({
  deviceId: z.optional(z.uuid()),
  refreshToken: z.string().check(z.minLength(1), z.maxLength(8192)),
});

export const handler = accountRoute(
  { deps: sessionDeps, body },
  async ({ provider, accounts, sessions, marks }, { project, params }) => ({
    message: 'OK',
    data: await refreshSession(
      {
        accounts,
        sessions,
        revocations: marks,
        // The refresh token's own app client (its registration says which).
        providerFor: (clientId) => provider(project, { clientId }),
      },
      project,
      { refreshToken: params.refreshToken, deviceId: params.deviceId },
    ),
  }),
);
