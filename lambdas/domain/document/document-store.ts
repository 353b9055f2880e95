/** The JSON-document store port (custom user data and aliases); DynamoDB adapter beside. */
import type { JsonObject } from './merge-patch.js';

export interface StoredDocument {
  readonly data: JsonObject;
  /** 0 before the first write; +1 with every write (the ETag). */
  readonly version: number;
  /** The user's alias, when one was set by session feedback. */
  readonly alias?: string;
}

export interface DocumentOwner {
  readonly projectId: string;
  readonly sub: string;
}

export interface DocumentStore {
  read(owner: DocumentOwner): Promise<StoredDocument>;
  /** Writes if the stored version is still `expectedVersion`; false when it moved on. */
  write(owner: DocumentOwner, data: JsonObject, expectedVersion: number): Promise<boolean>;
  /**
   * Sets, moves or (with `next` undefined) deletes the user's alias atomically: the new alias
   * is claimed project-wide, the old one freed. False when another user holds `next`.
   * Deleting the alias deletes its store with it.
   */
  changeAlias(
    owner: DocumentOwner,
    previous: string | undefined,
    next: string | undefined,
  ): Promise<boolean>;
}
