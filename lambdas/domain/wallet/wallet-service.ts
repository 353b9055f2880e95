/** Wallet registry rules: proof, chain, tags and label limits, default wallet. Free of AWS types. */
import { AppError } from '../../errors.js';
import { EVM_WALLET_FAMILY } from './chains.js';
import { checkWalletProof, normaliseAddress, PROOF_MAX_AGE_SECONDS } from './wallet-proof.js';
import type { Wallet, WalletOwner, WalletStore } from './wallet-store.js';

export const MAX_TAGS = 32;
export const MAX_TAG_LENGTH = 64;
export const MAX_LABEL_LENGTH = 128;
/** Wallets per account: proofs are free to make, so an account could otherwise grow unbounded. */
export const MAX_WALLETS = 100;

/** A refusal specific to wallets; the wallet routes give each reason its vendor code. */
export class WalletRefused extends Error {
  constructor(
    readonly reason: 'proof_invalid' | 'taken',
    message: string,
  ) {
    super(message);
    this.name = 'WalletRefused';
  }
}

export interface WalletContext {
  readonly store: WalletStore;
  readonly owner: WalletOwner;
  /** The configured chain ids. */
  readonly chains: readonly string[];
  /** Epoch milliseconds. */
  readonly nowMs: number;
}

export interface WalletAddInput {
  readonly chain: string;
  readonly address: string;
  readonly tags?: readonly string[];
  readonly label?: string;
  readonly dataToSign: string;
  readonly signature: string;
}

export async function addWallet(context: WalletContext, input: WalletAddInput): Promise<Wallet> {
  const address = normaliseAddress(input.address);
  if (!address) {
    throw new AppError('invalid_request', 'wallet.address is not a 0x-prefixed 20-byte address');
  }
  if (!context.chains.includes(input.chain)) {
    throw new AppError('invalid_request', `wallet.chain ${input.chain} is not an available chain`);
  }
  const tags = [...new Set(input.tags ?? [])];
  if (tags.length > MAX_TAGS || tags.some((tag) => tag === '' || tag.length > MAX_TAG_LENGTH)) {
    throw new AppError(
      'invalid_request',
      `wallet.tags: at most ${MAX_TAGS} tags of 1 to ${MAX_TAG_LENGTH} characters`,
    );
  }
  if ((input.label ?? '').length > MAX_LABEL_LENGTH) {
    throw new AppError('invalid_request', `wallet.label exceeds ${MAX_LABEL_LENGTH} characters`);
  }
  const now = Math.floor(context.nowMs / 1000);
  const proof = checkWalletProof({
    address,
    message: input.dataToSign,
    signature: input.signature,
    now,
  });
  if (!proof.valid) {
    if (proof.reason === 'malformed') {
      throw new AppError(
        'invalid_request',
        'wallet_data_to_sign must end with a UTC time YYYY-MM-DDTHH:MM:SSZ and wallet_sign be a 65-byte hex signature',
      );
    }
    throw new WalletRefused(
      'proof_invalid',
      proof.reason === 'stale'
        ? `The signed time is more than ${PROOF_MAX_AGE_SECONDS} s old (or in the future)`
        : 'The signature was not made by the wallet',
    );
  }
  const existing = await context.store.list(context.owner);
  if (existing.length >= MAX_WALLETS && !existing.some((known) => known.address === address)) {
    throw new AppError('invalid_request', `An account holds at most ${MAX_WALLETS} wallets`);
  }
  const wallet: Wallet = {
    address,
    chain: input.chain,
    family: EVM_WALLET_FAMILY,
    tags,
    label: input.label ?? '',
    addedAt: context.nowMs,
  };
  const outcome = await context.store.add(context.owner, wallet, {
    replayKey: proof.replayKey,
    // Remember the proof as long as it would pass the age check.
    expiresAt: proof.signedAt + PROOF_MAX_AGE_SECONDS + 1,
    now,
  });
  if (outcome.added) return wallet;
  throw outcome.reason === 'taken'
    ? new WalletRefused('taken', 'The wallet belongs to another account')
    : new WalletRefused('proof_invalid', 'This proof was already used: sign a new text');
}

export const listWallets = (context: Pick<WalletContext, 'store' | 'owner'>) =>
  context.store.list(context.owner);

export async function listWalletsByTag(
  context: Pick<WalletContext, 'store' | 'owner'>,
  tag: string,
): Promise<Wallet[]> {
  return (await listWallets(context)).filter((wallet) => wallet.tags.includes(tag));
}

/**
 * The proven wallet a by-wallet key/value call acts on: `wanted` when the caller proved it,
 * else the caller's first proven wallet; undefined when there is none.
 */
export async function provenWallet(
  context: Pick<WalletContext, 'store' | 'owner'>,
  wanted?: string,
): Promise<string | undefined> {
  const wallets = await listWallets(context);
  if (wanted === undefined) return wallets[0]?.address;
  const address = normaliseAddress(wanted.trim());
  return wallets.find((wallet) => wallet.address === address)?.address;
}
