/** A real secp256k1 wallet for tests: signs like MetaMask's `personal_sign` (EIP-191). */
import { secp256k1 } from '@noble/curves/secp256k1.js';
import { keccak_256 } from '@noble/hashes/sha3.js';
import { bytesToHex, concatBytes, utf8ToBytes } from '@noble/hashes/utils.js';
import { handler as walletAdd } from '../../lambdas/handlers/wallet-add.js';
import { handler as walletByTagGet } from '../../lambdas/handlers/wallet-by-tag-get.js';
import { handler as walletChainsGet } from '../../lambdas/handlers/wallet-chains-get.js';
import { handler as walletListGet } from '../../lambdas/handlers/wallet-list-get.js';
import { type EventInput, invoke } from './events.js';

export interface TestWallet {
  /** Lower-case 0x address. */
  readonly address: string;
  /** `0x` + r ‖ s ‖ v (v = 27 or 28), as wallets return it. */
  sign(message: string): string;
}

export function createWallet(): TestWallet {
  const secretKey = secp256k1.utils.randomSecretKey();
  const publicKey = secp256k1.getPublicKey(secretKey, false);
  return {
    address: `0x${bytesToHex(keccak_256(publicKey.slice(1)).slice(-20))}`,
    sign(message) {
      const bytes = utf8ToBytes(message);
      const hash = keccak_256(
        concatBytes(utf8ToBytes(`\x19Ethereum Signed Message:\n${bytes.length}`), bytes),
      );
      const recovered = secp256k1.sign(hash, secretKey, { prehash: false, format: 'recovered' });
      return `0x${bytesToHex(recovered.slice(1))}${(27 + (recovered[0] as number)).toString(16)}`;
    },
  };
}

/** `YYYY-MM-DDTHH:MM:SSZ`, the vendor's `%04d-%02d-%02dT%02d:%02d:%02dZ`. */
export const utcStamp = (date = new Date()) => `${date.toISOString().slice(0, 19)}Z`;

/** The add request the vendor documents, signed by `signer` (default: the wallet itself). */
export function addWalletRequest(
  wallet: TestWallet,
  options: {
    text?: string;
    signer?: TestWallet;
    chain?: string;
    tags?: string[];
    label?: string;
  } = {},
) {
  const text = options.text ?? `Add this wallet ${utcStamp()}`;
  return {
    wallet_data_to_sign: text,
    wallet_sign: (options.signer ?? wallet).sign(text),
    wallet: {
      address: wallet.address,
      chain: options.chain ?? '1',
      tags: options.tags ?? [],
      label: options.label ?? '',
    },
  };
}

const handlers = {
  '/user-wallet/add': walletAdd,
  '/user-wallets/get': walletListGet,
  '/user-wallets-by-tag/get': walletByTagGet,
  '/user-wallets/available-chains-get': walletChainsGet,
};

/** Calls a wallet route the way API Gateway would; they always answer 200. */
export async function walletCall(
  path: keyof typeof handlers,
  input: Omit<EventInput, 'path'>,
): Promise<Record<string, unknown>> {
  const response = await invoke(handlers[path], { ...input, path });
  if (response.status !== 200) throw new Error(`wallet routes answer 200, got ${response.status}`);
  return response.body;
}
