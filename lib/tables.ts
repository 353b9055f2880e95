/**
 * DynamoDB table definitions, read by the CDK stack (to create the tables) and by the local
 * backend and the test harness (to create the same tables in DynamoDB Local).
 * Key schemas and item shapes are documented in docs/data-model.md.
 */
export interface TableDefinition {
  /** Construct id in the stack; also the local table name. */
  readonly id: string;
  /** Environment variable through which handlers learn the table name. */
  readonly envVar: string;
  readonly partitionKey: string;
  readonly sortKey?: string;
  /** Attribute holding an epoch-seconds expiry, enabled as DynamoDB TTL. */
  readonly ttlAttribute?: string;
}

export const tables = {
  /** Key/value user data (`/user-data/*`). */
  keyValue: {
    id: 'KeyValueTable',
    envVar: 'KEY_VALUE_TABLE',
    partitionKey: 'pk',
    sortKey: 'sk',
    ttlAttribute: 'expiresAt',
  },
  /** Account-flow records kept beside Cognito: devices, login history, app profile. */
  accounts: {
    id: 'AccountsTable',
    envVar: 'ACCOUNTS_TABLE',
    partitionKey: 'pk',
    sortKey: 'sk',
  },
  /**
   * User profiles (`/userinfo`): the profile item, its audit history, and the marker items
   * that keep `email` and `wallet_address` unique within a project.
   */
  profiles: {
    id: 'ProfilesTable',
    envVar: 'PROFILES_TABLE',
    partitionKey: 'pk',
    sortKey: 'sk',
  },
  /** Custom user data (`/custom-user-data`): one JSON store per user, and alias markers. */
  documents: {
    id: 'DocumentsTable',
    envVar: 'DOCUMENTS_TABLE',
    partitionKey: 'pk',
    sortKey: 'sk',
  },
  /**
   * Proven wallets (`/user-wallet/add`, `/user-wallets/*`): each account's wallets, the owner
   * marker that keeps a wallet to one account per project, and spent proofs (until expiry).
   */
  wallets: {
    id: 'WalletsTable',
    envVar: 'WALLETS_TABLE',
    partitionKey: 'pk',
    sortKey: 'sk',
    ttlAttribute: 'expiresAt',
  },
  /** Per-user "access tokens issued before T are revoked" marks, written by logout. */
  revocations: {
    id: 'RevocationsTable',
    envVar: 'REVOCATIONS_TABLE',
    partitionKey: 'pk',
    ttlAttribute: 'expiresAt',
  },
  /** Refresh tokens issued by PUT /user/login: the app client and user each belongs to. */
  sessions: {
    id: 'SessionsTable',
    envVar: 'SESSIONS_TABLE',
    partitionKey: 'pk',
    ttlAttribute: 'expiresAt',
  },
  /** Failed-attempt counters (sign-in, reset codes, password change), one per key and window. */
  attempts: {
    id: 'AttemptsTable',
    envVar: 'ATTEMPTS_TABLE',
    partitionKey: 'pk',
    ttlAttribute: 'expiresAt',
  },
} as const satisfies Record<string, TableDefinition>;

export type TableName = keyof typeof tables;
