/** POST /user — register a new user with the project's user pool (seed 004, awsCognito). */
import { z } from 'zod';
import { cognitoGateway } from '../adapters/cognito/cognito-gateway.js';
import { registerUser } from '../domain/account/account-service.js';
import { accountParams, accountRoute } from '../http/account-route.js';

/** Standard attributes a user may set at sign-up, plus any `custom:*` the pool defines. */
const attribute = z.string().max(2048);
const params = accountParams({
  data: z
    .object({
      email: z.email(),
      password: z.string().min(1).max(256),
      name: attribute.optional(),
      nickname: attribute.optional(),
      given_name: attribute.optional(),
      family_name: attribute.optional(),
    })
    .catchall(attribute),
});

export const handler = accountRoute({ params, auth: false }, async ({ project, params }) => {
  const { email, password, ...rest } = params.data;
  const attributes = Object.fromEntries(
    Object.entries(rest).filter(
      (entry): entry is [string, string] =>
        typeof entry[1] === 'string' &&
        (entry[0].startsWith('custom:') ||
          ['name', 'nickname', 'given_name', 'family_name'].includes(entry[0])),
    ),
  );
  const gateway = cognitoGateway({
    userPoolId: project.userPoolId,
    clientId: project.clientIds[0] as string,
  });
  const user = await registerUser(gateway, project, { email, password, attributes });
  return {
    statusCode: 201,
    message: user.confirmed ? 'user registered' : 'please check your email',
    data: { userId: user.userId, confirmed: user.confirmed },
  };
});
