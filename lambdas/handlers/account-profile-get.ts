/** GET /user — the caller's profile: Cognito attributes, devices, login history, appProfile. */
import { userProfile } from '../domain/account/account-service.js';
import { accountParams, accountRoute, signedIn } from '../http/account-route.js';
import { signedInDeps } from '../wiring/account.js';

export const query = accountParams({});

export const handler = accountRoute(
  { deps: signedInDeps, query },
  async ({ provider, accounts }, { project, identity }) => {
    const caller = signedIn({ identity });
    return {
      message: 'OK',
      data: await userProfile({ provider: provider(project, caller), accounts }, caller),
    };
  },
);
