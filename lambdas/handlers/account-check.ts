/** GET /user/check — the token is valid and the device (query `deviceId`) is the caller's. */
import * as z from 'zod/mini';
import { identityProviderFor } from '../adapters/cognito/cognito-gateway.js';
import { dynamoAccountStore } from '../adapters/dynamodb/account-store-dynamodb.js';
import { checkDevice } from '../domain/account/account-service.js';
import { accountParams, accountRoute } from '../http/account-route.js';

const accounts = dynamoAccountStore();

const params = accountParams({ deviceId: z.uuid() });

export const handler = accountRoute(
  { params, auth: true },
  async ({ project, params, identity }) => ({
    message: 'OK',
    data: await checkDevice(
      { provider: identityProviderFor(project, identity), accounts },
      identity,
      params.deviceId,
    ),
  }),
);
