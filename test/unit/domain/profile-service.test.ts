/** Profile rules against an in-memory ProfileStore: upsert, unique values, delete, retries, history. */
import { describe, expect, it } from 'vitest';
import {
  deleteProfile,
  existingInfo,
  getProfile,
  lookupProfile,
  MAX_WRITE_ATTEMPTS,
  profileHistory,
  upsertProfile,
} from '../../../lambdas/domain/profile/profile-service.js';
import { UniqueValueTaken } from '../../../lambdas/domain/profile/profile-store.js';
import { InMemoryProfileStore } from '../../support/in-memory-ports.js';

const alice = { projectId: 'p', sub: 'alice', clientId: 'web' };
const bob = { projectId: 'p', sub: 'bob', clientId: 'web' };

describe('upsertProfile', () => {
  it('creates, then changes only the fields sent; null clears; the audit names the changes', async () => {
    const store = new InMemoryProfileStore();
    const created = await upsertProfile(store, alice, { name: 'Alice', email: 'A@Example.com' });
    expect(created).toMatchObject({ created: true, record: { sub: 'alice', name: 'Alice' } });
    const updated = await upsertProfile(store, alice, { nickname: 'al', name: null });
    expect(updated.created).toBe(false);
    expect(updated.record).toMatchObject({ name: null, nickname: 'al', email: 'A@Example.com' });
    expect(await getProfile(store, alice)).toEqual(updated.record);
    const history = await profileHistory(store, alice, {});
    expect(history.entries.map((entry) => [entry.action, entry.fields])).toEqual([
      ['update', ['name', 'nickname']],
      ['create', ['email', 'name']],
    ]);
    expect(history.entries[0]).toMatchObject({
      before: { name: 'Alice', nickname: null },
      after: { name: null, nickname: 'al' },
    });
  });

  it('a write that changes nothing stores nothing', async () => {
    const store = new InMemoryProfileStore();
    await upsertProfile(store, alice, { name: 'Alice' });
    const again = await upsertProfile(store, alice, { name: 'Alice' });
    expect(again.created).toBe(false);
    expect(store.applied).toBe(1);
  });

  it('e-mail and wallet are unique in the project (case-insensitively); the loser changes nothing', async () => {
    const store = new InMemoryProfileStore();
    await upsertProfile(store, alice, { email: 'a@example.com', wallet_address: '0xABC' });
    const taken = upsertProfile(store, bob, { name: 'Bob', email: ' A@EXAMPLE.COM ' });
    await expect(taken).rejects.toBeInstanceOf(UniqueValueTaken);
    await expect(taken).rejects.toMatchObject({ code: 'conflict', field: 'email' });
    await expect(upsertProfile(store, bob, { wallet_address: '0xabc' })).rejects.toMatchObject({
      code: 'conflict',
      field: 'wallet_address',
    });
    await expect(getProfile(store, bob)).rejects.toMatchObject({ code: 'not_found' });
    // Another project may use the same address.
    await upsertProfile(store, { ...bob, projectId: 'q' }, { email: 'a@example.com' });
  });

  it('changing the e-mail frees the old one for someone else', async () => {
    const store = new InMemoryProfileStore();
    await upsertProfile(store, alice, { email: 'old@example.com' });
    await upsertProfile(store, alice, { email: 'new@example.com' });
    await upsertProfile(store, bob, { email: 'old@example.com' });
    expect(
      (await lookupProfile(store, 'p', { field: 'email', value: 'OLD@example.com' })).sub,
    ).toBe('bob');
  });

  it('refuses a sub that is not the caller’s', async () => {
    const store = new InMemoryProfileStore();
    await expect(upsertProfile(store, alice, { sub: 'bob', name: 'x' })).rejects.toMatchObject({
      code: 'access_denied',
    });
    expect(store.applied).toBe(0);
  });

  it('retries a concurrent modification, and gives up with conflict after the bounded attempts', async () => {
    const store = new InMemoryProfileStore();
    store.conflicts = MAX_WRITE_ATTEMPTS - 1;
    await upsertProfile(store, alice, { name: 'eventually' });
    expect((await getProfile(store, alice)).name).toBe('eventually');
    store.conflicts = MAX_WRITE_ATTEMPTS;
    await expect(upsertProfile(store, alice, { name: 'never' })).rejects.toMatchObject({
      code: 'conflict',
    });
    expect((await getProfile(store, alice)).name).toBe('eventually');
  });
});

describe('deleteProfile, existingInfo, lookupProfile, profileHistory', () => {
  it('delete removes the record, frees its unique values and is audited', async () => {
    const store = new InMemoryProfileStore();
    await upsertProfile(store, alice, { email: 'a@example.com', name: 'Alice' });
    await deleteProfile(store, alice);
    await expect(getProfile(store, alice)).rejects.toMatchObject({ code: 'not_found' });
    await expect(deleteProfile(store, alice)).rejects.toMatchObject({ code: 'not_found' });
    await upsertProfile(store, bob, { email: 'a@example.com' });
    const [latest] = (await profileHistory(store, alice, { limit: 1 })).entries;
    expect(latest).toMatchObject({ action: 'delete', after: { email: null, name: null } });
  });

  it('existingInfo: the record’s summary with the last sign-in, or not_found', async () => {
    const store = new InMemoryProfileStore();
    await expect(existingInfo(store, store, alice)).rejects.toMatchObject({ code: 'not_found' });
    await upsertProfile(store, alice, { name: 'Alice', email: 'a@example.com' });
    expect(await existingInfo(store, store, alice)).toEqual({
      user_id: 'alice',
      name: 'Alice',
      email: 'a@example.com',
      status: 'active',
      last_login: null,
    });
    store.logins.set('p#alice', 1_700_000_000);
    expect((await existingInfo(store, store, alice)).last_login).toBe('2023-11-14T22:13:20Z');
  });

  it('lookupProfile finds by a unique value within the project only', async () => {
    const store = new InMemoryProfileStore();
    await upsertProfile(store, alice, { wallet_address: '0xAbC' });
    expect((await lookupProfile(store, 'p', { field: 'wallet_address', value: '0xabc' })).sub).toBe(
      'alice',
    );
    await expect(
      lookupProfile(store, 'q', { field: 'wallet_address', value: '0xabc' }),
    ).rejects.toMatchObject({ code: 'not_found' });
  });

  it('profileHistory pages newest first and refuses a limit out of range', async () => {
    const store = new InMemoryProfileStore();
    for (const name of ['a', 'b', 'c']) await upsertProfile(store, alice, { name });
    const first = await profileHistory(store, alice, { limit: 2 });
    expect(first.entries.map((entry) => entry.after.name)).toEqual(['c', 'b']);
    const second = await profileHistory(store, alice, { limit: 2, cursor: first.cursor });
    expect(second.entries.map((entry) => entry.after.name)).toEqual(['a']);
    expect(second.cursor).toBeUndefined();
    for (const limit of [0, 101, 1.5]) {
      await expect(profileHistory(store, alice, { limit })).rejects.toMatchObject({
        code: 'invalid_request',
      });
    }
  });
});
