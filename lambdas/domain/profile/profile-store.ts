/** The profile store port; lambdas/adapters/dynamodb/profile-store-dynamodb.ts implements it. */
import { AppError } from '../../errors.js';
import type { ProfileRecord, UniqueField } from './profile.js';

/** Whose profile: one user (token `sub`) in one project. */
export interface ProfileOwner {
  readonly projectId: string;
  readonly sub: string;
}

export interface StoredProfile {
  readonly record: ProfileRecord;
  /** Incremented by every write; the condition that makes a read-then-write safe. */
  readonly version: number;
}

/** A claim on a unique value: the field and its normalised value. */
export interface UniqueClaim {
  readonly field: UniqueField;
  readonly key: string;
}

export type AuditAction = 'create' | 'update' | 'delete';

/**
 * Why a change was made by the system rather than by the record's owner. The only one: the
 * values in `fields` were taken over by the account that proved they are its own (the
 * identity provider's verified e-mail, a wallet proven by signature in the wallet registry).
 */
export type AuditReason = 'taken_over_by_proven_owner';

export interface AuditEntry {
  /** Microsecond ISO timestamp; entries of one user sort by it. */
  readonly at: string;
  readonly id: string;
  readonly action: AuditAction;
  /** Who: the app client and the user the token names; both null for a system change. */
  readonly clientId: string | null;
  readonly sub: string | null;
  /** Only on a system change: why it was made. */
  readonly reason?: AuditReason;
  /** The fields that changed, and their values before and after. */
  readonly fields: readonly string[];
  readonly before: Partial<ProfileRecord>;
  readonly after: Partial<ProfileRecord>;
}

/**
 * One atomic change: the profile item (written, or deleted when `next` is undefined) on the
 * condition that it is still at `expectedVersion` (undefined: must not exist), the unique
 * markers claimed and released, and the audit entry. All or nothing.
 */
export interface ProfileChange {
  readonly owner: ProfileOwner;
  readonly expectedVersion: number | undefined;
  readonly next: StoredProfile | undefined;
  /** Markers claimed: free, or already the owner's. */
  readonly claim: readonly UniqueClaim[];
  readonly release: readonly UniqueClaim[];
  readonly audit: AuditEntry;
  /** Markers taken over from other records, in the same transaction (see Displacement). */
  readonly takeOver?: readonly Displacement[];
}

/**
 * A proven owner takes unique values over from another record of the project: each marker
 * moves to the change's owner on the condition that `from` still holds it, and the displaced
 * record is written at `next` (the values cleared) on the condition that it is still at
 * `expectedVersion`, with its own audit entry.
 */
export interface Displacement {
  readonly from: ProfileOwner;
  readonly claims: readonly UniqueClaim[];
  readonly expectedVersion: number;
  readonly next: StoredProfile;
  readonly audit: AuditEntry;
}

export interface HistoryPage {
  readonly entries: AuditEntry[];
  /** Opaque; present when older entries remain. */
  readonly cursor?: string;
}

export interface ProfileStore {
  /** Strongly consistent read of the caller's profile. */
  get(owner: ProfileOwner): Promise<StoredProfile | undefined>;
  /** The `sub` holding a unique value in a project, if any. */
  ownerOf(projectId: string, claim: UniqueClaim): Promise<string | undefined>;
  /**
   * Applies the change atomically; throws UniqueValueTaken (a claimed marker is another's) or
   * ConcurrentModification (a version, or a taken-over marker's holder, is not as read).
   */
  apply(change: ProfileChange): Promise<void>;
  /** Audit entries, newest first. Throws invalid_request on a cursor it did not issue. */
  history(owner: ProfileOwner, page: { limit: number; cursor?: string }): Promise<HistoryPage>;
}

/** Epoch seconds of the user's most recent sign-in (account family's login history). */
export interface LoginHistory {
  lastLogin(owner: ProfileOwner): Promise<number | undefined>;
}

/** Another user of the project holds the value: 409 naming the field; nothing changed. */
export class UniqueValueTaken extends AppError {
  constructor(readonly field: UniqueField) {
    super('conflict', `${field} is already used by another user`);
  }
}

/** The profile changed between the read and the write; the service retries. */
export class ConcurrentModification extends Error {
  constructor() {
    super('The profile changed while it was being written');
    this.name = 'ConcurrentModification';
  }
}
