/**
 * POST /user/upgrade (extension) — a guest who signed up or in with e-mail (awsCognito)
 * presents their guest token (`data.guestToken`, from an anonymous or noLogin login) with the
 * account's sign-in token: the guest's key/value pairs, JSON document and profile move to the
 * account, and the guest's tokens are revoked.
 */
import * as z from 'zod/mini';
import { verifyBackendAccessToken } from '../auth/backend-token-verifier.js';
import { assertNotRevoked } from '../auth/revocations.js';
import { isBackendToken } from '../domain/identity-providers/backend-token.js';
import { upgradeGuest } from '../domain/identity-providers/guest-upgrade.js';
import { AppError } from '../errors.js';
import { accountParams, accountRoute, signedIn } from '../http/account-route.js';
import { upgradeDeps } from '../wiring/providers.js';

export const body = accountParams({
  data: z.object({ guestToken: z.string().check(z.minLength(1), z.maxLength(4096)) }),
});

export const handler = accountRoute(
  { deps: upgradeDeps, body },
  async ({ mover, revocations, guestIssuer }, { project, params, identity }) => {
    const account = signedIn({ identity });
    if (!isBackendToken(params.data.guestToken)) {
      throw new AppError('invalid_token', 'guestToken is not a guest token of this backend');
    }
    const guest = await verifyBackendAccessToken(params.data.guestToken);
    // A spent (upgraded) guest token cannot move data twice.
    assertNotRevoked(guest, await revocations.revokedBefore(guest));
    const moved = await upgradeGuest(
      mover,
      { projectId: guest.projectId, sub: guest.sub, issuer: guestIssuer(params.data.guestToken) },
      { projectId: project.projectId, sub: account.sub },
    );
    // The guest identity is spent: its tokens no longer reach the (now empty) namespace.
    await revocations.revoke(guest, Math.floor(Date.now() / 1000));
    return { message: 'Guest data moved to the account', data: { userId: account.sub, ...moved } };
  },
);
