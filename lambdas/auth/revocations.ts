/**
 * The revocation port. Logout writes a mark "every access token of this user issued at or
 * before T is refused"; Cognito's GlobalSignOut alone does not stop offline verification.
 * lambdas/adapters/dynamodb/revocation-store.ts implements it on DynamoDB.
 */
import { AppError } from '../errors.js';
import type { Identity } from './identity.js';

export interface UserRef {
  readonly userPoolId: string;
  readonly sub: string;
}

export interface RevocationMarks {
  /** Epoch seconds before which (inclusive) the user's access tokens are revoked, if any. */
  revokedBefore(user: UserRef): Promise<number | undefined>;
  /** Refuses, from now on, every access token of the user issued at or before `epochSeconds`. */
  revoke(user: UserRef, epochSeconds: number): Promise<void>;
}

/**
 * The revocation check of one request handed to a store that reads the user's mark in the
 * same DynamoDB request as its data (kv get: the values' BatchGetItem; kv set: the usage
 * counter's). The store reports what it read; the pipeline decides before anything is
 * answered, and a writer calls `settle` before its first write.
 */
export interface RevocationProbe extends UserRef {
  report(revokedBefore: number | undefined): void;
  /** Refuses a revoked token now, reading the mark itself if no store read reported it. */
  settle(): Promise<void>;
}

export function assertNotRevoked(identity: Identity, revokedBefore: number | undefined): void {
  if (revokedBefore !== undefined && identity.issuedAt <= revokedBefore) {
    throw new AppError('access_denied', 'The token was revoked by a logout');
  }
}
