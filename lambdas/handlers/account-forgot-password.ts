/**
 * PUT /user/forgot-password — send a reset code. No token needed (one is accepted and ignored);
 * the answer is the same whether or not the address has an account.
 */
import * as z from 'zod/mini';
import { requestPasswordReset } from '../domain/account/account-service.js';
import { accountParams, accountRoute } from '../http/account-route.js';
import { publicAccountDeps } from '../wiring/account.js';

export const body = accountParams({ data: z.object({ email: z.email() }) });

export const handler = accountRoute(
  { deps: publicAccountDeps, body },
  async ({ provider }, { project, params }) => {
    await requestPasswordReset(provider(project), params.data.email);
    return { message: 'please check your email' };
  },
);
