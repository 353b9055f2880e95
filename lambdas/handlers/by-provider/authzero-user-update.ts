/** PUT /user, provider authZero: set the caller's `username` and/or `appProfile`. */
import * as z from 'zod/mini';
import { authZeroUpdateView, linkedKey } from '../../domain/identity-providers/linked-profile.js';
import { accountParams, assertAppProfileSize } from '../../http/account-route.js';
import { providerRoute } from '../../http/provider-route.js';
import { linkedDeps } from '../../wiring/providers.js';

export const body = accountParams({
  data: z.strictObject({
    username: z.optional(z.string().check(z.minLength(1), z.maxLength(128))),
    appProfile: z.optional(z.record(z.string(), z.unknown())),
  }),
});

export const handler = providerRoute(
  { deps: linkedDeps, body, providers: ['authZero'] },
  async ({ linkedProfiles, tokenCheck, issueToken }, { project, params, bearer }) => {
    const identity = await tokenCheck('authZero', project.projectId)(bearer());
    const { username, appProfile } = params.data;
    assertAppProfileSize(appProfile);
    const now = Math.floor(Date.now() / 1000);
    const profile = await linkedProfiles.update(
      linkedKey(project.projectId, identity),
      identity,
      { username, appProfile },
      now,
    );
    return {
      message: 'User is Correctly Created',
      data: {
        ...authZeroUpdateView(project.projectId, profile),
        // The seed's accessToken: the backend's own token for the data routes.
        ...(await issueToken({
          projectId: project.projectId,
          issuer: identity.issuer,
          subject: identity.subject,
        })),
      },
    };
  },
);
