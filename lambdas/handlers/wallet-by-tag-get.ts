/** POST /user-wallets-by-tag/get — the caller's proven wallets that carry a tag. */
import * as z from 'zod/mini';
import { listWalletsByTag } from '../domain/wallet/wallet-service.js';
import { emptyWalletLists, walletAnswer, walletRoute } from '../http/wallet-route.js';
import { walletDeps } from '../wiring/wallet.js';

export const body = z.object({
  request_id: z.optional(z.int()),
  wallet_tag: z.string().check(z.minLength(1), z.maxLength(64)),
});

export const handler = walletRoute(
  { deps: walletDeps, body, emptyFields: emptyWalletLists },
  async ({ wallets, body }) => ({
    wallets_private: [],
    wallets_public: (await listWalletsByTag(wallets, body.wallet_tag)).map(walletAnswer),
  }),
);
