/**
 * GET /user/check, provider authZero: the token is good; the device (query `deviceId`) is
 * recorded as the caller's, with a login-history entry (an Auth0 sign-in happens at Auth0,
 * so this check is the backend's sign-in event).
 */
import * as z from 'zod/mini';
import { limits } from '../../config.js';
import { authZeroView, linkedKey } from '../../domain/identity-providers/linked-profile.js';
import { accountParams } from '../../http/account-route.js';
import { providerRoute } from '../../http/provider-route.js';
import { linkedDeps } from '../../wiring/providers.js';

export const query = accountParams({ deviceId: z.uuid() });

export const handler = providerRoute(
  { deps: linkedDeps, query, providers: ['authZero'] },
  async ({ linkedProfiles, tokenCheck, issueToken }, { project, params, bearer }) => {
    const identity = await tokenCheck('authZero', project.projectId)(bearer());
    const now = Math.floor(Date.now() / 1000);
    const profile = await linkedProfiles.recordLogin(
      linkedKey(project.projectId, identity),
      identity,
      params.deviceId,
      now,
      limits().maxLoginHistory,
    );
    const token = await issueToken({
      projectId: project.projectId,
      issuer: identity.issuer,
      subject: identity.subject,
    });
    // Extension: the check is the sign-in event, so it also hands out the data routes' token.
    return { message: 'OK', data: { ...authZeroView(profile), ...token } };
  },
);
