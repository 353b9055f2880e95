/**
 * POST /user, provider anonymous: registers a device user and hands the device its
 * `deviceSecret`, which it must present on every login (docs/providers.md).
 */
import * as z from 'zod/mini';
import { registerDevice } from '../../domain/identity-providers/simplified-users.js';
import { accountParams } from '../../http/account-route.js';
import { providerRoute } from '../../http/provider-route.js';
import { simplifiedDeps } from '../../wiring/providers.js';
import { limitRegistrations } from './simplified-limits.js';

export const body = accountParams({
  data: z.object({
    deviceId: z.uuid(),
    additionalId: z.optional(z.string().check(z.minLength(1), z.maxLength(128))),
  }),
});

export const handler = providerRoute(
  { deps: simplifiedDeps, body, providers: ['anonymous'] },
  async ({ users, rateLimiter }, { project, params, sourceIp }) => {
    const now = Math.floor(Date.now() / 1000);
    await limitRegistrations(rateLimiter, { projectId: project.projectId, sourceIp, now });
    return {
      statusCode: 201,
      message: 'user registered',
      data: await registerDevice(users, project.projectId, params.data, now),
    };
  },
);
