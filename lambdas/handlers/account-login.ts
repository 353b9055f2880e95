/** PUT /user/login — sign in (USER_PASSWORD_AUTH), record the device, return tokens (seed 004). */
import * as z from 'zod/mini';
import {
  attemptCounter,
  attemptPolicy,
  nowSeconds,
  sessionRegistry,
} from '../adapters/account-guards.js';
import { identityProviderFor } from '../adapters/cognito/cognito-gateway.js';
import { dynamoAccountStore } from '../adapters/dynamodb/account-store-dynamodb.js';
import { signingSecret } from '../adapters/secrets/signing-secret.js';
import { limits } from '../config.js';
import { loginUser } from '../domain/account/account-service.js';
import { accountParams, accountRoute } from '../http/account-route.js';

const accounts = dynamoAccountStore();

const params = accountParams({
  deviceId: z.optional(z.uuid()),
  data: z.object({
    email: z.email(),
    password: z.string().check(z.minLength(1), z.maxLength(256)),
    deviceId: z.optional(z.uuid()),
  }),
});

export const handler = accountRoute(
  { params, auth: false },
  async ({ project, params, sourceIp }) => {
    const login = await loginUser(
      {
        provider: identityProviderFor(project),
        accounts,
        signingSecret,
        attempts: attemptCounter(),
        attemptPolicy: attemptPolicy(),
        sessions: sessionRegistry(),
        // identityProviderFor signs in through the project's first app client.
        signInClient: { userPoolId: project.userPoolId, clientId: project.clientIds[0] as string },
      },
      { ...project, maxLoginHistory: limits().maxLoginHistory },
      {
        email: params.data.email,
        password: params.data.password,
        deviceId: params.data.deviceId ?? params.deviceId,
      },
      { sourceIp, now: nowSeconds() },
    );
    return { message: 'OK', data: login };
  },
);
