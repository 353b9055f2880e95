/**
 * PUT /user/change-password — change the caller's password (previous one required, attempts
 * limited); then every session of the user ends, this one included.
 */
import * as z from 'zod/mini';
import { passwordPolicy } from '../config.js';
import { changeUserPassword } from '../domain/account/account-service.js';
import { accountParams, accountRoute, signedIn } from '../http/account-route.js';
import { signedInDeps } from '../wiring/account.js';

const password = z.string().check(z.minLength(1), z.maxLength(256));
export const body = accountParams({ data: z.object({ password, previousPassword: password }) });

export const handler = accountRoute(
  { deps: signedInDeps, body },
  async (deps, { project, params, identity, sourceIp }) => {
    const caller = signedIn({ identity });
    await changeUserPassword(
      { ...deps, provider: deps.provider(project, caller), revocations: deps.revocations },
      passwordPolicy(),
      caller,
      { previous: params.data.previousPassword, next: params.data.password },
      { sourceIp, now: Math.floor(Date.now() / 1000) },
    );
    return { message: 'password has been updated' };
  },
);
