/** POST /user-wallets/available-chains-get — the chain ids a wallet may be added on. */
import * as z from 'zod/mini';
import { walletRoute } from '../http/wallet-route.js';

export const body = z.object({ request_id: z.optional(z.int()) });

export const handler = walletRoute(
  { body, emptyFields: { wallet_chains: [] } },
  async ({ wallets }) => ({ wallet_chains: [...wallets.chains] }),
);
