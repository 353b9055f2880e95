/** GET /user, provider authZero: the caller's profile, for an Auth0 access token of the project's tenant. */
import { authZeroView, linkedKey } from '../../domain/identity-providers/linked-profile.js';
import { accountParams } from '../../http/account-route.js';
import { providerRoute } from '../../http/provider-route.js';
import { linkedDeps } from '../../wiring/providers.js';

export const query = accountParams({});

export const handler = providerRoute(
  { deps: linkedDeps, query, providers: ['authZero'] },
  async ({ linkedProfiles, tokenCheck }, { project, bearer }) => {
    const identity = await tokenCheck('authZero', project.projectId)(bearer());
    const now = Math.floor(Date.now() / 1000);
    const profile = await linkedProfiles.touch(
      linkedKey(project.projectId, identity),
      identity,
      now,
    );
    return { message: 'OK', data: authZeroView(profile) };
  },
);
