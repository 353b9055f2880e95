/** PUT /user, provider noLogin: replace the `appProfile` of the user whose `externalId` is sent. */
import * as z from 'zod/mini';
import { updateNoLoginUser } from '../../domain/identity-providers/simplified-users.js';
import { AppError } from '../../errors.js';
import { accountParams, assertAppProfileSize } from '../../http/account-route.js';
import { providerRoute } from '../../http/provider-route.js';
import { simplifiedDeps } from '../../wiring/providers.js';
import { limitNoLoginRequests, noLoginIdentity } from './simplified-limits.js';

const appProfile = z.record(z.string(), z.unknown());

// The seed puts externalId beside projectId; appProfile is taken there or in `data`.
export const body = accountParams({
  externalId: z.string().check(z.maxLength(256)),
  appProfile: z.optional(appProfile),
  data: z.optional(z.strictObject({ appProfile })),
});

export const handler = providerRoute(
  { deps: simplifiedDeps, body, providers: ['noLogin'] },
  async ({ users, rateLimiter }, { project, params, sourceIp }) => {
    const profile = params.appProfile ?? params.data?.appProfile;
    if (!profile) throw new AppError('invalid_request', 'appProfile is required');
    assertAppProfileSize(profile);
    const now = Math.floor(Date.now() / 1000);
    await limitNoLoginRequests(rateLimiter, { projectId: project.projectId, sourceIp, now });
    const user = await updateNoLoginUser(users, project.projectId, params.externalId, profile, now);
    const identity = noLoginIdentity(project.projectId, params.externalId);
    return {
      message: 'Profile updated',
      topLevel: identity,
      data: { ...identity, appProfile: user.appProfile, updatedAt: user.updatedAt },
    };
  },
);
