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
const partition = { projectId: 'p', namespace: 'user:alice' };
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

describe('listOwnKeys and listSharedKeys', () => {
  it('lists the caller’s live keys by scope', async () => {
    const { web, mobile } = contexts();
    await setValue(web, { key: 'pub', value: '1' });
    await setValue(web, { key: 'priv', value: '1', scope: AccessScope.private });
    await setValue(web, { key: 'gone', value: '1', ttlSeconds: 1 });
    await setValue(mobile, { key: 'other', value: '1' });
    const later = { ...web, now: NOW + 5 };
    expect(await listOwnKeys(later)).toEqual({ private: ['priv'], public: ['pub'] });
  });

  it('pages through the other clients’ public keys; a forged cursor is refused', async () => {
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
    expect(second).toEqual({ keys: ['c'], nextSearchId: '' });
    // The cursor is bound to the caller: another client cannot replay it.
    await expect(
      listSharedKeys(mobile, { pageSize: 2, cursorSecret: SECRET, searchId: first.nextSearchId }),
    ).rejects.toMatchObject({ code: 'invalid_request' });
    await expect(
      listSharedKeys(web, { pageSize: 2, cursorSecret: 'other', searchId: first.nextSearchId }),
    ).rejects.toMatchObject({ code: 'invalid_request' });
  });
});
