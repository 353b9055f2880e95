/** POST /user-wallets/get — the caller's proven wallets, oldest (the default) first. */
import * as z from 'zod/mini';
import { listWallets } from '../domain/wallet/wallet-service.js';
import { emptyWalletLists, walletAnswer, walletRoute } from '../http/wallet-route.js';
import { walletDeps } from '../wiring/wallet.js';

export const body = z.object({ request_id: z.optional(z.int()) });

export const handler = walletRoute(
  { deps: walletDeps, body, emptyFields: emptyWalletLists },
  async ({ wallets }) => ({
    wallets_private: [],
    wallets_public: (await listWallets(wallets)).map(walletAnswer),
  }),
);
