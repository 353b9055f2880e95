/** GET /user — the caller's profile: Cognito attributes, devices, login history, appProfile. */
import { identityProviderFor } from '../adapters/cognito/cognito-gateway.js';
import { dynamoAccountStore } from '../adapters/dynamodb/account-store-dynamodb.js';
import { userProfile } from '../domain/account/account-service.js';
import { accountParams, accountRoute } from '../http/account-route.js';

const accounts = dynamoAccountStore();

export const handler = accountRoute(
  { params: accountParams({}), auth: true },
  async ({ project, identity }) => ({
    message: 'OK',
    data: await userProfile(
      { provider: identityProviderFor(project, identity), accounts },
      identity,
    ),
  }),
);
