/** POST /user/confirm-forgot-password — set a new password with the e-mailed code. */
import * as z from 'zod/mini';
import { passwordPolicy } from '../config.js';
import { assertPassword } from '../domain/account/account-service.js';
import { accountParams, accountRoute } from '../http/account-route.js';
import { publicAccountDeps } from '../wiring/account.js';

export const body = accountParams({
  data: z.object({
    email: z.email(),
    confirmationCode: z.string().check(z.minLength(1), z.maxLength(32)),
    password: z.string().check(z.minLength(1), z.maxLength(256)),
  }),
});

export const handler = accountRoute(
  { deps: publicAccountDeps, body },
  async ({ provider }, { project, params }) => {
    assertPassword(params.data.password, passwordPolicy());
    await provider(project).confirmForgotPassword(
      params.data.email,
      params.data.confirmationCode,
      params.data.password,
    );
    return { message: 'password has been reset' };
  },
);
