/** PUT /user — update the caller's Cognito attributes and/or the app's own `appProfile` object. */
import * as z from 'zod/mini';
import { identityProviderFor } from '../adapters/cognito/cognito-gateway.js';
import { dynamoAccountStore } from '../adapters/dynamodb/account-store-dynamodb.js';
import { limits } from '../config.js';
import { updateUser } from '../domain/account/account-service.js';
import { AppError } from '../errors.js';
import { accountParams, accountRoute } from '../http/account-route.js';

const accounts = dynamoAccountStore();

const params = accountParams({
  data: z.catchall(
    z.object({ appProfile: z.optional(z.record(z.string(), z.unknown())) }),
    z.string().check(z.maxLength(2048)),
  ),
});

export const handler = accountRoute(
  { params, auth: true },
  async ({ project, params, identity }) => {
    const { appProfile, ...attributes } = params.data;
    const size = appProfile ? Buffer.byteLength(JSON.stringify(appProfile), 'utf8') : 0;
    if (size > limits().maxDocumentBytes) {
      throw new AppError(
        'invalid_request',
        `appProfile exceeds ${limits().maxDocumentBytes} bytes`,
      );
    }
    const provider = identityProviderFor(project, identity);
    return {
      message: 'User is Correctly Updated',
      data: await updateUser(
        { provider, accounts },
        identity,
        {
          attributes: attributes as Record<string, string>,
          appProfile,
        },
        project,
      ),
    };
  },
);
