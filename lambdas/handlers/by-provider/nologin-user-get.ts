/** GET /user, provider noLogin: the profile of the user whose bearer secret `externalId` is sent. */
import * as z from 'zod/mini';
import { NO_LOGIN_ISSUER } from '../../domain/identity-providers/backend-token.js';
import { findNoLoginUser } from '../../domain/identity-providers/simplified-users.js';
import { accountParams } from '../../http/account-route.js';
import { providerRoute } from '../../http/provider-route.js';
import { simplifiedDeps } from '../../wiring/providers.js';
import { limitNoLoginRequests, noLoginIdentity } from './simplified-limits.js';

export const query = accountParams({ externalId: z.string().check(z.maxLength(256)) });

export const handler = providerRoute(
  { deps: simplifiedDeps, query, providers: ['noLogin'] },
  async ({ users, rateLimiter, issueToken }, { project, params, sourceIp }) => {
    const now = Math.floor(Date.now() / 1000);
    await limitNoLoginRequests(rateLimiter, { projectId: project.projectId, sourceIp, now });
    const user = await findNoLoginUser(users, project.projectId, params.externalId);
    const identity = noLoginIdentity(project.projectId, params.externalId);
    return {
      message: 'ok',
      topLevel: identity,
      data: {
        ...identity,
        appProfile: user.appProfile,
        createdAt: user.createdAt,
        updatedAt: user.updatedAt,
        // The user's token for the data routes (key/value, documents, profile).
        ...(await issueToken({
          projectId: project.projectId,
          issuer: NO_LOGIN_ISSUER,
          subject: user.userId,
        })),
      },
    };
  },
);
