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
import { InMemoryIdentityFacts, InMemoryProfileStore } from '../../support/in-memory-ports.js';

const alice = { projectId: 'p', sub: 'alice', clientId: 'web' };
const bob = { projectId: 'p', sub: 'bob', clientId: 'web' };
/** A caller the identity provider vouches nothing for, in a pool where no address signs in. */
const facts = new InMemoryIdentityFacts();

describe('upsertProfile', () => {
  it('creates, then changes only the fields sent; null clears; the audit names the changes', async () => {
    const store = new InMemoryProfileStore();
    const created = await upsertProfile(
      store,
      alice,
      { name: 'Alice', email: 'A@Example.com' },
      facts,
    );
    expect(created).toMatchObject({ created: true, record: { sub: 'alice', name: 'Alice' } });
    const updated = await upsertProfile(store, alice, { nickname: 'al', name: null }, facts);
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
    await upsertProfile(store, alice, { name: 'Alice' }, facts);
    const again = await upsertProfile(store, alice, { name: 'Alice' }, facts);
    expect(again.created).toBe(false);
    expect(store.applied).toBe(1);
  });

  it('e-mail and wallet are unique in the project (case-insensitively); the loser changes nothing', async () => {
    const store = new InMemoryProfileStore();
    await upsertProfile(store, alice, { email: 'a@example.com', wallet_address: '0xABC' }, facts);
    const taken = upsertProfile(store, bob, { name: 'Bob', email: ' A@EXAMPLE.COM ' }, facts);
    await expect(taken).rejects.toBeInstanceOf(UniqueValueTaken);
    await expect(taken).rejects.toMatchObject({ code: 'conflict', field: 'email' });
    await expect(
      upsertProfile(store, bob, { wallet_address: '0xabc' }, facts),
    ).rejects.toMatchObject({
      code: 'conflict',
      field: 'wallet_address',
    });
    await expect(getProfile(store, bob)).rejects.toMatchObject({ code: 'not_found' });
    // Another project may use the same address.
    await upsertProfile(store, { ...bob, projectId: 'q' }, { email: 'a@example.com' }, facts);
  });

  it('changing the e-mail frees the old one for someone else', async () => {
    const store = new InMemoryProfileStore();
    await upsertProfile(store, alice, { email: 'old@example.com' }, facts);
    await upsertProfile(store, alice, { email: 'new@example.com' }, facts);
    await upsertProfile(store, bob, { email: 'old@example.com' }, facts);
    expect(
      (await lookupProfile(store, 'p', { field: 'email', value: 'OLD@example.com' })).sub,
    ).toBe('bob');
  });

  it('refuses a sub that is not the caller’s', async () => {
    const store = new InMemoryProfileStore();
    await expect(
      upsertProfile(store, alice, { sub: 'bob', name: 'x' }, facts),
    ).rejects.toMatchObject({
      code: 'access_denied',
    });
    expect(store.applied).toBe(0);
  });

  it('retries a concurrent modification, and gives up with conflict after the bounded attempts', async () => {
    const store = new InMemoryProfileStore();
    store.conflicts = MAX_WRITE_ATTEMPTS - 1;
    await upsertProfile(store, alice, { name: 'eventually' }, facts);
    expect((await getProfile(store, alice)).name).toBe('eventually');
    store.conflicts = MAX_WRITE_ATTEMPTS;
    await expect(upsertProfile(store, alice, { name: 'never' }, facts)).rejects.toMatchObject({
      code: 'conflict',
    });
    expect((await getProfile(store, alice)).name).toBe('eventually');
  });
});

describe('upsertProfile: what the identity provider vouches for', () => {
  it('email_verified is true only for the caller’s own verified address, whatever the body says', async () => {
    const store = new InMemoryProfileStore();
    const verified = new InMemoryIdentityFacts({
      email: 'alice@example.com',
      emailVerified: true,
      phoneNumber: '+15550100',
      phoneNumberVerified: true,
    });
    const own = await upsertProfile(
      store,
      alice,
      { email: 'Alice@Example.com', phone_number: '+15550100' },
      verified,
    );
    expect(own.record).toMatchObject({ email_verified: true, phone_number_verified: true });
    const other = await upsertProfile(
      store,
      alice,
      { email: 'other@example.com', email_verified: true, phone_number: '+15550199' },
      verified,
    );
    expect(other.record).toMatchObject({ email_verified: false, phone_number_verified: false });
    const unverified = new InMemoryIdentityFacts({
      email: 'bob@example.com',
      emailVerified: false,
      phoneNumberVerified: false,
    });
    const claimed = await upsertProfile(
      store,
      bob,
      { email: 'bob@example.com', email_verified: true },
      unverified,
    );
    expect(claimed.record.email_verified).toBe(false);
  });

  it('refuses another account’s sign-in address (no squatting), storing nothing', async () => {
    const store = new InMemoryProfileStore();
    const squatter = new InMemoryIdentityFacts();
    squatter.accounts.set('alice@example.com', 'alice');
    await expect(
      upsertProfile(store, bob, { name: 'Bob', email: 'ALICE@example.com' }, squatter),
    ).rejects.toMatchObject({ code: 'conflict', field: 'email' });
    expect(store.applied).toBe(0);
    // The account's owner may use it.
    await upsertProfile(store, alice, { email: 'alice@example.com' }, squatter);
  });
});

describe('upsertProfile: proven owners take their values over', () => {
  const mallory = { projectId: 'p', sub: 'mallory', clientId: 'web' };
  const WALLET = `0x${'ab'.repeat(20)}`;
  /** Alice, verified for her address by the identity provider, which she signs in with. */
  const aliceFacts = () => {
    const own = new InMemoryIdentityFacts({
      email: 'alice@example.com',
      emailVerified: true,
      phoneNumberVerified: false,
    });
    own.accounts.set('alice@example.com', 'alice');
    return own;
  };

  it('the verified owner takes a squatted address: one change, the squatter cleared and audited', async () => {
    const store = new InMemoryProfileStore();
    await upsertProfile(store, mallory, { name: 'M', email: 'Alice@example.com' }, facts);
    const taken = await upsertProfile(store, alice, { email: 'alice@example.com' }, aliceFacts());
    expect(taken).toMatchObject({
      created: true,
      record: { email: 'alice@example.com', email_verified: true },
    });
    expect(store.applied).toBe(2);
    const squatter = await getProfile(store, mallory);
    expect(squatter).toMatchObject({ name: 'M', email: null, email_verified: false });
    expect(squatter.updated_at > squatter.created_at).toBe(true);
    expect(store.profiles.get('p#mallory')?.version).toBe(2);
    const [removal] = (await profileHistory(store, mallory, { limit: 1 })).entries;
    expect(removal).toMatchObject({
      action: 'update',
      sub: null,
      clientId: null,
      reason: 'taken_over_by_proven_owner',
      fields: ['email'],
      before: { email: 'Alice@example.com' },
      after: { email: null },
      at: squatter.updated_at,
    });
    expect(
      (await lookupProfile(store, 'p', { field: 'email', value: 'ALICE@example.com' })).sub,
    ).toBe('alice');
    // The squatter cannot take it back.
    await expect(
      upsertProfile(store, mallory, { email: 'alice@example.com' }, facts),
    ).rejects.toMatchObject({ code: 'conflict', field: 'email' });
  });

  it('an unverified owner, or a caller whose own address is another, still gets 409', async () => {
    const store = new InMemoryProfileStore();
    await upsertProfile(store, mallory, { email: 'alice@example.com' }, facts);
    const unverified = new InMemoryIdentityFacts({
      email: 'alice@example.com',
      emailVerified: false,
      phoneNumberVerified: false,
    });
    for (const callerFacts of [unverified, facts]) {
      await expect(
        upsertProfile(store, alice, { email: 'alice@example.com' }, callerFacts),
      ).rejects.toMatchObject({ code: 'conflict', field: 'email' });
    }
    expect(store.applied).toBe(1);
    expect((await getProfile(store, mallory)).email).toBe('alice@example.com');
  });

  it('where sign-ups are auto-confirmed, the verified flag proves nothing: 409, the holder keeps it', async () => {
    const store = new InMemoryProfileStore();
    await upsertProfile(store, mallory, { email: 'alice@example.com' }, facts);
    // Whoever registers the address first in such a project gets it marked verified at once.
    const autoConfirmed = new InMemoryIdentityFacts({
      email: 'alice@example.com',
      emailVerified: true,
      autoConfirmed: true,
      phoneNumberVerified: false,
    });
    autoConfirmed.accounts.set('alice@example.com', 'alice');
    await expect(
      upsertProfile(store, alice, { email: 'alice@example.com' }, autoConfirmed),
    ).rejects.toMatchObject({ code: 'conflict', field: 'email' });
    expect(store.applied).toBe(1);
    expect((await getProfile(store, mallory)).email).toBe('alice@example.com');
  });

  it('a verified holder yields only to the account that signs in with the address', async () => {
    const store = new InMemoryProfileStore();
    const aliceVerified = aliceFacts();
    await upsertProfile(store, alice, { email: 'alice@example.com' }, aliceVerified);
    // Bob's provider also vouches for the address (e.g. a federated account), but Alice signs in with it.
    const bobFacts = new InMemoryIdentityFacts({
      email: 'alice@example.com',
      emailVerified: true,
      phoneNumberVerified: false,
    });
    bobFacts.accounts.set('alice@example.com', 'alice');
    await expect(
      upsertProfile(store, bob, { email: 'alice@example.com' }, bobFacts),
    ).rejects.toMatchObject({ code: 'conflict', field: 'email' });
    // With no sign-in account for it, a verified holder is not displaced by another verified one either.
    const holderFacts = new InMemoryIdentityFacts({
      email: 'shared@example.com',
      emailVerified: true,
      phoneNumberVerified: false,
    });
    await upsertProfile(store, bob, { email: 'shared@example.com' }, holderFacts);
    await expect(
      upsertProfile(store, mallory, { email: 'shared@example.com' }, holderFacts),
    ).rejects.toMatchObject({ code: 'conflict', field: 'email' });
    expect((await getProfile(store, bob)).email).toBe('shared@example.com');
  });

  it('a displaced record changed since it was read: the takeover retries and still wins', async () => {
    const store = new InMemoryProfileStore();
    await upsertProfile(store, mallory, { email: 'alice@example.com' }, facts);
    const realGet = store.get.bind(store);
    let raced = false;
    // Mallory writes between Alice's read of her record and Alice's takeover.
    store.get = async (owner) => {
      const read = await realGet(owner);
      if (owner.sub === 'mallory' && !raced) {
        raced = true;
        await upsertProfile(store, mallory, { nickname: 'race' }, facts);
      }
      return read;
    };
    await upsertProfile(store, alice, { email: 'alice@example.com' }, aliceFacts());
    expect(raced).toBe(true);
    expect(await getProfile(store, mallory)).toMatchObject({ email: null, nickname: 'race' });
    expect(
      (await lookupProfile(store, 'p', { field: 'email', value: 'alice@example.com' })).sub,
    ).toBe('alice');
  });

  it('a wallet proven by signature: its prover takes it over, anyone else gets 409', async () => {
    const store = new InMemoryProfileStore();
    await upsertProfile(
      store,
      mallory,
      { wallet_address: WALLET.toUpperCase().replace('0X', '0x') },
      facts,
    );
    const registry = new InMemoryIdentityFacts();
    registry.wallets.set(WALLET, 'alice');
    // Not proven by Alice: the squatter keeps it.
    await expect(
      upsertProfile(store, alice, { wallet_address: WALLET }, facts),
    ).rejects.toMatchObject({ code: 'conflict', field: 'wallet_address' });
    const taken = await upsertProfile(store, alice, { wallet_address: WALLET }, registry);
    expect(taken.record.wallet_address).toBe(WALLET);
    expect((await getProfile(store, mallory)).wallet_address).toBeNull();
    const [removal] = (await profileHistory(store, mallory, { limit: 1 })).entries;
    expect(removal).toMatchObject({
      reason: 'taken_over_by_proven_owner',
      fields: ['wallet_address'],
      after: { wallet_address: null },
    });
    // Another account cannot store (squat) a proven wallet, even a free one.
    await upsertProfile(store, alice, { wallet_address: null }, registry);
    await expect(
      upsertProfile(store, mallory, { wallet_address: WALLET }, registry),
    ).rejects.toMatchObject({ code: 'conflict', field: 'wallet_address' });
  });

  it('e-mail and wallet taken from the same squatter in one change, one audit entry', async () => {
    const store = new InMemoryProfileStore();
    await upsertProfile(
      store,
      mallory,
      { email: 'alice@example.com', wallet_address: WALLET },
      facts,
    );
    const both = aliceFacts();
    both.wallets.set(WALLET, 'alice');
    await upsertProfile(store, alice, { email: 'alice@example.com', wallet_address: WALLET }, both);
    expect(await getProfile(store, mallory)).toMatchObject({ email: null, wallet_address: null });
    const history = (await profileHistory(store, mallory, {})).entries;
    expect(history.map((entry) => entry.fields)).toEqual([
      ['wallet_address', 'email'],
      ['wallet_address', 'email'],
    ]);
  });
});

describe('deleteProfile, existingInfo, lookupProfile, profileHistory', () => {
  it('delete removes the record, frees its unique values and is audited', async () => {
    const store = new InMemoryProfileStore();
    await upsertProfile(store, alice, { email: 'a@example.com', name: 'Alice' }, facts);
    await deleteProfile(store, alice);
    await expect(getProfile(store, alice)).rejects.toMatchObject({ code: 'not_found' });
    await expect(deleteProfile(store, alice)).rejects.toMatchObject({ code: 'not_found' });
    await upsertProfile(store, bob, { email: 'a@example.com' }, facts);
    const [latest] = (await profileHistory(store, alice, { limit: 1 })).entries;
    expect(latest).toMatchObject({ action: 'delete', after: { email: null, name: null } });
  });

  it('existingInfo: the record’s summary with the last sign-in, or not_found', async () => {
    const store = new InMemoryProfileStore();
    await expect(existingInfo(store, store, alice)).rejects.toMatchObject({ code: 'not_found' });
    await upsertProfile(store, alice, { name: 'Alice', email: 'a@example.com' }, facts);
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
    await upsertProfile(store, alice, { wallet_address: '0xAbC' }, facts);
    expect((await lookupProfile(store, 'p', { field: 'wallet_address', value: '0xabc' })).sub).toBe(
      'alice',
    );
    await expect(
      lookupProfile(store, 'q', { field: 'wallet_address', value: '0xabc' }),
    ).rejects.toMatchObject({ code: 'not_found' });
  });

  it('profileHistory pages newest first and refuses a limit out of range', async () => {
    const store = new InMemoryProfileStore();
    for (const name of ['a', 'b', 'c']) await upsertProfile(store, alice, { name }, facts);
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
