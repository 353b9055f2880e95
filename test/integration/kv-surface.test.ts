/** The vendor's whole /user-data surface: namespaces, delete, lists, sharing, extensions. */
import { AdminUpdateUserAttributesCommand } from '@aws-sdk/client-cognito-identity-provider';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { handler as userinfoUpsert } from '../../lambdas/handlers/userinfo-upsert.js';
import { DEFAULT_PROJECT_ID } from '../../lib/config.js';
import { LOCAL_USER_POOL_ID, localClientId } from '../../lib/local/local-backend.js';
import { invoke } from '../support/events.js';
import { kv } from '../support/kv.js';
import { signAccessToken } from '../support/tokens.js';
import { cognitoClient, createUser, type TestUser } from '../support/users.js';
import { addWalletRequest, createWallet, walletCall } from '../support/wallets.js';

const setAttributes = (user: TestUser, attributes: Record<string, string>) =>
  cognitoClient().send(
    new AdminUpdateUserAttributesCommand({
      UserPoolId: LOCAL_USER_POOL_ID,
      Username: user.email,
      UserAttributes: Object.entries(attributes).map(([Name, Value]) => ({ Name, Value })),
    }),
  );

describe('by-user-id: delete, list-get, shared-list-get', () => {
  let user: TestUser;
  let web: string;
  let mobile: string;

  beforeAll(async () => {
    user = await createUser();
    web = await user.signIn({ clientName: 'web' });
    mobile = await user.signIn({ clientName: 'mobile' });
  });

  it('list-get splits the client’s own keys by scope; another client’s keys are not listed', async () => {
    const fresh = await createUser();
    const token = await fresh.signIn();
    expect(await kv('by-user-id', 'list-get', token)).toEqual({
      result: 1,
      keys_private: [],
      keys_public: [],
    });
    await kv('by-user-id', 'set', token, { value_key: 'draft', value_data: 'x', access_scope: 0 });
    await kv('by-user-id', 'set', token, { value_key: 'theme', value_data: 'dark' });
    await kv('by-user-id', 'set', await fresh.signIn({ clientName: 'mobile' }), {
      value_key: 'other',
      value_data: 'x',
    });
    expect(await kv('by-user-id', 'list-get', token, { request_id: 9 })).toEqual({
      request_id: 9,
      result: 0,
      keys_private: ['draft'],
      keys_public: ['theme'],
    });
  });

  it('delete removes the client’s own keys only, and says which', async () => {
    await kv('by-user-id', 'set', web, { value_key: 'mine', value_data: '1' });
    await kv('by-user-id', 'set', mobile, { value_key: 'theirs', value_data: '2' });
    const deleted = await kv('by-user-id', 'delete', web, {
      value_keys: ['mine', 'theirs', 'never'],
    });
    expect(deleted).toEqual({
      result: 0,
      keys_delete_results: [
        { value_key: 'mine', is_deleted: true },
        { value_key: 'theirs', is_deleted: false },
        { value_key: 'never', is_deleted: false },
      ],
    });
    const left = await kv('by-user-id', 'get', mobile, { value_keys: ['mine', 'theirs'] });
    expect((left.values as Array<{ value_key: string }>).map((value) => value.value_key)).toEqual([
      'theirs',
    ]);
    expect((await kv('by-user-id', 'delete', web, { value_keys: ['mine'] })).result).toBe(1);
  });

  it('shared-list-get pages through the other clients’ public keys with a signed cursor', async () => {
    const owner = await createUser();
    const writer = await owner.signIn({ clientName: 'mobile' });
    const reader = await owner.signIn({ clientName: 'web' });
    for (const key of ['a', 'b', 'c', 'd', 'e']) {
      await kv('by-user-id', 'set', writer, { value_key: key, value_data: key });
    }
    await kv('by-user-id', 'set', writer, {
      value_key: 'hidden',
      value_data: 'x',
      access_scope: 0,
    });
    await kv('by-user-id', 'set', reader, { value_key: 'own', value_data: 'x' });

    const seen: string[] = [];
    let searchId = '';
    let pages = 0;
    do {
      const page = await kv('by-user-id', 'shared-list-get', reader, {
        search_id: searchId,
        page_size: 2,
      });
      expect(page.result).toBe((page.keys_shared as string[]).length > 0 ? 0 : 1);
      expect((page.keys_shared as string[]).length).toBeLessThanOrEqual(2);
      seen.push(...(page.keys_shared as string[]));
      searchId = page.next_search_id as string;
      pages++;
    } while (searchId);
    expect(seen).toEqual(['a', 'b', 'c', 'd', 'e']);
    // One Query page of page_size items per call: 7 items in the partition (the reader's own
    // and the private key are read, not listed) take 4 calls.
    expect(pages).toBe(4);

    const first = await kv('by-user-id', 'shared-list-get', reader, { page_size: 2 });
    const cursor = first.next_search_id as string;
    const tampered = `${Buffer.from('c').toString('base64url')}${cursor.slice(cursor.indexOf('.'))}`;
    expect(
      (await kv('by-user-id', 'shared-list-get', reader, { search_id: tampered })).result,
    ).toBe(-5);
    // The same cursor is worthless to another client or user.
    expect((await kv('by-user-id', 'shared-list-get', writer, { search_id: cursor })).result).toBe(
      -5,
    );
    const stranger = await (await createUser()).signIn({ clientName: 'web' });
    expect(
      (await kv('by-user-id', 'shared-list-get', stranger, { search_id: cursor })).result,
    ).toBe(-5);
    expect(await kv('by-user-id', 'shared-list-get', stranger)).toEqual({
      result: 1,
      keys_shared: [],
      next_search_id: '',
    });
  });

  it('delete needs user-data-set; lists need user-data-get', async () => {
    const claims = {
      sub: user.userId,
      username: user.userId,
      client_id: localClientId(DEFAULT_PROJECT_ID, 'web'),
    };
    const reader = signAccessToken({ ...claims, scope: 'user-data-get' });
    expect((await kv('by-user-id', 'delete', reader, { value_keys: ['x'] })).result).toBe(-3);
    expect((await kv('by-user-id', 'list-get', reader)).result).not.toBe(-3);
    const writer = signAccessToken({ ...claims, scope: 'user-data-set' });
    expect((await kv('by-user-id', 'list-get', writer)).result).toBe(-3);
    expect((await kv('by-user-id', 'shared-list-get', writer)).result).toBe(-3);
  });

  it('-7 for invalid keys on set, -5 on get (its table has no key code), nothing written', async () => {
    for (const key of ['', 'k'.repeat(257), 'tab\there']) {
      expect((await kv('by-user-id', 'set', web, { value_key: key, value_data: 'x' })).result).toBe(
        -7,
      );
      expect((await kv('by-user-id', 'get', web, { value_keys: [key] })).result).toBe(-5);
    }
    expect((await kv('by-user-id', 'list-get', web)).keys_public).not.toContain('');
  });

  it('40 concurrent sets of distinct keys all land', async () => {
    const keys = Array.from({ length: 40 }, (_, i) => `concurrent-${i}`);
    const results = await Promise.all(
      keys.map((key) => kv('by-user-id', 'set', web, { value_key: key, value_data: key })),
    );
    expect(results.every((result) => result.result === 0)).toBe(true);
    const read = await kv('by-user-id', 'get', web, { value_keys: keys });
    expect((read.values as unknown[]).length).toBe(40);
  });
});

describe('extensions: expected_version and ttl_seconds', () => {
  it('a set with a stale expected_version is -9 and changes nothing', async () => {
    const token = await (await createUser()).signIn();
    expect(
      await kv('by-user-id', 'set', token, {
        value_key: 'v',
        value_data: 'one',
        expected_version: 0,
      }),
    ).toEqual({ result: 0, version: 1 });
    expect(
      (
        await kv('by-user-id', 'set', token, {
          value_key: 'v',
          value_data: 'two',
          expected_version: 0,
        })
      ).result,
    ).toBe(-9);
    expect(
      await kv('by-user-id', 'set', token, {
        value_key: 'v',
        value_data: 'two',
        expected_version: 1,
      }),
    ).toEqual({ result: 0, version: 2 });
    expect(
      (
        await kv('by-user-id', 'set', token, {
          value_key: 'v',
          value_data: 'three',
          expected_version: 1,
        })
      ).result,
    ).toBe(-9);
    const read = await kv('by-user-id', 'get', token, { value_keys: ['v'] });
    expect(read.values).toEqual([{ value_key: 'v', value_data: 'two', version: 2 }]);
  });

  it('an expired key is never returned, and its name is free again', async () => {
    const user = await createUser();
    const web = await user.signIn();
    const mobile = await user.signIn({ clientName: 'mobile' });
    // The handlers' clock only (Date): moved forward instead of sleeping, so load cannot flake it.
    vi.useFakeTimers({ toFake: ['Date'], now: Date.now() });
    try {
      await kv('by-user-id', 'set', web, { value_key: 'short', value_data: 'x', ttl_seconds: 1 });
      await kv('by-user-id', 'set', web, { value_key: 'long', value_data: 'y', ttl_seconds: 3600 });
      expect(
        ((await kv('by-user-id', 'get', web, { value_keys: ['short'] })).values as unknown[])
          .length,
      ).toBe(1);
      vi.setSystemTime(Date.now() + 3_000);
      const read = await kv('by-user-id', 'get', web, { value_keys: ['short', 'long'] });
      expect((read.values as Array<{ value_key: string }>).map((value) => value.value_key)).toEqual(
        ['long'],
      );
      expect((await kv('by-user-id', 'list-get', web)).keys_public).toEqual(['long']);
      expect(
        (await kv('by-user-id', 'set', mobile, { value_key: 'short', value_data: 'mine now' }))
          .result,
      ).toBe(0);
    } finally {
      vi.useRealTimers();
    }
  });
});

describe('by-email', () => {
  it('keys data on the verified e-mail, apart from the by-user-id data', async () => {
    const user = await createUser();
    await setAttributes(user, { email: user.email, email_verified: 'true' });
    const token = await user.signIn();
    await kv('by-email', 'set', token, { value_key: 'k', value_data: 'by email' });
    await kv('by-user-id', 'set', token, { value_key: 'k', value_data: 'by id' });
    expect((await kv('by-email', 'get', token, { value_keys: ['k'] })).values).toEqual([
      { value_key: 'k', value_data: 'by email', version: 1 },
    ]);
    expect((await kv('by-user-id', 'get', token, { value_keys: ['k'] })).values).toEqual([
      { value_key: 'k', value_data: 'by id', version: 1 },
    ]);
    expect((await kv('by-email', 'list-get', token)).keys_public).toEqual(['k']);
  });

  it('-3 when the e-mail is not verified', async () => {
    const token = await (await createUser()).signIn();
    expect(
      await kv('by-email', 'set', token, { request_id: 5, value_key: 'k', value_data: 'x' }),
    ).toEqual({ request_id: 5, result: -3 });
  });
});

describe('by-idp', () => {
  it('keys data on the identity at the provider; -6 for a provider the user has none at; -5 without one', async () => {
    const user = await createUser();
    await setAttributes(user, {
      identities: JSON.stringify([{ providerName: 'Google', userId: '1234567890' }]),
    });
    const token = await user.signIn();
    expect(
      (
        await kv('by-idp', 'set', token, {
          identity_provider: 'Google',
          value_key: 'k',
          value_data: 'g',
        })
      ).result,
    ).toBe(0);
    expect(
      (await kv('by-idp', 'get', token, { identity_provider: 'google', value_keys: ['k'] })).values,
    ).toEqual([{ value_key: 'k', value_data: 'g', version: 1 }]);
    expect(
      (await kv('by-idp', 'get', token, { identity_provider: 'Facebook', value_keys: ['k'] }))
        .result,
    ).toBe(-6);
    expect((await kv('by-idp', 'get', token, { value_keys: ['k'] })).result).toBe(-5);
  });
});

describe('by-wallet', () => {
  it('keys data on the caller’s proven wallets: the first added by default, wallet_address selects', async () => {
    const user = await createUser();
    const token = await user.signIn();
    const first = createWallet();
    const second = createWallet();
    for (const wallet of [first, second]) {
      expect(
        (await walletCall('/user-wallet/add', { token, body: addWalletRequest(wallet) })).result,
      ).toBe(0);
    }
    expect((await kv('by-wallet', 'set', token, { value_key: 'k', value_data: 'w1' })).result).toBe(
      0,
    );
    expect(
      (
        await kv('by-wallet', 'set', token, {
          wallet_address: second.address,
          value_key: 'k',
          value_data: 'w2',
        })
      ).result,
    ).toBe(0);
    const read = async (wallet_address?: string) =>
      (await kv('by-wallet', 'get', token, { wallet_address, value_keys: ['k'] })).values;
    expect(await read()).toEqual([{ value_key: 'k', value_data: 'w1', version: 1 }]);
    expect(await read(first.address.toUpperCase().replace('0X', '0x'))).toEqual([
      { value_key: 'k', value_data: 'w1', version: 1 },
    ]);
    expect(await read(second.address)).toEqual([{ value_key: 'k', value_data: 'w2', version: 1 }]);
    expect((await kv('by-user-id', 'get', token, { value_keys: ['k'] })).values).toEqual([]);
    expect(
      (
        await kv('by-wallet', 'get', token, {
          wallet_address: createWallet().address,
          value_keys: ['k'],
        })
      ).result,
    ).toBe(-6);
    // The vendor shifts the key codes by one on by-wallet (and by-idp): -7 access, -8 invalid key.
    expect((await kv('by-wallet', 'set', token, { value_key: '', value_data: 'x' })).result).toBe(
      -8,
    );
    const mobile = await user.signIn({ clientName: 'mobile' });
    expect((await kv('by-wallet', 'set', mobile, { value_key: 'k', value_data: 'm' })).result).toBe(
      -7,
    );
  });

  it('/userinfo’s wallet_address is a profile field only: it opens no namespace', async () => {
    const token = await (await createUser()).signIn();
    const wallet = createWallet();
    const saved = await invoke(userinfoUpsert, {
      path: '/userinfo',
      token,
      body: { wallet_address: wallet.address },
    });
    expect(saved.status).toBe(201);
    expect((await kv('by-wallet', 'set', token, { value_key: 'k', value_data: 'x' })).result).toBe(
      -6,
    );
    expect(
      (await kv('by-wallet', 'get', token, { wallet_address: wallet.address, value_keys: ['k'] }))
        .result,
    ).toBe(-6);
  });

  it('another account naming someone’s proven wallet gets -6 and reads nothing', async () => {
    const owner = await (await createUser()).signIn();
    const wallet = createWallet();
    expect(
      (await walletCall('/user-wallet/add', { token: owner, body: addWalletRequest(wallet) }))
        .result,
    ).toBe(0);
    await kv('by-wallet', 'set', owner, { value_key: 'secret', value_data: 's' });
    const other = await (await createUser()).signIn();
    expect(
      await kv('by-wallet', 'get', other, {
        wallet_address: wallet.address,
        value_keys: ['secret'],
      }),
    ).toMatchObject({ result: -6 });
  });

  it('-6 when the user has no wallet', async () => {
    const token = await (await createUser()).signIn();
    expect((await kv('by-wallet', 'get', token, { value_keys: ['k'] })).result).toBe(-6);
    expect(
      (
        await kv('by-wallet', 'set', token, {
          wallet_address: '0xabc',
          value_key: 'k',
          value_data: 'x',
        })
      ).result,
    ).toBe(-6);
  });
});
