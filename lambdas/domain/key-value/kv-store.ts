/** The key/value store port; lambdas/adapters/dynamodb/kv-store-dynamodb.ts implements it. */

/** Whose data: one user's namespace inside one project. */
export interface KvPartition {
  readonly projectId: string;
  /** `user:<sub>` for by-user-id; later families add e-mail, wallet and IdP namespaces. */
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
}

export interface KvStore {
  /** Writes the item unless another client owns the key; returns false in that case. */
  put(partition: KvPartition, item: KvItem): Promise<boolean>;
  /** The items that exist among `keys`, in no particular order. */
  getMany(partition: KvPartition, keys: readonly string[]): Promise<KvItem[]>;
}
