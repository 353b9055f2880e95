/**
 * PUT /user/change-password — change the caller's password (previous one required, attempts
 * limited); every earlier session of the user ends (revocation mark, then Cognito's global
 * sign-out); then a sign-in with the new password: the answer is the login data (device,
 * signature, tokens), as in seed 004.
 */
import * as z from 'zod/mini';
import { limits, passwordPolicy } from '../config.js';
import { changeUserPassword, loginUser } from '../domain/account/account-service.js';
import { AppError } from '../errors.js';
import { accountParams, accountRoute, signedIn } from '../http/account-route.js';
import { passwordChangeDeps } from '../wiring/account.js';

const password = z.string().check(z.minLength(1), z.maxLength(256));
export const body = accountParams({
  deviceId: z.optional(z.uuid()),
  data: z.object({ password, previousPassword: password, deviceId: z.optional(z.uuid()) }),
});

export const handler = accountRoute(
  { deps: passwordChangeDeps, body },
  async (deps, { project, params, identity, sourceIp }) => {
    const caller = signedIn({ identity });
    // The caller's own app client: the new tokens are for the client that asked.
    const cognito = deps.provider(project, caller);
    const { attributes } = await cognito.getUser(caller.accessToken);
    if (!attributes.email) throw new AppError('invalid_request', 'The user has no e-mail address');
    const changedAt = Math.floor(Date.now() / 1000);
    await changeUserPassword(
      { ...deps, provider: cognito },
      passwordPolicy(),
      caller,
      { previous: params.data.previousPassword, next: params.data.password },
      { sourceIp, now: changedAt },
    );
    // Marks have one-second resolution: the new session starts in a later second than the
    // mark, or its tokens would be refused with the ones the change ended.
    await untilAfter(changedAt);
    const login = await loginUser(
      {
        ...deps,
        provider: cognito,
        signInClient: { userPoolId: caller.userPoolId, clientId: caller.clientId },
      },
      { ...project, maxLoginHistory: limits().maxLoginHistory },
      {
        email: attributes.email,
        password: params.data.password,
        deviceId: params.data.deviceId ?? params.deviceId,
      },
      { sourceIp, now: Math.floor(Date.now() / 1000) },
    );
    return { message: 'password has been updated', data: login };
  },
);

/** Resolves once the clock is past the second `epochSeconds` (at most one second's wait). */
const untilAfter = (epochSeconds: number) =>
  new Promise((resolve) =>
    setTimeout(resolve, Math.max(0, (epochSeconds + 1) * 1000 - Date.now())),
  );
