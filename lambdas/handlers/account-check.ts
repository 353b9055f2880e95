/** GET /user/check — the token is valid and the device (query `deviceId`) is the caller's. */
import * as z from 'zod/mini';
import { checkDevice } from '../domain/account/account-service.js';
import { accountParams, accountRoute, signedIn } from '../http/account-route.js';
import { signedInDeps } from '../wiring/account.js';

export const query = accountParams({ deviceId: z.uuid() });

export const handler = accountRoute(
  { deps: signedInDeps, query },
  async ({ provider, accounts }, { project, params, identity }) => {
    const caller = signedIn({ identity });
    return {
      message: 'OK',
      data: await checkDevice(
        { provider: provider(project, caller), accounts },
        caller,
        params.deviceId,
      ),
    };
  },
);
