/**
 * PUT /user/change-password — change the caller's password (previous one required, attempts
 * limited); then every session of the user ends, this one included.
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
import { changeUserPassword } from '../domain/account/account-service.js';
import { accountParams, accountRoute } from '../http/account-route.js';

const password = z.string().check(z.minLength(1), z.maxLength(256));
const params = accountParams({ data: z.object({ password, previousPassword: password }) });

export const handler = accountRoute(
  { params, auth: true },
  async ({ project, params, identity, sourceIp }) => {
    await changeUserPassword(
      {
        provider: identityProviderFor(project, identity),
        revocations,
        onSignOutFailure: logSignOutFailure,
        attempts: attemptCounter(),
        attemptPolicy: attemptPolicy(),
      },
      passwordPolicy(),
      identity,
      { previous: params.data.previousPassword, next: params.data.password },
      { sourceIp, now: nowSeconds() },
    );
    return { message: 'password has been updated' };
  },
);
