/** POST /user-wallets/available-chains-get — the chain ids a wallet may be added on. */
import * as z from 'zod/mini';
import { walletRoute } from '../http/wallet-route.js';
import { walletDeps } from '../wiring/wallet.js';

export const body = z.object({ request_id: z.optional(z.int()) });

export const handler = walletRoute(
  { deps: walletDeps, body, emptyFields: { wallet_chains: [] } },
  async ({ wallets }) => ({ wallet_chains: [...wallets.chains] }),
);
