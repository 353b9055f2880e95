/** POST /user/refresh — new access and ID tokens for a refresh token (REFRESH_TOKEN_AUTH). */
import * as z from 'zod/mini';
import { revocations, sessionRegistry } from '../adapters/account-guards.js';
import { identityProviderFor } from '../adapters/cognito/cognito-gateway.js';
import { dynamoAccountStore } from '../adapters/dynamodb/account-store-dynamodb.js';
import { refreshSession } from '../domain/account/account-service.js';
import { accountParams, accountRoute } from '../http/account-route.js';

const accounts = dynamoAccountStore();

const params = accountParams({
  deviceId: z.optional(z.uuid()),
  refreshToken: z.string().check(z.minLength(1), z.maxLength(8192)),
});

export const handler = accountRoute({ params, auth: false }, async ({ project, params }) => ({
  message: 'OK',
  data: await refreshSession(
    {
      accounts,
      sessions: sessionRegistry(),
      revocations,
      providerFor: (clientId) => identityProviderFor(project, { clientId }),
    },
    project,
    {
      refreshToken: params.refreshToken,
      deviceId: params.deviceId,
    },
  ),
}));
