/** The key/value store port; lambdas/adapters/dynamodb/kv-store-dynamodb.ts implements it. */

/** Whose data: one namespace (a user id, a verified e-mail, a wallet, an IdP identity) in one project. */
export interface KvPartition {
  readonly projectId: string;
  /** `user:<sub>`, `email:<address>`, `wallet:<address>` or `idp:<provider>:<id>`. */
  readonly namespace: string;
}

export const AccessScope = { private: 0, public: 1 } as const;
export type AccessScope = (typeof AccessScope)[keyof typeof AccessScope];

export interface KvItem {
  readonly key: string;
  readonly value: string;
  /** The app client that wrote the key and owns it. */
  readonly ownerClientId: string;
  readonly scope: AccessScope;
  /** Starts at 1, grows by one with every set. */
  readonly version: number;
  /** Epoch seconds after which the key no longer exists (DynamoDB TTL deletes it later). */
  readonly expiresAt?: number;
}

export type PutOutcome =
  | { readonly written: true; readonly version: number }
  | { readonly written: false; readonly reason: 'owned_by_other_client' | 'version_mismatch' };

export interface KvPut {
  readonly key: string;
  readonly value: string;
  readonly ownerClientId: string;
  readonly scope: AccessScope;
  readonly expiresAt?: number;
  /** Write only if the key's current version is this (0: only if the key does not exist). */
  readonly expectedVersion?: number;
  /** Epoch seconds; items expired by then count as absent. */
  readonly now: number;
}

export interface KvPage {
  readonly items: KvItem[];
  /** Where the next page starts (exclusive); undefined on the last page. */
  readonly lastKey?: string;
}

/**
 * The caller's revocation mark, read in the same request as the data (one BatchGetItem for a
 * kv get); the store reports what it found. Structurally the pipeline's RevocationProbe.
 */
export interface MarkRead {
  readonly userPoolId: string;
  readonly sub: string;
  report(revokedBefore: number | undefined): void;
}

export interface KvStore {
  /** One conditional write: never over another client's live key or a stale version. */
  put(partition: KvPartition, item: KvPut): Promise<PutOutcome>;
  /** The items that exist among `keys`, in no particular order (expired ones included). */
  getMany(partition: KvPartition, keys: readonly string[], mark?: MarkRead): Promise<KvItem[]>;
  /** Deletes the key if `ownerClientId` owns it; whether something was deleted. */
  deleteOwned(partition: KvPartition, key: string, ownerClientId: string): Promise<boolean>;
  /** The partition's items in key order, after `startAfter`, up to `limit` read. */
  page(partition: KvPartition, options: { startAfter?: string; limit: number }): Promise<KvPage>;
}
