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

export interface AuditEntry {
  /** Microsecond ISO timestamp; entries of one user sort by it. */
  readonly at: string;
  readonly id: string;
  readonly action: AuditAction;
  /** Who: the app client and the user the token names. */
  readonly clientId: string;
  readonly sub: string;
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
  readonly claim: readonly UniqueClaim[];
  readonly release: readonly UniqueClaim[];
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
  /** Applies the change atomically; throws UniqueValueTaken or ConcurrentModification. */
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
