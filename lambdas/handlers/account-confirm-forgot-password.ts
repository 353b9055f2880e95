/** POST /user/confirm-forgot-password — set a new password with the e-mailed code. */
import * as z from 'zod/mini';
import { passwordPolicy } from '../config.js';
import { resetPassword } from '../domain/account/account-service.js';
import { accountParams, accountRoute } from '../http/account-route.js';
import { resetDeps } from '../wiring/account.js';

export const body = accountParams({
  data: z.object({
    email: z.email(),
    confirmationCode: z.string().check(z.minLength(1), z.maxLength(32)),
    password: z.string().check(z.minLength(1), z.maxLength(256)),
  }),
});

export const handler = accountRoute(
  { deps: resetDeps, body },
  async (deps, { project, params, sourceIp }) => {
    // Attempts limited per account and source; then every session of the account ends.
    await resetPassword(
      { ...deps, provider: deps.provider(project), revocations: deps.marks },
      passwordPolicy(),
      project.userPoolId,
      {
        email: params.data.email,
        code: params.data.confirmationCode,
        password: params.data.password,
      },
      { sourceIp, now: Math.floor(Date.now() / 1000) },
    );
    return { message: 'password has been reset' };
  },
);
