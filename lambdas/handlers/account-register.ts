/** POST /user — register a new user with the project's user pool (seed 004, awsCognito). */
import * as z from 'zod/mini';
import { passwordPolicy } from '../config.js';
import { registerUser } from '../domain/account/account-service.js';
import { accountParams, accountRoute } from '../http/account-route.js';
import { publicAccountDeps } from '../wiring/account.js';
import { ownerNotices } from '../wiring/owner-notices.js';

/** Cognito, and the owner notices (an address that already has an account is told by mail). */
const registerDeps = () => ({ ...publicAccountDeps(), notices: ownerNotices() });

export const body = accountParams({
  // Further string members are user attributes (`nickname`, `custom:*`, …).
  data: z.catchall(
    z.object({
      email: z.email(),
      password: z.string().check(z.minLength(1), z.maxLength(256)),
    }),
    z.string().check(z.maxLength(2048)),
  ),
});

export const handler = accountRoute(
  { deps: registerDeps, body },
  async ({ provider, notices }, { project, params }) => {
    const { email, password, ...attributes } = params.data;
    const user = await registerUser(
      provider(project),
      project,
      passwordPolicy(),
      { email, password, attributes },
      notices,
    );
    return {
      statusCode: 201,
      message: user.confirmed ? 'user registered' : 'please check your email',
      data: { userId: user.userId, confirmed: user.confirmed },
    };
  },
);
