/** GET /user_existing_info — `{user_id, name, email, status, last_login}` or 404 (seed 003). */
import { existingInfo } from '../domain/profile/profile-service.js';
import { profileRoute } from '../http/profile-route.js';
import { profileDeps } from '../wiring/profile.js';

export const handler = profileRoute(
  { deps: profileDeps },
  async ({ profiles, logins }, { identity }) => ({
    body: await existingInfo(profiles, logins, identity),
  }),
);
