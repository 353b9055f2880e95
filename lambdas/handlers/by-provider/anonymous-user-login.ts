/** PUT /user/login, provider anonymous: the device proves itself with its deviceSecret. */
import * as z from 'zod/mini';
import { limits } from '../../config.js';
import { BEARER_SECRET, loginDevice } from '../../domain/identity-providers/simplified-users.js';
import { accountParams } from '../../http/account-route.js';
import { providerRoute } from '../../http/provider-route.js';
import { simplifiedDeps } from '../../wiring/providers.js';

export const body = accountParams({
  data: z.object({
    deviceId: z.uuid(),
    deviceSecret: z.string().check(z.regex(BEARER_SECRET)),
  }),
});

export const handler = providerRoute(
  { deps: simplifiedDeps, body, providers: ['anonymous'] },
  async ({ users, signingSecret }, { project, params }) => ({
    message: 'OK',
    data: await loginDevice(
      { store: users, signingSecret },
      { projectId: project.projectId, maxLoginHistory: limits().maxLoginHistory },
      params.data,
      Math.floor(Date.now() / 1000),
    ),
  }),
);
