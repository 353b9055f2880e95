/** Key/value rules against an in-memory KvStore: ownership, visibility, versions, expiry, paging. */
import { describe, expect, it } from 'vitest';
import {
  deleteValues,
  getValues,
  type KvContext,
  listOwnKeys,
  listSharedKeys,
  setValue,
} from '../../../lambdas/domain/key-value/kv-service.js';
import { AccessScope } from '../../../lambdas/domain/key-value/kv-store.js';
import { defaultLimits } from '../../../lambdas/limits.js';
import { InMemoryKvStore } from '../../support/in-memory-ports.js';

const NOW = 1_800_000_000;
const partition = { projectId: 'p', namespace: 'user:alice', owner: 'alice' };
const SECRET = 'cursor-secret';

function contexts(store = new InMemoryKvStore()) {
  const as = (clientId: string, now = NOW): KvContext => ({
    store,
    limits: defaultLimits,
    partition,
    clientId,
    now,
  });
  return { store, web: as('web'), mobile: as('mobile'), as };
}

describe('setValue and getValues', () => {
  it('stores a value and reads it back with its version; keys come back in the order asked', async () => {
    const { web } = contexts();
    expect(await setValue(web, { key: 'b', value: '2' })).toEqual({ version: 1 });
    expect(await setValue(web, { key: 'a', value: '1' })).toEqual({ version: 1 });
    expect(await setValue(web, { key: 'a', value: '1b' })).toEqual({ version: 2 });
    expect(await getValues(web, ['a', 'missing', 'b', 'a'])).toEqual([
      { key: 'a', value: '1b', version: 2 },
      { key: 'b', value: '2', version: 1 },
    ]);
  });

  it('another client sees public keys only, and cannot overwrite them', async () => {
    const { web, mobile } = contexts();
    await setValue(web, { key: 'shared', value: 'x' });
    await setValue(web, { key: 'secret', value: 'y', scope: AccessScope.private });
    expect(await getValues(mobile, ['shared', 'secret'])).toEqual([
      { key: 'shared', value: 'x', version: 1 },
    ]);
    await expect(setValue(mobile, { key: 'shared', value: 'mine' })).rejects.toMatchObject({
      code: 'key_access_denied',
    });
  });

  it('expected_version: 0 creates only, n writes only over version n', async () => {
    const { web } = contexts();
    await setValue(web, { key: 'k', value: '1', expectedVersion: 0 });
    await expect(setValue(web, { key: 'k', value: '2', expectedVersion: 0 })).rejects.toMatchObject(
      { code: 'version_conflict' },
    );
    await expect(setValue(web, { key: 'k', value: '2', expectedVersion: 5 })).rejects.toMatchObject(
      { code: 'version_conflict' },
    );
    expect(await setValue(web, { key: 'k', value: '2', expectedVersion: 1 })).toEqual({
      version: 2,
    });
  });

  it('an expired key is never returned, and its name is free for another client', async () => {
    const { web, as } = contexts();
    await setValue(web, { key: 'k', value: 'short', ttlSeconds: 10 });
    expect(await getValues(as('web', NOW + 9), ['k'])).toHaveLength(1);
    expect(await getValues(as('web', NOW + 10), ['k'])).toEqual([]);
    expect(await setValue(as('mobile', NOW + 10), { key: 'k', value: 'mine' })).toMatchObject({
      version: 2,
    });
  });

  it('refuses bad keys, oversized values and too many keys, storing nothing', async () => {
    const { store, web } = contexts();
    await expect(setValue(web, { key: '', value: 'x' })).rejects.toMatchObject({
      code: 'invalid_key',
    });
    await expect(setValue(web, { key: 'a\u0001b', value: 'x' })).rejects.toMatchObject({
      code: 'invalid_key',
    });
    await expect(
      setValue(web, { key: 'k'.repeat(defaultLimits.maxKeyLength + 1), value: 'x' }),
    ).rejects.toMatchObject({ code: 'invalid_key' });
    await expect(
      setValue(web, { key: 'k', value: 'é'.repeat(defaultLimits.maxValueBytes / 2 + 1) }),
    ).rejects.toMatchObject({ code: 'invalid_request', message: expect.stringContaining('bytes') });
    expect(store.partitions.get('p#user:alice')?.size ?? 0).toBe(0);
    const tooMany = Array.from({ length: defaultLimits.maxKeysPerCall + 1 }, (_, i) => `k${i}`);
    await expect(getValues(web, tooMany)).rejects.toMatchObject({ code: 'invalid_request' });
  });
});

describe('deleteValues', () => {
  it('deletes the caller’s own keys only, and says which', async () => {
    const { web, mobile } = contexts();
    await setValue(web, { key: 'mine', value: '1' });
    await setValue(mobile, { key: 'theirs', value: '2' });
    expect(await deleteValues(web, ['mine', 'theirs', 'none'])).toEqual([
      { key: 'mine', deleted: true },
      { key: 'theirs', deleted: false },
      { key: 'none', deleted: false },
    ]);
    expect(await getValues(mobile, ['theirs'])).toHaveLength(1);
  });
});

describe('quotas per namespace', () => {
  const limits = { ...defaultLimits, maxKeysPerNamespace: 2, maxBytesPerNamespace: 10 };
  const withLimits = (store: InMemoryKvStore, clientId: string, now = NOW): KvContext => ({
    store,
    limits,
    partition,
    clientId,
    now,
  });

  it('counts keys of all clients together; overwrites and deletes keep the counter right', async () => {
    const store = new InMemoryKvStore();
    const web = withLimits(store, 'web');
    await setValue(web, { key: 'a', value: '1' });
    await setValue(withLimits(store, 'mobile'), { key: 'b', value: '2' });
    expect((await store.usage(partition)).namespace).toEqual({ keys: 2, bytes: 4 });
    await expect(setValue(web, { key: 'c', value: '3' })).rejects.toMatchObject({
      code: 'invalid_request',
      message: expect.stringContaining('maxKeysPerNamespace'),
    });
    // Overwriting an existing key adds no key.
    expect(await setValue(web, { key: 'a', value: '1234' })).toEqual({ version: 2 });
    expect((await store.usage(partition)).namespace).toEqual({ keys: 2, bytes: 7 });
    await deleteValues(web, ['a']);
    expect((await store.usage(partition)).namespace).toEqual({ keys: 1, bytes: 2 });
    expect(await setValue(web, { key: 'c', value: '3' })).toEqual({ version: 1 });
  });

  it('refuses a write over the byte quota, storing nothing', async () => {
    const store = new InMemoryKvStore();
    const web = withLimits(store, 'web');
    await setValue(web, { key: 'a', value: '12345' });
    await expect(setValue(web, { key: 'b', value: '12345' })).rejects.toMatchObject({
      code: 'invalid_request',
      message: expect.stringContaining('maxBytesPerNamespace'),
    });
    expect(await getValues(web, ['b'])).toEqual([]);
  });

  it('a stale counter is recounted at the edge: expired keys no longer count', async () => {
    const store = new InMemoryKvStore();
    await setValue(withLimits(store, 'web'), { key: 'a', value: '1', ttlSeconds: 5 });
    await setValue(withLimits(store, 'web'), { key: 'b', value: '2' });
    const later = withLimits(store, 'web', NOW + 5);
    expect(await setValue(later, { key: 'c', value: '3' })).toEqual({ version: 1 });
    expect((await store.usage(partition)).namespace).toEqual({ keys: 2, bytes: 4 });
  });

  it('expired keys not yet swept cannot come back uncounted: an overwrite of one counts as a new key', async () => {
    const store = new InMemoryKvStore();
    await setValue(withLimits(store, 'web'), { key: 'a', value: '1', ttlSeconds: 5 });
    await setValue(withLimits(store, 'web'), { key: 'b', value: '2', ttlSeconds: 5 });
    // Expired, still stored (DynamoDB sweeps TTL items late); the edge recount skips them.
    const later = withLimits(store, 'web', NOW + 5);
    expect(await setValue(later, { key: 'c', value: '3' })).toEqual({ version: 1 });
    expect((await store.usage(partition)).namespace).toEqual({ keys: 1, bytes: 2 });
    // Reviving an expired key is a new key for the quota, so the third live key is refused.
    await setValue(later, { key: 'a', value: '1' });
    expect((await store.usage(partition)).namespace).toEqual({ keys: 2, bytes: 4 });
    await expect(setValue(later, { key: 'b', value: '2' })).rejects.toMatchObject({
      code: 'invalid_request',
      message: expect.stringContaining('maxKeysPerNamespace'),
    });
    expect(await getValues(later, ['a', 'b', 'c'])).toEqual([
      { key: 'a', value: '1', version: 2 },
      { key: 'c', value: '3', version: 1 },
    ]);
  });

  it('deleting an expired key frees nothing the counters still held', async () => {
    const store = new InMemoryKvStore();
    await setValue(withLimits(store, 'web'), { key: 'a', value: '1', ttlSeconds: 5 });
    await setValue(withLimits(store, 'web'), { key: 'b', value: '2' });
    const later = withLimits(store, 'web', NOW + 5);
    await setValue(later, { key: 'c', value: '3' }); // recount at the edge: b, c
    await deleteValues(later, ['a']);
    expect((await store.usage(partition)).namespace).toEqual({ keys: 2, bytes: 4 });
  });
});

describe('quotas per user, over all their namespaces', () => {
  const limits = {
    ...defaultLimits,
    maxKeysPerNamespace: 10,
    maxBytesPerNamespace: 100,
    maxKeysPerUser: 3,
    maxBytesPerUser: 12,
  };
  const inNamespace = (store: InMemoryKvStore, namespace: string, owner = 'alice'): KvContext => ({
    store,
    limits,
    partition: { projectId: 'p', namespace, owner },
    clientId: 'web',
    now: NOW,
  });

  it('counts keys of every namespace of the user together, naming maxKeysPerUser', async () => {
    const store = new InMemoryKvStore();
    const byId = inNamespace(store, 'user:alice');
    const byEmail = inNamespace(store, 'email:alice:a@example.com');
    await setValue(byId, { key: 'a', value: '1' });
    await setValue(byEmail, { key: 'b', value: '2' });
    await setValue(inNamespace(store, 'wallet:0xabc:alice'), { key: 'c', value: '3' });
    expect((await store.usage(byEmail.partition)).user).toEqual({ keys: 3, bytes: 6 });
    await expect(setValue(byEmail, { key: 'd', value: '4' })).rejects.toMatchObject({
      code: 'invalid_request',
      message: 'Quota exceeded: maxKeysPerUser (3 keys per user, all namespaces together)',
    });
    expect(await getValues(byEmail, ['d'])).toEqual([]);
    // Another user, and an overwrite, are not held back; a delete anywhere makes room.
    expect(await setValue(inNamespace(store, 'user:bob', 'bob'), { key: 'd', value: '4' })).toEqual(
      {
        version: 1,
      },
    );
    expect(await setValue(byEmail, { key: 'b', value: '22' })).toEqual({ version: 2 });
    await deleteValues(byId, ['a']);
    expect(await setValue(byEmail, { key: 'd', value: '4' })).toEqual({ version: 1 });
    expect((await store.usage(byId.partition)).user).toEqual({ keys: 3, bytes: 7 });
  });

  it('refuses a write past maxBytesPerUser, storing nothing', async () => {
    const store = new InMemoryKvStore();
    await setValue(inNamespace(store, 'user:alice'), { key: 'a', value: '12345' });
    const byIdp = inNamespace(store, 'idp:alice:google:1');
    await expect(setValue(byIdp, { key: 'b', value: '123456' })).rejects.toMatchObject({
      message: 'Quota exceeded: maxBytesPerUser (12 bytes per user, all namespaces together)',
    });
    expect(await getValues(byIdp, ['b'])).toEqual([]);
    expect(await setValue(byIdp, { key: 'b', value: '12345' })).toEqual({ version: 1 });
  });

  it('a burst of parallel sets overshoots by the sets in flight at most; after it the quota holds', async () => {
    const store = new InMemoryKvStore();
    const namespaces = ['user:alice', 'email:alice:a@example.com', 'wallet:0xabc:alice'];
    // All six read the counters before any writes (as six requests at once can).
    const burst = await Promise.all(
      Array.from({ length: 6 }, (_, index) =>
        setValue(inNamespace(store, namespaces[index % 3] ?? 'user:alice'), {
          key: `k${index}`,
          value: '1',
        }),
      ),
    );
    expect(burst).toHaveLength(6);
    expect((await store.usage(inNamespace(store, 'user:alice').partition)).user.keys).toBe(6);
    await expect(
      setValue(inNamespace(store, 'idp:alice:google:1'), { key: 'after', value: '1' }),
    ).rejects.toMatchObject({ message: expect.stringContaining('maxKeysPerUser (3 keys') });
  });

  it('at the edge the total is re-added from the namespaces’ counters, the current one recounted', async () => {
    const store = new InMemoryKvStore();
    const byId = inNamespace(store, 'user:alice');
    await setValue(byId, { key: 'gone', value: '1', ttlSeconds: 5 });
    await setValue(inNamespace(store, 'email:alice:a@example.com'), { key: 'b', value: '2' });
    // A total that drifted upwards (e.g. a recount raced a write) blocks only until the edge.
    await store.setUserUsage(byId.partition, { keys: 3, bytes: 6 });
    const later = { ...byId, now: NOW + 5 };
    expect(await setValue(later, { key: 'c', value: '3' })).toEqual({ version: 1 });
    // The expired key no longer counts; the e-mail namespace's counter stands.
    expect(await store.usage(byId.partition)).toEqual({
      namespace: { keys: 1, bytes: 2 },
      user: { keys: 2, bytes: 4 },
    });
  });
});

describe('listOwnKeys and listSharedKeys', () => {
  it('lists the caller’s live keys by scope', async () => {
    const { web, mobile } = contexts();
    await setValue(web, { key: 'pub', value: '1' });
    await setValue(web, { key: 'priv', value: '1', scope: AccessScope.private });
    await setValue(web, { key: 'gone', value: '1', ttlSeconds: 1 });
    await setValue(mobile, { key: 'other', value: '1' });
    const later = { ...web, now: NOW + 5 };
    expect(await listOwnKeys(later)).toEqual({
      private: ['priv'],
      public: ['pub'],
      complete: true,
    });
  });

  it('pages through the other clients’ public keys, one store page per call; a forged cursor is refused', async () => {
    const { web, mobile } = contexts();
    for (const key of ['a', 'b', 'c']) await setValue(mobile, { key, value: key });
    await setValue(mobile, { key: 'hidden', value: 'x', scope: AccessScope.private });
    await setValue(web, { key: 'own', value: 'x' });
    const first = await listSharedKeys(web, { pageSize: 2, cursorSecret: SECRET });
    expect(first.keys).toEqual(['a', 'b']);
    expect(first.nextSearchId).not.toBe('');
    const second = await listSharedKeys(web, {
      pageSize: 2,
      cursorSecret: SECRET,
      searchId: first.nextSearchId,
    });
    // One store page per call (bounded work): 'hidden' is read but not listed, so this page
    // holds one key, and the walk goes on until a page ends the partition.
    expect(second.keys).toEqual(['c']);
    expect(second.nextSearchId).not.toBe('');
    const third = await listSharedKeys(web, {
      pageSize: 2,
      cursorSecret: SECRET,
      searchId: second.nextSearchId,
    });
    expect(third).toEqual({ keys: [], nextSearchId: '' });
    // The cursor is bound to the caller: another client cannot replay it.
    await expect(
      listSharedKeys(mobile, { pageSize: 2, cursorSecret: SECRET, searchId: first.nextSearchId }),
    ).rejects.toMatchObject({ code: 'invalid_request' });
    await expect(
      listSharedKeys(web, { pageSize: 2, cursorSecret: 'other', searchId: first.nextSearchId }),
    ).rejects.toMatchObject({ code: 'invalid_request' });
  });
});
