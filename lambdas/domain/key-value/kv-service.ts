/** Key/value rules: limits, ownership, visibility, expiry and paging. Free of AWS types. */
import { AppError } from '../../errors.js';
import type { Limits } from '../../limits.js';
import {
  AccessScope,
  type KvItem,
  type KvPartition,
  type KvStore,
  type MarkRead,
} from './kv-store.js';
import { decodeCursor, encodeCursor } from './search-cursor.js';

/** Who is acting: through one app client of one project, in one resolved namespace. */
export interface KvContext {
  readonly store: KvStore;
  readonly limits: Limits;
  readonly partition: KvPartition;
  readonly clientId: string;
  /** Epoch seconds. */
  readonly now: number;
  /** When set, reads the caller's revocation mark along with the data (kv get). */
  readonly revocation?: MarkRead;
}

/** Keys that cannot be stored: empty, too long, or with control characters. */
function assertKey(key: string, limits: Limits): void {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what is refused
  if (key.length === 0 || key.length > limits.maxKeyLength || /[\u0000-\u001f\u007f]/.test(key)) {
    throw new AppError(
      'invalid_key',
      `value_key must be 1 to ${limits.maxKeyLength} characters without control characters`,
    );
  }
}

/** More keys in one call than the limit: the vendor's "keys size limit reached" where it has one. */
export class KeysLimitReached extends AppError {
  constructor(limit: number) {
    super('invalid_request', `At most ${limit} keys per call`);
    this.name = 'KeysLimitReached';
  }
}

function assertKeyList(keys: readonly string[], limits: Limits): string[] {
  if (keys.length > limits.maxKeysPerCall) throw new KeysLimitReached(limits.maxKeysPerCall);
  for (const key of keys) assertKey(key, limits);
  return [...new Set(keys)];
}

const isLive = (item: KvItem, now: number) => item.expiresAt === undefined || item.expiresAt > now;

/** A caller sees its own client's keys and the public keys of the project's other clients. */
const isVisibleTo = (clientId: string, item: KvItem) =>
  item.ownerClientId === clientId || item.scope === AccessScope.public;

export async function setValue(
  context: KvContext,
  input: {
    key: string;
    value: string;
    scope?: AccessScope;
    expectedVersion?: number;
    ttlSeconds?: number;
  },
): Promise<{ version: number }> {
  assertKey(input.key, context.limits);
  if (Buffer.byteLength(input.value, 'utf8') > context.limits.maxValueBytes) {
    throw new AppError(
      'invalid_request',
      `value_data exceeds ${context.limits.maxValueBytes} bytes`,
    );
  }
  const outcome = await context.store.put(context.partition, {
    key: input.key,
    value: input.value,
    ownerClientId: context.clientId,
    scope: input.scope ?? AccessScope.public,
    expiresAt: input.ttlSeconds === undefined ? undefined : context.now + input.ttlSeconds,
    expectedVersion: input.expectedVersion,
    now: context.now,
  });
  if (outcome.written) return { version: outcome.version };
  throw outcome.reason === 'owned_by_other_client'
    ? new AppError('key_access_denied', 'The key belongs to another app client')
    : new AppError('version_conflict', 'The key’s version is not expected_version');
}

export async function getValues(
  context: KvContext,
  keys: readonly string[],
): Promise<Array<{ key: string; value: string; version: number }>> {
  const unique = assertKeyList(keys, context.limits);
  if (unique.length === 0) return [];
  const found = await context.store.getMany(context.partition, unique, context.revocation);
  const byKey = new Map(
    found
      .filter((item) => isLive(item, context.now) && isVisibleTo(context.clientId, item))
      .map((item) => [item.key, item]),
  );
  // Answer in the order the caller asked.
  return unique.flatMap((key) => {
    const item = byKey.get(key);
    return item ? [{ key, value: item.value, version: item.version }] : [];
  });
}

/** Deletes the caller's own keys; another client's key is left alone and reported not deleted. */
export async function deleteValues(
  context: KvContext,
  keys: readonly string[],
): Promise<Array<{ key: string; deleted: boolean }>> {
  const unique = assertKeyList(keys, context.limits);
  return Promise.all(
    unique.map(async (key) => ({
      key,
      deleted: await context.store.deleteOwned(context.partition, key, context.clientId),
    })),
  );
}

/** Every item of the partition, page by page (bounded by the number of keys a user has). */
async function* allItems(context: KvContext, startAfter?: string) {
  let cursor = startAfter;
  do {
    const page = await context.store.page(context.partition, { startAfter: cursor, limit: 100 });
    for (const item of page.items) yield item;
    cursor = page.lastKey;
  } while (cursor !== undefined);
}

/** The caller's own client's keys, split by access scope. */
export async function listOwnKeys(
  context: KvContext,
): Promise<{ private: string[]; public: string[] }> {
  const keys = { private: [] as string[], public: [] as string[] };
  for await (const item of allItems(context)) {
    if (item.ownerClientId !== context.clientId || !isLive(item, context.now)) continue;
    (item.scope === AccessScope.public ? keys.public : keys.private).push(item.key);
  }
  return keys;
}

/** Public keys of the project's other app clients for this namespace, one page at a time. */
export async function listSharedKeys(
  context: KvContext,
  input: { searchId?: string; pageSize: number; cursorSecret: string },
): Promise<{ keys: string[]; nextSearchId: string }> {
  const scope = `${context.partition.projectId}\n${context.partition.namespace}\n${context.clientId}`;
  const startAfter = input.searchId
    ? decodeCursor(input.cursorSecret, scope, input.searchId)
    : undefined;
  const keys: string[] = [];
  for await (const item of allItems(context, startAfter)) {
    const shared =
      item.ownerClientId !== context.clientId &&
      item.scope === AccessScope.public &&
      isLive(item, context.now);
    if (!shared) continue;
    if (keys.length === input.pageSize) {
      // One more exists: the next page starts after the last key returned.
      return { keys, nextSearchId: encodeCursor(input.cursorSecret, scope, keys.at(-1) as string) };
    }
    keys.push(item.key);
  }
  return { keys, nextSearchId: '' };
}
