/** PUT /user/login — sign in (USER_PASSWORD_AUTH), record the device, return tokens (seed 004). */
import * as z from 'zod/mini';
import { limits } from '../config.js';
import { loginUser } from '../domain/account/account-service.js';
import { accountParams, accountRoute } from '../http/account-route.js';
import { sessionDeps } from '../wiring/account.js';

export const body = accountParams({
  deviceId: z.optional(z.uuid()),
  data: z.object({
    email: z.email(),
    password: z.string().check(z.minLength(1), z.maxLength(256)),
    deviceId: z.optional(z.uuid()),
  }),
});

export const handler = accountRoute(
  { deps: sessionDeps, body },
  async (deps, { project, params, sourceIp }) => {
    const login = await loginUser(
      {
        ...deps,
        provider: deps.provider(project),
        accounts: deps.accounts,
        // The provider signs in through the project's first app client.
        signInClient: { userPoolId: project.userPoolId, clientId: project.clientIds[0] as string },
      },
      { ...project, maxLoginHistory: limits().maxLoginHistory },
      {
        email: params.data.email,
        password: params.data.password,
        deviceId: params.data.deviceId ?? params.deviceId,
      },
      { sourceIp, now: Math.floor(Date.now() / 1000) },
    );
    return { message: 'OK', data: login };
  },
);
