/** PUT /user/change-password — change the caller's password (previous one required). */
import * as z from 'zod/mini';
import { passwordPolicy } from '../config.js';
import { assertPassword } from '../domain/account/account-service.js';
import { accountParams, accountRoute, signedIn } from '../http/account-route.js';
import { signedInDeps } from '../wiring/account.js';

const password = z.string().check(z.minLength(1), z.maxLength(256));
export const body = accountParams({ data: z.object({ password, previousPassword: password }) });

export const handler = accountRoute(
  { deps: signedInDeps, body },
  async ({ provider }, { project, params, identity }) => {
    const caller = signedIn({ identity });
    assertPassword(params.data.password, passwordPolicy());
    await provider(project, caller).changePassword(
      caller.accessToken,
      params.data.previousPassword,
      params.data.password,
    );
    return { message: 'password has been updated' };
  },
);
