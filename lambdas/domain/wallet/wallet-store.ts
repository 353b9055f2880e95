/** The wallet registry port; lambdas/adapters/dynamodb/wallet-store-dynamodb.ts implements it. */

/** Whose wallets: one account (Cognito `sub`) of one project. */
export interface WalletOwner {
  readonly projectId: string;
  readonly sub: string;
}

export interface Wallet {
  /** Lower-case 0x address; unique per project. */
  readonly address: string;
  readonly chain: string;
  readonly family: number;
  readonly tags: readonly string[];
  readonly label: string;
  /** Epoch milliseconds of the first proof; the oldest wallet is the account's default. */
  readonly addedAt: number;
}

export type WalletAddOutcome =
  | { readonly added: true }
  /** The address is proven by another account of the project. */
  | { readonly added: false; readonly reason: 'taken' }
  /** This proof (address and signed text) was already used. */
  | { readonly added: false; readonly reason: 'replayed' };

export interface WalletStore {
  /**
   * In one transaction: spend the proof (`replayKey`, remembered until `proofExpiresAt`,
   * epoch seconds), claim the address for the owner (or find it already theirs), and write
   * the wallet (a re-add by its owner updates chain, tags and label, keeps `addedAt`).
   */
  add(
    owner: WalletOwner,
    wallet: Wallet,
    proof: { readonly replayKey: string; readonly expiresAt: number; readonly now: number },
  ): Promise<WalletAddOutcome>;
  /** The owner's wallets, oldest first. */
  list(owner: WalletOwner): Promise<Wallet[]>;
  /** The `sub` that proved this (lower-case) address in the project, if any. */
  proverOf(projectId: string, address: string): Promise<string | undefined>;
}
