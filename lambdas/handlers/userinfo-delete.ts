/** DELETE /userinfo — remove the caller's profile and free its unique values (seed 003). */
import { deleteProfile } from '../domain/profile/profile-service.js';
import { profileRoute } from '../http/profile-route.js';
import { profileDeps } from '../wiring/profile.js';

export const handler = profileRoute({ deps: profileDeps }, async ({ profiles }, { identity }) => {
  await deleteProfile(profiles, identity);
  return {
    body: { sub: identity.sub, deleted: true, message: 'User information deleted' },
  };
});
