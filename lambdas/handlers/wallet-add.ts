/** POST /user-wallet/add — prove a wallet by its personal signature and add it to the account. */
import * as z from 'zod/mini';
import { addWallet } from '../domain/wallet/wallet-service.js';
import { walletRoute } from '../http/wallet-route.js';
import { walletDeps } from '../wiring/wallet.js';

export const body = z.object({
  request_id: z.optional(z.int()),
  wallet: z.object({
    chain: z.string().check(z.minLength(1), z.maxLength(32)),
    address: z.string().check(z.maxLength(64)),
    tags: z.optional(z.array(z.string())),
    label: z.optional(z.string()),
  }),
  wallet_data_to_sign: z.string().check(z.minLength(1), z.maxLength(1024)),
  wallet_sign: z.string().check(z.maxLength(256)),
});

export const handler = walletRoute(
  { deps: walletDeps, body, emptyFields: {} },
  async ({ wallets, body }) => {
    await addWallet(wallets, {
      chain: body.wallet.chain,
      address: body.wallet.address,
      tags: body.wallet.tags,
      label: body.wallet.label,
      dataToSign: body.wallet_data_to_sign,
      signature: body.wallet_sign,
    });
    return {};
  },
);
