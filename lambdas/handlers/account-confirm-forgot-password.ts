/**
 * POST /user/confirm-forgot-password — set a new password with the e-mailed code (attempts
 * limited per account and source); then every session of the account ends.
 */
import * as z from 'zod/mini';
import {
  attemptCounter,
  attemptPolicy,
  logSignOutFailure,
  nowSeconds,
  revocations,
} from '../adapters/account-guards.js';
import { identityProviderFor } from '../adapters/cognito/cognito-gateway.js';
import { passwordPolicy } from '../config.js';
import { resetPassword } from '../domain/account/account-service.js';
import { accountParams, accountRoute } from '../http/account-route.js';

const params = accountParams({
  data: z.object({
    email: z.email(),
    confirmationCode: z.string().check(z.minLength(1), z.maxLength(32)),
    password: z.string().check(z.minLength(1), z.maxLength(256)),
  }),
});

export const handler = accountRoute(
  { params, auth: false },
  async ({ project, params, sourceIp }) => {
    await resetPassword(
      {
        provider: identityProviderFor(project),
        revocations,
        onSignOutFailure: logSignOutFailure,
        attempts: attemptCounter(),
        attemptPolicy: attemptPolicy(),
      },
      passwordPolicy(),
      project.userPoolId,
      {
        email: params.data.email,
        code: params.data.confirmationCode,
        password: params.data.password,
      },
      { sourceIp, now: nowSeconds() },
    );
    return { message: 'password has been reset' };
  },
);
