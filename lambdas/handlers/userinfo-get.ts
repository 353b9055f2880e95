/** GET /userinfo — the caller's profile record, 404 when none is stored (seed 003). */
import { presentRecord } from '../domain/profile/profile.js';
import { getProfile } from '../domain/profile/profile-service.js';
import { profileRoute } from '../http/profile-route.js';
import { profileDeps } from '../wiring/profile.js';

export const handler = profileRoute({ deps: profileDeps }, async ({ profiles }, { identity }) => ({
  body: presentRecord(await getProfile(profiles, identity)),
}));
