/** PUT /user/login, provider anonymous: the device proves itself with its deviceSecret. */
import * as z from 'zod/mini';
import { limits } from '../../config.js';
import { ANONYMOUS_ISSUER } from '../../domain/identity-providers/backend-token.js';
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
  async ({ users, signingSecret, issueToken }, { project, params }) => {
    const login = await loginDevice(
      { store: users, signingSecret },
      { projectId: project.projectId, maxLoginHistory: limits().maxLoginHistory },
      params.data,
      Math.floor(Date.now() / 1000),
    );
    // The guest's token for the data routes (key/value, documents, profile).
    const token = await issueToken({
      projectId: project.projectId,
      issuer: ANONYMOUS_ISSUER,
      subject: login.userId,
    });
    return { message: 'OK', data: { ...login, ...token } };
  },
);
