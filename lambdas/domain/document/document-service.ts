/** Custom user data (BindID style): replace, merge-patch and read one JSON object per user. */
import { AppError } from '../../errors.js';
import type { DocumentOwner, DocumentStore, StoredDocument } from './document-store.js';
import { isJsonObject, type Json, type JsonObject, mergePatch } from './merge-patch.js';

/** Thrown inside a 200 answer, as the vendor does. */
export class SizeExceeded extends Error {
  constructor(readonly limit: number) {
    super(`The store would exceed ${limit} bytes`);
    this.name = 'SizeExceeded';
  }
}

export interface DocumentContext {
  readonly store: DocumentStore;
  readonly owner: DocumentOwner;
  readonly maxBytes: number;
  /** If-Match: the version the caller last saw (undefined: no precondition). */
  readonly ifMatch?: number;
}

/** Attempts of a read-modify-write under contention, with jittered backoff between them. */
const MAX_ATTEMPTS = 60;
const backoff = (attempt: number) =>
  new Promise((resolve) => setTimeout(resolve, Math.random() * Math.min(50, 5 * 2 ** attempt)));

function checkPrecondition(context: DocumentContext, current: StoredDocument) {
  if (context.ifMatch !== undefined && context.ifMatch !== current.version) {
    throw new AppError('precondition_failed', 'The store changed since the given ETag');
  }
}

function checkSize(data: JsonObject, maxBytes: number) {
  if (Buffer.byteLength(JSON.stringify(data), 'utf8') > maxBytes) throw new SizeExceeded(maxBytes);
}

async function update(
  context: DocumentContext,
  change: (current: JsonObject) => JsonObject,
): Promise<StoredDocument> {
  for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
    const current = await context.store.read(context.owner);
    checkPrecondition(context, current);
    const next = change(current.data);
    checkSize(next, context.maxBytes);
    if (await context.store.write(context.owner, next, current.version)) {
      return { ...current, data: next, version: current.version + 1 };
    }
    // A concurrent write won; with If-Match that is a failed precondition, else try again.
    if (context.ifMatch !== undefined) {
      throw new AppError('precondition_failed', 'The store changed since the given ETag');
    }
    await backoff(attempt);
  }
  throw new AppError('throttled', 'Too many concurrent changes to this store; try again');
}

export const readDocument = (context: Pick<DocumentContext, 'store' | 'owner'>) =>
  context.store.read(context.owner);

/** POST: the object replaces the store (null members are kept, as sent). */
export const replaceDocument = (context: DocumentContext, data: JsonObject) =>
  update(context, () => data);

/** PATCH: RFC 7396 merge patch of the store; the result must stay within the size limit. */
export const patchDocument = (context: DocumentContext, patch: JsonObject) =>
  update(context, (current) => {
    const merged: Json = mergePatch(current, patch);
    return isJsonObject(merged) ? merged : {};
  });

export type SessionReport =
  | { type: 'authentication_performed'; alias: string; time: number }
  | { type: 'alias_updated'; alias: string; time: number }
  | { type: 'alias_deleted'; alias?: string; time: number };

/** Applies the vendor's session-feedback reports, in order, to the user's alias. */
export async function applySessionFeedback(
  store: DocumentStore,
  owner: DocumentOwner,
  reports: readonly SessionReport[],
): Promise<void> {
  for (const report of reports) {
    const { alias: current } = await store.read(owner);
    if (report.type === 'authentication_performed') {
      if (current === report.alias) continue;
      if (current !== undefined) {
        throw new AppError('conflict', 'The user already has a different alias');
      }
    }
    if (report.type === 'alias_deleted') {
      if (current === undefined) continue;
      if (report.alias !== undefined && report.alias !== current) {
        throw new AppError('conflict', 'The alias to delete is not the user’s alias');
      }
    }
    const next = report.type === 'alias_deleted' ? undefined : report.alias;
    if (next === current) continue;
    if (!(await store.changeAlias(owner, current, next))) {
      throw new AppError('conflict', 'The alias belongs to another user of the project');
    }
  }
}
