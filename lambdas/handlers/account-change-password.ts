/**
 * PUT /user/change-password — change the caller's password (previous one required), then sign
 * in with the new one: the answer is the login data (device, signature, tokens), as in seed 004.
 */
import * as z from 'zod/mini';
import { signingSecret } from '../adapters/secrets/signing-secret.js';
import { limits, passwordPolicy } from '../config.js';
import { assertPassword, loginUser } from '../domain/account/account-service.js';
import { AppError } from '../errors.js';
import { accountParams, accountRoute, signedIn } from '../http/account-route.js';
import { signedInDeps } from '../wiring/account.js';

const password = z.string().check(z.minLength(1), z.maxLength(256));
export const body = accountParams({
  deviceId: z.optional(z.uuid()),
  data: z.object({ password, previousPassword: password, deviceId: z.optional(z.uuid()) }),
});

export const handler = accountRoute(
  { deps: signedInDeps, body },
  async ({ provider, accounts }, { project, params, identity }) => {
    const caller = signedIn({ identity });
    assertPassword(params.data.password, passwordPolicy());
    // The caller's own app client: the new tokens are for the client that asked.
    const cognito = provider(project, caller);
    const { attributes } = await cognito.getUser(caller.accessToken);
    if (!attributes.email) throw new AppError('invalid_request', 'The user has no e-mail address');
    await cognito.changePassword(
      caller.accessToken,
      params.data.previousPassword,
      params.data.password,
    );
    const login = await loginUser(
      { provider: cognito, accounts, signingSecret },
      { ...project, maxLoginHistory: limits().maxLoginHistory },
      {
        email: attributes.email,
        password: params.data.password,
        deviceId: params.data.deviceId ?? params.deviceId,
      },
      Math.floor(Date.now() / 1000),
    );
    return { message: 'password has been updated', data: login };
  },
);
