/** PUT /user — update the caller's Cognito attributes and/or the app's own `appProfile` object. */
import * as z from 'zod/mini';
import { updateUser } from '../domain/account/account-service.js';
import {
  accountParams,
  accountRoute,
  assertAppProfileSize,
  signedIn,
} from '../http/account-route.js';
import { signedInDeps } from '../wiring/account.js';

export const body = accountParams({
  data: z.catchall(
    z.object({ appProfile: z.optional(z.record(z.string(), z.unknown())) }),
    z.string().check(z.maxLength(2048)),
  ),
});

export const handler = accountRoute(
  { deps: signedInDeps, body },
  async ({ provider, accounts }, { project, params, identity }) => {
    const caller = signedIn({ identity });
    const { appProfile, ...attributes } = params.data;
    assertAppProfileSize(appProfile);
    return {
      // Seed 004's wording for a successful update.
      message: 'User is Correctly Created',
      data: await updateUser(
        { provider: provider(project, caller), accounts },
        caller,
        {
          attributes: attributes as Record<string, string>,
          appProfile,
        },
        project,
      ),
    };
  },
);
