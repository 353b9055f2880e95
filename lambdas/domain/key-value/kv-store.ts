/** The key/value store port; lambdas/adapters/dynamodb/kv-store-dynamodb.ts implements it. */

/** Whose data: one namespace (a user id, a verified e-mail, a wallet, an IdP identity) in one project. */
export interface KvPartition {
  readonly projectId: string;
  /** `user:<sub>`, `email:<sub>:<address>`, `wallet:<address>:<sub>` or `idp:<sub>:<provider>:<id>`. */
  readonly namespace: string;
  /** The user whose namespace it is (their `sub`): the per-user quotas add up their namespaces. */
  readonly owner: string;
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

/** What a namespace holds, for the quotas: keys, and UTF-8 bytes of keys plus values. */
export interface KvUsage {
  readonly keys: number;
  readonly bytes: number;
}

/** The usage counters a write checks: its namespace's, and its user's over all their namespaces. */
export interface KvUsages {
  readonly namespace: KvUsage;
  readonly user: KvUsage;
}

/** The item a write replaced or a delete removed, as far as the quotas care. */
export interface Replaced {
  /** UTF-8 bytes of its key plus value. */
  readonly bytes: number;
  /**
   * When it expired (epoch seconds), if it had a TTL: an expired item DynamoDB has not yet
   * swept is still stored, but the usage counters no longer count it (see kv-service.ts).
   */
  readonly expiresAt?: number;
}

export type PutOutcome =
  | { readonly written: true; readonly version: number; readonly replaced?: Replaced }
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
  /**
   * Before a write: refuses a revoked token, reading the mark itself when no store read
   * reported it (e.g. DynamoDB left that key unprocessed).
   */
  settle(): Promise<void>;
}

export interface KvStore {
  /** One conditional write: never over another client's live key or a stale version. */
  put(partition: KvPartition, item: KvPut): Promise<PutOutcome>;
  /** The items that exist among `keys`, in no particular order (expired ones included). */
  getMany(partition: KvPartition, keys: readonly string[], mark?: MarkRead): Promise<KvItem[]>;
  /** Deletes the key if `ownerClientId` owns it; what was deleted, if anything. */
  deleteOwned(
    partition: KvPartition,
    key: string,
    ownerClientId: string,
  ): Promise<Replaced | undefined>;
  /** The partition's items in key order, after `startAfter`, up to `limit` read (one request). */
  page(partition: KvPartition, options: { startAfter?: string; limit: number }): Promise<KvPage>;
  /**
   * The usage counters of the namespace and of its owner (hints: kept by writes, recounted at
   * the quota's edge), read together (one request, the revocation mark too when given).
   */
  usage(partition: KvPartition, mark?: MarkRead): Promise<KvUsages>;
  /**
   * Adds to both the namespace's and the owner's usage counter. Best effort, never throws: it
   * follows a write that happened; a counter left behind is corrected at the next recount.
   */
  adjustUsage(partition: KvPartition, delta: KvUsage): Promise<void>;
  /** Replaces the namespace's usage counter with a count. */
  setUsage(partition: KvPartition, usage: KvUsage): Promise<void>;
  /** The usage counters of all the owner's namespaces (by namespace), for a recount of the owner's. */
  namespaceUsages(partition: KvPartition): Promise<ReadonlyMap<string, KvUsage>>;
  /** Replaces the owner's usage counter with a count. */
  setUserUsage(partition: KvPartition, usage: KvUsage): Promise<void>;
}

/** UTF-8 bytes a key/value pair uses, for the quotas. */
export const pairBytes = (key: string, value: string) =>
  Buffer.byteLength(key, 'utf8') + Buffer.byteLength(value, 'utf8');
