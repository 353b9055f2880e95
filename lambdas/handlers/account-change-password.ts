/** PUT /user/change-password — change the caller's password (previous one required). */
import * as z from 'zod/mini';
import { identityProviderFor } from '../adapters/cognito/cognito-gateway.js';
import { passwordPolicy } from '../config.js';
import { assertPassword } from '../domain/account/account-service.js';
import { accountParams, accountRoute } from '../http/account-route.js';

const password = z.string().check(z.minLength(1), z.maxLength(256));
const params = accountParams({ data: z.object({ password, previousPassword: password }) });

export const handler = accountRoute(
  { params, auth: true },
  async ({ project, params, identity }) => {
    assertPassword(params.data.password, passwordPolicy());
    await identityProviderFor(project, identity).changePassword(
      identity.accessToken,
      params.data.previousPassword,
      params.data.password,
    );
    return { message: 'password has been updated' };
  },
);
