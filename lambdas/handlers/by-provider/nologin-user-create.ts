/**
 * POST /user, provider noLogin: a new user whose only credential is the server-generated
 * `externalId` (256 random bits, hex) in the answer. A caller-chosen externalId is refused.
 */
import * as z from 'zod/mini';
import { createNoLoginUser } from '../../domain/identity-providers/simplified-users.js';
import { AppError } from '../../errors.js';
import { accountParams, assertAppProfileSize } from '../../http/account-route.js';
import { providerRoute } from '../../http/provider-route.js';
import { simplifiedDeps } from '../../wiring/providers.js';
import { limitRegistrations, noLoginIdentity } from './simplified-limits.js';

export const body = accountParams({
  externalId: z.optional(z.unknown()),
  data: z.optional(z.strictObject({ appProfile: z.optional(z.record(z.string(), z.unknown())) })),
});

export const handler = providerRoute(
  { deps: simplifiedDeps, body, providers: ['noLogin'] },
  async ({ users, rateLimiter }, { project, params, sourceIp }) => {
    if (params.externalId !== undefined) {
      throw new AppError(
        'invalid_request',
        'externalId is chosen by the server, never by the caller',
      );
    }
    const appProfile = params.data?.appProfile ?? {};
    assertAppProfileSize(appProfile);
    const now = Math.floor(Date.now() / 1000);
    await limitRegistrations(rateLimiter, { projectId: project.projectId, sourceIp, now });
    const { externalId, user } = await createNoLoginUser(users, project.projectId, appProfile, now);
    const identity = noLoginIdentity(project.projectId, externalId);
    return {
      statusCode: 201,
      message: 'ok',
      topLevel: identity,
      data: { ...identity, appProfile: user.appProfile, createdAt: user.createdAt },
    };
  },
);
