/** Key/value rules: limits, ownership, visibility, expiry and paging. Free of AWS types. */
import { AppError } from '../../errors.js';
import type { Limits } from '../../limits.js';
import {
  AccessScope,
  type KvItem,
  type KvPartition,
  type KvStore,
  type KvUsage,
  type KvUsages,
  type MarkRead,
  pairBytes,
  type Replaced,
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
  /**
   * When set, the caller's revocation mark is read along with the data: the values of a get,
   * the usage counter of a set (settled before the write).
   */
  readonly revocation?: MarkRead;
}

/** Characters as documented: Unicode code points, not UTF-16 units. */
const characters = (value: string) => [...value].length;

/** In a `u` regex a surrogate matches only when it is not half of a pair. */
const LONE_SURROGATE = /[\uD800-\uDFFF]/u;

/**
 * Keys that cannot be stored: empty, too long, with control characters, or not well-formed
 * UTF-16 (lone surrogates would all collide once encoded as UTF-8 by DynamoDB).
 */
function assertKey(key: string, limits: Limits): void {
  if (
    key.length === 0 ||
    characters(key) > limits.maxKeyLength ||
    // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what is refused
    /[\u0000-\u001f\u007f]/.test(key) ||
    LONE_SURROGATE.test(key)
  ) {
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

const isLive = (item: { readonly expiresAt?: number }, now: number) =>
  item.expiresAt === undefined || item.expiresAt > now;

/**
 * What an overwritten or deleted item took from the usage counters. One rule everywhere —
 * here, at the quota's edge and in the recount: an expired item counts as absent, even while
 * DynamoDB has not yet swept it (otherwise a recount that skips it, then an overwrite that
 * "replaces" it, would let expired keys come back to life uncounted).
 */
const countedUsage = (item: Replaced | undefined, now: number): KvUsage =>
  item && isLive(item, now) ? { keys: 1, bytes: item.bytes } : { keys: 0, bytes: 0 };

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
  if (LONE_SURROGATE.test(input.value)) {
    throw new AppError('invalid_request', 'value_data is not well-formed Unicode');
  }
  await assertWithinQuota(context, input.key, pairBytes(input.key, input.value));
  await context.revocation?.settle();
  const outcome = await context.store.put(context.partition, {
    key: input.key,
    value: input.value,
    ownerClientId: context.clientId,
    scope: input.scope ?? AccessScope.public,
    expiresAt: input.ttlSeconds === undefined ? undefined : context.now + input.ttlSeconds,
    expectedVersion: input.expectedVersion,
    now: context.now,
  });
  if (outcome.written) {
    const replaced = countedUsage(outcome.replaced, context.now);
    const delta = {
      keys: 1 - replaced.keys,
      bytes: pairBytes(input.key, input.value) - replaced.bytes,
    };
    // An overwrite of the same size changes no usage: no counter write (a set is then 2 requests).
    if (delta.keys !== 0 || delta.bytes !== 0) {
      await context.store.adjustUsage(context.partition, delta);
    }
    return { version: outcome.version };
  }
  throw outcome.reason === 'owned_by_other_client'
    ? new AppError('key_access_denied', 'The key belongs to another app client')
    : new AppError('version_conflict', 'The key’s version is not expected_version');
}

type QuotaName =
  | 'maxKeysPerNamespace'
  | 'maxBytesPerNamespace'
  | 'maxKeysPerUser'
  | 'maxBytesPerUser';

/** Refused for a quota; the message names the limit (a configuration key) and its value. */
function quotaExceeded(limit: QuotaName, value: number) {
  const unit = limit.startsWith('maxBytes') ? 'bytes' : 'keys';
  const per = limit.endsWith('PerUser') ? 'user, all namespaces together' : 'namespace';
  return new AppError('invalid_request', `Quota exceeded: ${limit} (${value} ${unit} per ${per})`);
}

/** The first quota `usages` break, if any. */
function brokenQuota(usages: KvUsages, limits: Limits): QuotaName | undefined {
  if (usages.namespace.keys > limits.maxKeysPerNamespace) return 'maxKeysPerNamespace';
  if (usages.namespace.bytes > limits.maxBytesPerNamespace) return 'maxBytesPerNamespace';
  if (usages.user.keys > limits.maxKeysPerUser) return 'maxKeysPerUser';
  if (usages.user.bytes > limits.maxBytesPerUser) return 'maxBytesPerUser';
  return undefined;
}

const plus = (usage: KvUsage, delta: KvUsage): KvUsage => ({
  keys: usage.keys + delta.keys,
  bytes: usage.bytes + delta.bytes,
});

/**
 * Quotas per namespace and per user (keys, bytes). The two usage counters answer the common
 * case in one read; only near an edge is the key itself read (a new key, or an overwrite?)
 * and, if still over, the namespace recounted and the user's total re-added from their
 * namespaces' counters (expired keys and concurrent writes make the counters hints).
 */
async function assertWithinQuota(context: KvContext, key: string, bytes: number): Promise<void> {
  const { store, partition, limits } = context;
  const usages = await store.usage(partition, context.revocation);
  const newKey = { keys: 1, bytes };
  const optimistic = { namespace: plus(usages.namespace, newKey), user: plus(usages.user, newKey) };
  if (!brokenQuota(optimistic, limits)) return;
  const [existing] = await store.getMany(partition, [key]);
  const replacing = countedUsage(
    existing && { bytes: pairBytes(existing.key, existing.value), expiresAt: existing.expiresAt },
    context.now,
  );
  const delta = { keys: 1 - replacing.keys, bytes: bytes - replacing.bytes };
  const after = (counted: KvUsages) => ({
    namespace: plus(counted.namespace, delta),
    user: plus(counted.user, delta),
  });
  if (!brokenQuota(after(usages), limits)) return;
  const broken = brokenQuota(after(await recount(context)), limits);
  if (broken) throw quotaExceeded(broken, limits[broken]);
}

/**
 * Counts the namespace's live keys and bytes, page by page, and stores the count; then the
 * user's total as the sum of their namespaces' counters (this one's just counted), stored too.
 * The other namespaces are not re-read: their counters stand (expired keys in them count until
 * their own recount).
 */
async function recount(context: KvContext): Promise<KvUsages> {
  const { store, partition } = context;
  const namespace = { keys: 0, bytes: 0 };
  let cursor: string | undefined;
  do {
    const page = await store.page(partition, { startAfter: cursor, limit: 1000 });
    for (const item of page.items) {
      if (!isLive(item, context.now)) continue;
      namespace.keys += 1;
      namespace.bytes += pairBytes(item.key, item.value);
    }
    cursor = page.lastKey;
  } while (cursor !== undefined);
  await store.setUsage(partition, namespace);
  // The counters just stored included (the read is consistent).
  let user: KvUsage = { keys: 0, bytes: 0 };
  for (const usage of (await store.namespaceUsages(partition)).values()) user = plus(user, usage);
  await store.setUserUsage(partition, user);
  return { namespace, user };
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
    unique.map(async (key) => {
      const removed = await context.store.deleteOwned(context.partition, key, context.clientId);
      const freed = countedUsage(removed, context.now);
      if (freed.keys > 0) {
        await context.store.adjustUsage(context.partition, {
          keys: -freed.keys,
          bytes: -freed.bytes,
        });
      }
      return { key, deleted: removed !== undefined };
    }),
  );
}

/**
 * The caller's own client's keys, split by access scope: one Query page (`Limit` = the keys
 * quota, so a namespace within its quota fits, unless DynamoDB's 1 MB page cut comes first:
 * then `complete` is false and the lists hold what that one page read).
 */
export async function listOwnKeys(
  context: KvContext,
): Promise<{ private: string[]; public: string[]; complete: boolean }> {
  const keys = { private: [] as string[], public: [] as string[] };
  const page = await context.store.page(context.partition, {
    limit: context.limits.maxKeysPerNamespace,
  });
  for (const item of page.items) {
    if (item.ownerClientId !== context.clientId || !isLive(item, context.now)) continue;
    (item.scope === AccessScope.public ? keys.public : keys.private).push(item.key);
  }
  return { ...keys, complete: page.lastKey === undefined };
}

/**
 * Public keys of the project's other app clients for this namespace: one Query page of
 * `pageSize` items per call, never more. A page may hold fewer keys than `pageSize` (the
 * caller's own and private keys are read but not listed); an empty `nextSearchId` is the end.
 */
export async function listSharedKeys(
  context: KvContext,
  input: { searchId?: string; pageSize: number; cursorSecret: string },
): Promise<{ keys: string[]; nextSearchId: string }> {
  const scope = `${context.partition.projectId}\n${context.partition.namespace}\n${context.clientId}`;
  const startAfter = input.searchId
    ? decodeCursor(input.cursorSecret, scope, input.searchId)
    : undefined;
  const page = await context.store.page(context.partition, { startAfter, limit: input.pageSize });
  const keys = page.items
    .filter(
      (item) =>
        item.ownerClientId !== context.clientId &&
        item.scope === AccessScope.public &&
        isLive(item, context.now),
    )
    .map((item) => item.key);
  return {
    keys,
    nextSearchId:
      page.lastKey === undefined ? '' : encodeCursor(input.cursorSecret, scope, page.lastKey),
  };
}
