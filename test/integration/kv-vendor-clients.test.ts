/**
 * The vendor clients' EXACT request forms (HyperID JS, Python, PHP, Kotlin, Swift; read from
 * the public repositories), replayed against the handlers; every answer is checked against
 * its call's vendor result table (lambdas/http/key-value-results.ts mirrors the vendor pages)
 * and for the fields strict clients require.
 */
import { AdminUpdateUserAttributesCommand } from '@aws-sdk/client-cognito-identity-provider';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  type KvCall,
  type KvOperation,
  vendorTable,
} from '../../lambdas/http/key-value-results.js';
import { LOCAL_USER_POOL_ID } from '../../lib/local/local-backend.js';
import { routeFor } from '../../lib/routes.js';
import { type EventInput, invoke } from '../support/events.js';
import { cognitoClient, createUser, type TestUser } from '../support/users.js';
import { addWalletRequest, createWallet, walletCall } from '../support/wallets.js';

/** The route table's handler for a path (by-user-id and the linked namespaces differ). */
async function handlerFor(path: string): Promise<Parameters<typeof invoke>[0]> {
  const route = routeFor(`POST ${path}`);
  if (!route) throw new Error(`no route POST ${path}`);
  const module = (await import(`../../lambdas/handlers/${route.handler}.ts`)) as {
    handler: Parameters<typeof invoke>[0];
  };
  return module.handler;
}

type Namespace = 'user-id' | 'email' | 'wallet' | 'idp';

/** The headers the vendor clients send (JS and Python: Accept + JSON content type). */
const CLIENT_HEADERS = { accept: 'application/json', 'content-type': 'application/json' };

/** One call as a client sends it; asserts 200 and a code from the call's vendor table. */
async function call(
  namespace: Namespace | 'plain',
  operation: KvOperation,
  token: string,
  form: Pick<EventInput, 'body' | 'rawBody' | 'headers'>,
): Promise<Record<string, unknown>> {
  const path =
    namespace === 'plain' ? `/user-data/${operation}` : `/user-data/by-${namespace}/${operation}`;
  const response = await invoke(await handlerFor(path), {
    path,
    token,
    headers: CLIENT_HEADERS,
    ...form,
  });
  expect(response.status).toBe(200);
  const kvCall: KvCall = {
    operation,
    namespace: namespace === 'plain' ? 'user-id' : namespace,
    plain: namespace === 'plain',
  };
  expect(vendorTable(kvCall), `${path} answered ${response.body.result}`).toContain(
    response.body.result,
  );
  return response.body;
}

const json = (body: unknown) => ({ body });
/** JS `fetch` without `body`, Python `requests.post` without `data`, PHP: no body at all. */
const NO_BODY = {};
/** Kotlin's okhttp `FormBody.Builder().build()`: an empty form body. */
const EMPTY_FORM = {
  rawBody: '',
  headers: { ...CLIENT_HEADERS, 'content-type': 'application/x-www-form-urlencoded' },
};

const setAttributes = (user: TestUser, attributes: Record<string, string>) =>
  cognitoClient().send(
    new AdminUpdateUserAttributesCommand({
      UserPoolId: LOCAL_USER_POOL_ID,
      Username: user.email,
      UserAttributes: Object.entries(attributes).map(([Name, Value]) => ({ Name, Value })),
    }),
  );

let token: string;
let wallet: string;

beforeAll(async () => {
  const user = await createUser();
  await setAttributes(user, {
    email: user.email,
    email_verified: 'true',
    identities: JSON.stringify([{ providerName: 'Google', userId: '42' }]),
  });
  token = await user.signIn();
  const proven = createWallet();
  wallet = proven.address;
  expect(
    (await walletCall('/user-wallet/add', { token, body: addWalletRequest(proven) })).result,
  ).toBe(0);
});

describe('item 1: body-less list-get (JS, Python, PHP: no body; Kotlin: empty form body)', () => {
  it.each(['user-id', 'email'] as const)(
    'by-%s list-get in every client form',
    async (namespace) => {
      for (const form of [NO_BODY, EMPTY_FORM, json({})]) {
        expect(await call(namespace, 'list-get', token, form)).toMatchObject({
          keys_private: expect.any(Array),
          keys_public: expect.any(Array),
        });
      }
      await call(
        namespace,
        'set',
        token,
        json({ value_key: 'listed', value_data: 'x', access_scope: 1 }),
      );
      for (const form of [NO_BODY, EMPTY_FORM]) {
        expect(await call(namespace, 'list-get', token, form)).toEqual({
          result: 0,
          keys_private: [],
          keys_public: ['listed'],
        });
      }
    },
  );

  it('/user-wallets/get with no body (JS, Python)', async () => {
    const answer = await walletCall('/user-wallets/get', { token, headers: CLIENT_HEADERS });
    expect(answer).toMatchObject({
      result: 0,
      wallets_public: [expect.objectContaining({ address: wallet })],
    });
  });
});

describe('item 2: "success, not found" is 1 on get, list-get and delete', () => {
  it.each([
    ['user-id', {}],
    ['email', {}],
    ['wallet', {}],
    ['idp', { identity_provider: 'google' }],
  ] as const)('by-%s', async (namespace, selector) => {
    const fresh = await createUser();
    await setAttributes(fresh, {
      email: fresh.email,
      email_verified: 'true',
      identities: JSON.stringify([{ providerName: 'Google', userId: `g-${fresh.userId}` }]),
    });
    const freshToken = await fresh.signIn();
    if (namespace === 'wallet') {
      const proven = createWallet();
      await walletCall('/user-wallet/add', { token: freshToken, body: addWalletRequest(proven) });
    }
    expect(
      await call(namespace, 'get', freshToken, json({ ...selector, value_keys: ['none'] })),
    ).toEqual({
      result: 1,
      values: [],
    });
    expect((await call(namespace, 'list-get', freshToken, json(selector))).result).toBe(1);
    expect(
      (await call(namespace, 'delete', freshToken, json({ ...selector, value_keys: ['none'] })))
        .result,
    ).toBe(1);
  });

  it('the seed’s plain /user-data/get has no 1 in its table: 0 with empty values', async () => {
    expect(await call('plain', 'get', token, json({ value_keys: ['none'] }))).toEqual({
      result: 0,
      values: [],
    });
  });
});

describe('item 3: too many keys is the table’s "keys size limit reached"', () => {
  const keys = Array.from({ length: 101 }, (_, i) => `k${i}`);
  it.each([
    ['plain', {}, -6],
    ['user-id', {}, -6],
    ['email', {}, -6],
    ['wallet', {}, -7],
    ['idp', { identity_provider: 'google' }, -7],
  ] as const)('%s get → %i', async (namespace, selector, code) => {
    expect(await call(namespace, 'get', token, json({ ...selector, value_keys: keys }))).toEqual({
      result: code,
      values: [],
    });
  });

  it('delete has no such code: -5', async () => {
    expect(await call('user-id', 'delete', token, json({ value_keys: keys }))).toEqual({
      result: -5,
      keys_delete_results: [],
    });
  });
});

describe('item 4: only the codes of the call’s table', () => {
  it.each(['user-id', 'email', 'wallet', 'idp'] as const)(
    'by-%s: an empty key on get and delete is -5',
    async (namespace) => {
      const selector = namespace === 'idp' ? { identity_provider: 'google' } : {};
      expect(
        (await call(namespace, 'get', token, json({ ...selector, value_keys: [''] }))).result,
      ).toBe(-5);
      expect(
        (await call(namespace, 'delete', token, json({ ...selector, value_keys: [''] }))).result,
      ).toBe(-5);
    },
  );

  it('set keeps its key codes: -7 (by-user-id) and -8 (by-wallet) for an empty key', async () => {
    expect(
      (await call('user-id', 'set', token, json({ value_key: '', value_data: 'x' }))).result,
    ).toBe(-7);
    expect(
      (await call('wallet', 'set', token, json({ value_key: '', value_data: 'x' }))).result,
    ).toBe(-8);
  });
});

describe('item 5: by-idp in both request forms', () => {
  it('the array form (JS, PHP) is answered per provider, as an array', async () => {
    const set = await call(
      'idp',
      'set',
      token,
      json({
        identity_providers: ['google'],
        value_key: 'theme',
        value_data: 'dark',
        access_scope: 1,
      }),
    );
    expect(set).toMatchObject({
      result: 0,
      identity_providers: [{ identity_provider_name: 'google', result: 0 }],
    });
    const got = await call(
      'idp',
      'get',
      token,
      json({ identity_providers: ['google'], value_keys: ['theme'] }),
    );
    // What the PHP client reads: identity_providers[0].identity_provider is the values array.
    expect(got).toEqual({
      result: 0,
      values: [{ value_key: 'theme', value_data: 'dark', version: 1 }],
      identity_providers: [
        {
          identity_provider: [{ value_key: 'theme', value_data: 'dark', version: 1 }],
          identity_provider_name: 'google',
          result: 0,
        },
      ],
    });
    const keys = await call('idp', 'list-get', token, json({ identity_providers: ['google'] }));
    expect(keys).toMatchObject({
      result: 0,
      keys_public: ['theme'],
      identity_providers: [{ identity_provider: { keys_private: [], keys_public: ['theme'] } }],
    });
    const shared = await call(
      'idp',
      'shared-list-get',
      token,
      json({ identity_providers: ['google'], search_id: '', page_size: 100 }),
    );
    expect(shared).toMatchObject({ result: 1, keys_shared: [], next_search_id: '' });
    const mixed = await call(
      'idp',
      'get',
      token,
      json({ identity_providers: ['google', 'facebook'], value_keys: ['theme'] }),
    );
    expect(mixed).toMatchObject({
      result: -6,
      identity_providers: [
        { identity_provider_name: 'google', result: 0 },
        { identity_provider: [], identity_provider_name: 'facebook', result: -6 },
      ],
    });
    const deleted = await call(
      'idp',
      'delete',
      token,
      json({ identity_providers: ['google'], value_keys: ['theme'] }),
    );
    expect(deleted).toMatchObject({
      result: 0,
      identity_providers: [{ identity_provider: [{ value_key: 'theme', is_deleted: true }] }],
    });
  });

  it('the single form (docs, Python, Kotlin, Swift) is answered as before', async () => {
    await call(
      'idp',
      'set',
      token,
      json({ identity_provider: 'google', value_key: 'single', value_data: 's' }),
    );
    expect(
      await call(
        'idp',
        'get',
        token,
        json({ identity_provider: 'google', value_keys: ['single'] }),
      ),
    ).toEqual({
      result: 0,
      values: [{ value_key: 'single', value_data: 's', version: 1 }],
    });
  });

  it('both forms at once, or the array form off by-idp, is -5', async () => {
    const both = { identity_provider: 'google', identity_providers: ['google'], value_keys: ['k'] };
    expect((await call('idp', 'get', token, json(both))).result).toBe(-5);
    expect(
      (
        await call(
          'user-id',
          'get',
          token,
          json({ identity_providers: ['google'], value_keys: ['k'] }),
        )
      ).result,
    ).toBe(-5);
  });
});

describe('item 7: error answers parse in strict clients (Kotlin @Required, Swift)', () => {
  it.each([
    ['get', { value_keys: ['k'] }, { values: [] }],
    ['list-get', undefined, { keys_private: [], keys_public: [] }],
    ['shared-list-get', { search_id: '', page_size: 100 }, { keys_shared: [], next_search_id: '' }],
    ['delete', { value_keys: ['k'] }, { keys_delete_results: [] }],
    ['set', { value_key: 'k', value_data: 'v' }, {}],
  ] as const)(
    '%s with a bad token: the call’s fields, empty, and request_id',
    async (operation, body, empty) => {
      const answer = await call('user-id', operation, 'garbage', json({ ...body, request_id: 77 }));
      expect(answer).toEqual({ request_id: 77, result: -1, ...empty });
    },
  );

  it('by-wallet with no proven wallet: -6 with the fields', async () => {
    const stranger = await (await createUser()).signIn();
    expect(await call('wallet', 'list-get', stranger, NO_BODY)).toEqual({
      result: -6,
      keys_private: [],
      keys_public: [],
    });
  });
});
