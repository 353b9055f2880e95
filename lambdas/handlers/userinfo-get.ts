/** GET /userinfo — the caller's profile record, 404 when none is stored (seed 003). */
import { dynamoProfileStore } from '../adapters/dynamodb/profile-store-dynamodb.js';
import { presentRecord } from '../domain/profile/profile.js';
import { getProfile } from '../domain/profile/profile-service.js';
import { profileRoute } from '../http/profile-route.js';

const store = dynamoProfileStore();

export const handler = profileRoute({}, async ({ identity }) => ({
  body: presentRecord(await getProfile(store, identity)),
}));
