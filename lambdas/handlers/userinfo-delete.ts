/** DELETE /userinfo — remove the caller's profile and free its unique values (seed 003). */
import { dynamoProfileStore } from '../adapters/dynamodb/profile-store-dynamodb.js';
import { deleteProfile } from '../domain/profile/profile-service.js';
import { profileRoute } from '../http/profile-route.js';

const store = dynamoProfileStore();

export const handler = profileRoute({}, async ({ identity }) => {
  await deleteProfile(store, identity);
  return {
    body: { sub: identity.sub, deleted: true, message: 'User information deleted' },
  };
});
