/** GET /user_existing_info — `{user_id, name, email, status, last_login}` or 404 (seed 003). */
import { dynamoLoginHistory } from '../adapters/dynamodb/login-history-dynamodb.js';
import { dynamoProfileStore } from '../adapters/dynamodb/profile-store-dynamodb.js';
import { existingInfo } from '../domain/profile/profile-service.js';
import { profileRoute } from '../http/profile-route.js';

const store = dynamoProfileStore();
const logins = dynamoLoginHistory();

export const handler = profileRoute({}, async ({ identity }) => ({
  body: await existingInfo(store, logins, identity),
}));
