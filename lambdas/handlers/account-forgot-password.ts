/**
 * PUT /user/forgot-password — send a reset code. No token needed (one is accepted and ignored);
 * the answer is the same whether or not the address has an account.
 */
import * as z from 'zod/mini';
import { identityProviderFor } from '../adapters/cognito/cognito-gateway.js';
import { requestPasswordReset } from '../domain/account/account-service.js';
import { accountParams, accountRoute } from '../http/account-route.js';

const params = accountParams({ data: z.object({ email: z.email() }) });

export const handler = accountRoute({ params, auth: false }, async ({ project, params }) => {
  await requestPasswordReset(identityProviderFor(project), params.data.email);
  return { message: 'please check your email' };
});
