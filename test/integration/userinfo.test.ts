/**
 * The user profile resource API (seed 003): /userinfo, /user_existing_info, uniqueness of
 * email and wallet_address, audit history and the backend lookup, against DynamoDB Local and
 * the Cognito emulator.
 */
import { describe, expect, it } from 'vitest';
import { handler as login } from '../../lambdas/handlers/account-login.js';
import { handler as existingInfo } from '../../lambdas/handlers/user-existing-info.js';
import { handler as deleteUserinfo } from '../../lambdas/handlers/userinfo-delete.js';
import { handler as getUserinfo } from '../../lambdas/handlers/userinfo-get.js';
import { handler as history } from '../../lambdas/handlers/userinfo-history.js';
import { handler as lookup } from '../../lambdas/handlers/userinfo-lookup.js';
import { handler as upsert } from '../../lambdas/handlers/userinfo-upsert.js';
import { DEFAULT_PROJECT_ID } from '../../lib/config.js';
import { localClientId } from '../../lib/local/local-backend.js';
import { invoke } from '../support/events.js';
import { refusal } from '../support/refusals.js';
import { OTHER_PROJECT_ID } from '../support/test-config.js';
import { signAccessToken } from '../support/tokens.js';
import { createUser, PASSWORD, type TestUser, uniqueEmail } from '../support/users.js';

const post = (token: string, body: unknown) =>
  invoke(upsert, { method: 'POST', path: '/userinfo', token, body });
const get = (token: string) => invoke(getUserinfo, { method: 'GET', path: '/userinfo', token });
const remove = (token: string) =>
  invoke(deleteUserinfo, { method: 'DELETE', path: '/userinfo', token });
const existing = (token: string) =>
  invoke(existingInfo, { method: 'GET', path: '/user_existing_info', token });
const historyOf = (token: string, query?: Record<string, string>) =>
  invoke(history, { method: 'GET', path: '/userinfo/history', token, query });
const find = (token: string, query: Record<string, string>) =>
  invoke(lookup, { method: 'GET', path: '/userinfo/lookup', token, query });

const MICROS = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{6}Z$/;
const uniqueWallet = () =>
  `0x${Array.from({ length: 40 }, () => Math.floor(Math.random() * 16).toString(16)).join('')}`;

async function signedIn(label?: string): Promise<{ user: TestUser; token: string }> {
  const user = await createUser(label);
  return { user, token: await user.signIn() };
}

/** A backend token of the default project carrying the lookup scope (client credentials). */
const backendToken = (projectId = DEFAULT_PROJECT_ID, scope = 'userdata/userinfo-lookup') =>
  signAccessToken({
    sub: 'backend-service',
    client_id: localClientId(projectId, 'web'),
    scope,
  });

describe('POST /userinfo and GET /userinfo (seed 003)', () => {
  it('stores the seed example and returns the full record; GET returns the same', async () => {
    const { user, token } = await signedIn('jane');
    const email = uniqueEmail('johndoe');
    const created = await post(token, {
      sub: user.userId,
      name: 'John Doe',
      email,
      phone_number: '+1-555-555-5555',
      address: { street: '123 Main St', city: 'New York', postal_code: '10001' },
    });
    expect(created.status).toBe(201);
    expect(created.body).toEqual({
      sub: user.userId,
      wallet_address: null,
      email,
      email_verified: false,
      name: 'John Doe',
      first_name: null,
      last_name: null,
      middle_name: null,
      nickname: null,
      username: null,
      first_name_katakana: null,
      last_name_katakana: null,
      middle_name_katakana: null,
      phone_number: '+1-555-555-5555',
      phone_number_verified: false,
      profile: null,
      picture: null,
      website: null,
      gender: null,
      birthdate: null,
      address: { street: '123 Main St', city: 'New York', postal_code: '10001' },
      identities: null,
      privacy_policy_agreement_date: null,
      privacy_policy_agreement: false,
      created_at: expect.stringMatching(MICROS),
      updated_at: created.body.created_at,
    });
    expect(Object.keys(created.body)[0]).toBe('sub');

    const read = await get(token);
    expect(read).toMatchObject({ status: 200, body: created.body });
  });

  it('404 before any record exists, on GET /userinfo and GET /user_existing_info', async () => {
    const { token } = await signedIn();
    expect(await get(token)).toMatchObject({
      status: 404,
      body: { error: 'not_found', error_description: expect.any(String) },
    });
    expect(await existing(token)).toMatchObject(refusal(404, 'not_found'));
  });

  it('updates only the fields sent; null clears; created_at stays, updated_at moves on', async () => {
    const { token } = await signedIn();
    const first = await post(token, {
      name: 'Jane Josephine Doe',
      nickname: 'JJ',
      gender: 'female',
      email_verified: true,
      first_name_katakana: 'ジェーン',
      identities: [{ provider: 'google', user_id: '123' }],
      privacy_policy_agreement: true,
      privacy_policy_agreement_date: '2024-05-01T09:30:00Z',
      birthdate: '1972-03-31',
    });
    expect(first.status).toBe(201);
    const second = await post(token, { nickname: null, username: 'janedoe' });
    expect(second.status).toBe(200);
    expect(second.body).toMatchObject({
      name: 'Jane Josephine Doe',
      nickname: null,
      username: 'janedoe',
      gender: 'female',
      // The body's email_verified is ignored: the identity provider's word only (no e-mail here).
      email_verified: false,
      first_name_katakana: 'ジェーン',
      identities: [{ provider: 'google', user_id: '123' }],
      privacy_policy_agreement: true,
      privacy_policy_agreement_date: '2024-05-01T09:30:00Z',
      birthdate: '1972-03-31',
      created_at: first.body.created_at,
    });
    expect(second.body.updated_at).toMatch(MICROS);
    expect(String(second.body.updated_at) > String(first.body.updated_at)).toBe(true);
  });

  it('a write that changes nothing keeps updated_at and adds no history entry', async () => {
    const { token } = await signedIn();
    const first = await post(token, { name: 'Same', address: { city: 'Paris', country: 'FR' } });
    const again = await post(token, { name: 'Same', address: { country: 'FR', city: 'Paris' } });
    expect(again).toMatchObject({ status: 200, body: { updated_at: first.body.updated_at } });
    expect((await historyOf(token)).body.history).toHaveLength(1);
  });

  it('stores what the user sent (e-mail case and spaces included)', async () => {
    const { token } = await signedIn();
    const email = ` ${uniqueEmail('Mixed').toUpperCase()}`;
    expect((await post(token, { email })).body.email).toBe(email);
  });

  describe('field contract (the seed’s users table)', () => {
    const lengths: Array<[string, number, (n: number) => string]> = [
      ['wallet_address', 255, (n) => 'w'.repeat(n)],
      ['email', 255, (n) => `${'e'.repeat(n - 12)}@example.com`],
      ['name', 50, (n) => 'n'.repeat(n)],
      ['first_name', 50, (n) => 'f'.repeat(n)],
      ['last_name', 50, (n) => 'l'.repeat(n)],
      ['middle_name', 50, (n) => 'm'.repeat(n)],
      ['nickname', 50, (n) => 'k'.repeat(n)],
      ['username', 50, (n) => 'u'.repeat(n)],
      ['first_name_katakana', 50, (n) => 'カ'.repeat(n)],
      ['last_name_katakana', 50, (n) => 'ナ'.repeat(n)],
      ['middle_name_katakana', 50, (n) => 'ｶ'.repeat(n)],
      ['phone_number', 31, (n) => '1'.repeat(n)],
      ['profile', 255, (n) => `https://e.com/${'p'.repeat(n - 14)}`],
      ['picture', 255, (n) => 'p'.repeat(n)],
      ['website', 255, (n) => 'w'.repeat(n)],
      ['birthdate', 255, (n) => 'b'.repeat(n)],
    ];

    it.each(lengths)(
      '%s: %i characters are stored, one more is a 400 naming it',
      async (field, max, make) => {
        const { token } = await signedIn();
        const atMax = make(max);
        expect((await post(token, { [field]: atMax })).body[field]).toBe(atMax);
        const over = await post(token, { [field]: make(max + 1) });
        expect(over).toMatchObject(refusal(400, 'invalid_request'));
        expect(over.body).toMatchObject({ error: 'invalid_request' });
        expect(over.body.error_description).toContain(field);
        expect(over.body.error_description).toContain(String(max));
        expect((await get(token)).body[field]).toBe(atMax);
      },
    );

    it('counts characters as MySQL does (code points), not UTF-16 units', async () => {
      const { token } = await signedIn();
      const fifty = '😀'.repeat(50);
      expect((await post(token, { name: fifty })).status).toBe(201);
      expect(await post(token, { name: `${fifty}😀` })).toMatchObject(
        refusal(400, 'invalid_request'),
      );
    });

    it.each([
      ['gender outside the enum', { gender: 'other' }, 'gender'],
      ['a null boolean (NOT NULL)', { email_verified: null }, 'email_verified'],
      ['a boolean as a string', { phone_number_verified: 'true' }, 'phone_number_verified'],
      ['a katakana field in latin letters', { last_name_katakana: 'Doe' }, 'last_name_katakana'],
      ['a malformed e-mail', { email: 'not-an-email' }, 'email'],
      ['an empty wallet address', { wallet_address: '  ' }, 'wallet_address'],
      ['an address that is an array', { address: ['123 Main St'] }, 'address'],
      ['identities as a string', { identities: 'google' }, 'identities'],
      [
        'an impossible agreement date',
        { privacy_policy_agreement_date: '2024-02-30' },
        'privacy_policy_agreement_date',
      ],
      ['a name that is a number', { name: 5 }, 'name'],
      ['created_at (set by the server)', { created_at: '2020-01-01T00:00:00Z' }, 'created_at'],
      ['an oversized address', { address: { street: 'x'.repeat(17 * 1024) } }, 'address'],
    ])('400 for %s, naming the field; nothing is stored', async (_label, body, field) => {
      const { token } = await signedIn();
      const refused = await post(token, body);
      expect(refused).toMatchObject(refusal(400, 'invalid_request'));
      expect(refused.body.error).toBe('invalid_request');
      expect(refused.body.error_description).toContain(field);
      expect(await get(token)).toMatchObject(refusal(404, 'not_found'));
    });

    it('accepts every gender of the enum, and clears it with null', async () => {
      const { token } = await signedIn();
      for (const gender of ['male', 'female', 'genderless', null]) {
        expect((await post(token, { gender })).body.gender).toBe(gender);
      }
    });

    it('refuses unknown fields with a 400 naming each of them', async () => {
      const { token } = await signedIn();
      const refused = await post(token, { name: 'ok', favourite_color: 'red', shoe_size: 42 });
      expect(refused).toMatchObject(refusal(400, 'invalid_request'));
      expect(refused.body.error_description).toContain('favourite_color');
      expect(refused.body.error_description).toContain('shoe_size');
      expect(await get(token)).toMatchObject(refusal(404, 'not_found'));
    });

    it.each([
      ['malformed JSON', '{"name": '],
      ['a JSON array', '[]'],
      ['nesting deeper than 32', `{"identities":${'['.repeat(40)}${']'.repeat(40)}}`],
    ])('400 for %s', async (_label, rawBody) => {
      const { token } = await signedIn();
      const refused = await invoke(upsert, { method: 'POST', path: '/userinfo', token, rawBody });
      expect(refused).toMatchObject({ status: 400, body: { error: 'invalid_request' } });
    });

    it('reads an empty body as {} whatever its content type; a non-JSON body is a 415', async () => {
      const { token } = await signedIn();
      const headers = { 'content-type': 'text/plain' };
      const empty = await invoke(upsert, { method: 'POST', path: '/userinfo', token, headers });
      expect(empty).toMatchObject({ status: 201, body: { name: null } });
      const text = await invoke(upsert, {
        method: 'POST',
        path: '/userinfo',
        token,
        headers,
        rawBody: '{"name":"Text"}',
      });
      expect(text).toMatchObject({ status: 415, body: { error: 'unsupported_media_type' } });
      const stored = await invoke(getUserinfo, { method: 'GET', path: '/userinfo', token });
      expect(stored).toMatchObject({ status: 200, body: { name: null } });
    });

    it('keeps __proto__ inside address as data, polluting nothing', async () => {
      const { token } = await signedIn();
      const rawBody = '{"address": {"__proto__": {"polluted": true}, "city": "Oslo"}}';
      const stored = await invoke(upsert, { method: 'POST', path: '/userinfo', token, rawBody });
      expect(stored.status).toBe(201);
      expect(JSON.stringify(stored.body.address)).toBe(
        '{"__proto__":{"polluted":true},"city":"Oslo"}',
      );
      expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    });
  });

  describe('identity', () => {
    it('refuses a body sub other than the token’s subject, and stores nothing', async () => {
      const { token } = await signedIn();
      const refused = await post(token, { sub: 'did:key:123456789abcdefghi', name: 'X' });
      expect(refused).toMatchObject({ status: 403, body: { error: 'access_denied' } });
      expect(refused.body.error_description).toContain('sub');
      expect(await get(token)).toMatchObject(refusal(404, 'not_found'));
    });

    it('401 without a token or with garbage; 403 for an OAuth token without the scope', async () => {
      const none = await invoke(getUserinfo, { method: 'GET', path: '/userinfo' });
      expect(none).toMatchObject({ status: 401, body: { error: 'invalid_token' } });
      expect(none.headers['www-authenticate']).toContain('invalid_token');
      expect(await get('garbage')).toMatchObject(refusal(401, 'invalid_token'));
      const { user } = await signedIn();
      const readOnly = signAccessToken({
        sub: user.userId,
        username: user.userId,
        client_id: localClientId(DEFAULT_PROJECT_ID, 'web'),
        scope: 'userdata/user-data-get',
      });
      expect(await post(readOnly, { name: 'x' })).toMatchObject(refusal(403, 'access_denied'));
      expect(await get(readOnly)).toMatchObject(refusal(404, 'not_found'));
    });

    it('a record belongs to one project: the same user elsewhere has none', async () => {
      const { user, token } = await signedIn();
      await post(token, { name: 'Default project' });
      const elsewhere = await user.signIn({ projectId: OTHER_PROJECT_ID });
      expect(await get(elsewhere)).toMatchObject(refusal(404, 'not_found'));
    });
  });
});

describe('uniqueness of email and wallet_address', () => {
  it('409 naming email when another user holds it (any case, any spaces); nothing changes', async () => {
    const alice = await signedIn('alice');
    const bob = await signedIn('bob');
    const email = uniqueEmail('taken');
    await post(alice.token, { email });
    await post(bob.token, { name: 'Bob' });
    const refused = await post(bob.token, { name: 'Robert', email: `  ${email.toUpperCase()} ` });
    expect(refused).toMatchObject({
      status: 409,
      body: {
        error: 'conflict',
        field: 'email',
        error_description: expect.stringContaining('email'),
      },
    });
    expect((await get(bob.token)).body).toMatchObject({ name: 'Bob', email: null });
    expect((await historyOf(bob.token)).body.history).toHaveLength(1);
  });

  it('409 naming wallet_address; hex addresses compare case-insensitively', async () => {
    const alice = await signedIn('alice');
    const bob = await signedIn('bob');
    const wallet = uniqueWallet();
    await post(alice.token, { wallet_address: wallet });
    const refused = await post(bob.token, {
      wallet_address: wallet.toUpperCase().replace('0X', '0x'),
    });
    expect(refused).toMatchObject({
      status: 409,
      body: { error: 'conflict', field: 'wallet_address' },
    });
    expect(await get(bob.token)).toMatchObject(refusal(404, 'not_found'));
  });

  it('the same user may re-send, or re-case, their own email', async () => {
    const { token } = await signedIn();
    const email = uniqueEmail('own');
    await post(token, { email });
    expect((await post(token, { email, name: 'again' })).status).toBe(200);
    expect((await post(token, { email: email.toUpperCase() })).body.email).toBe(
      email.toUpperCase(),
    );
  });

  it('changing email frees the old one in the same write', async () => {
    const alice = await signedIn('alice');
    const bob = await signedIn('bob');
    const carol = await signedIn('carol');
    const oldEmail = uniqueEmail('old');
    const newEmail = uniqueEmail('new');
    await post(alice.token, { email: oldEmail });
    expect((await post(alice.token, { email: newEmail })).status).toBe(200);
    expect((await post(bob.token, { email: oldEmail })).status).toBe(201);
    expect(await post(carol.token, { email: newEmail })).toMatchObject(refusal(409, 'conflict'));
  });

  it('clearing email or wallet with null frees them', async () => {
    const alice = await signedIn('alice');
    const bob = await signedIn('bob');
    const email = uniqueEmail();
    const wallet = uniqueWallet();
    await post(alice.token, { email, wallet_address: wallet });
    await post(alice.token, { email: null, wallet_address: null });
    expect((await post(bob.token, { email, wallet_address: wallet })).status).toBe(201);
  });

  it('values are unique per project: another project may use the same email', async () => {
    const alice = await signedIn('alice');
    const bob = await createUser('bob');
    const email = uniqueEmail();
    await post(alice.token, { email });
    const bobElsewhere = await bob.signIn({ projectId: OTHER_PROJECT_ID });
    expect((await post(bobElsewhere, { email })).status).toBe(201);
  });

  it('two users upserting the same new email at once: exactly one wins, the other gets 409', async () => {
    const alice = await signedIn('alice');
    const bob = await signedIn('bob');
    const email = uniqueEmail('race');
    const results = await Promise.all([
      post(alice.token, { email, name: 'Alice' }),
      post(bob.token, { email, name: 'Bob' }),
    ]);
    const statuses = results.map((result) => result.status).sort();
    expect(statuses).toEqual([201, 409]);
    const winner = results.find((result) => result.status === 201);
    const found = await find(backendToken(), { email });
    expect(found.body.sub).toBe(winner?.body.sub);
  });

  it('concurrent updates of one user all land (version condition, retried)', async () => {
    const { token } = await signedIn();
    await post(token, { name: 'Start' });
    const results = await Promise.all([
      post(token, { nickname: 'N' }),
      post(token, { username: 'U' }),
      post(token, { website: 'https://w.example' }),
    ]);
    expect(results.map((result) => result.status)).toEqual([200, 200, 200]);
    expect((await get(token)).body).toMatchObject({
      name: 'Start',
      nickname: 'N',
      username: 'U',
      website: 'https://w.example',
    });
    expect((await historyOf(token)).body.history).toHaveLength(4);
  });
});

describe('DELETE /userinfo', () => {
  it('removes the record and frees its email and wallet; a second delete is 404', async () => {
    const alice = await signedIn('alice');
    const bob = await signedIn('bob');
    const email = uniqueEmail();
    const wallet = uniqueWallet();
    await post(alice.token, { email, wallet_address: wallet });
    const deleted = await remove(alice.token);
    expect(deleted).toMatchObject({ status: 200, body: { sub: alice.user.userId, deleted: true } });
    expect(await get(alice.token)).toMatchObject(refusal(404, 'not_found'));
    expect(await existing(alice.token)).toMatchObject(refusal(404, 'not_found'));
    expect((await post(bob.token, { email, wallet_address: wallet })).status).toBe(201);
    expect(await remove(alice.token)).toMatchObject(refusal(404, 'not_found'));
  });

  it('a new record after a delete gets a new created_at', async () => {
    const { token } = await signedIn();
    const first = await post(token, { name: 'One' });
    await remove(token);
    const second = await post(token, { name: 'Two' });
    expect(second.status).toBe(201);
    expect(String(second.body.created_at) > String(first.body.created_at)).toBe(true);
  });
});

describe('GET /userinfo/history (audit)', () => {
  it('records create, update and delete — when, which client, which fields, before/after — newest first', async () => {
    const { user } = await signedIn();
    const web = await user.signIn();
    const mobile = await user.signIn({ clientName: 'mobile' });
    const email = uniqueEmail();
    const created = await post(web, { name: 'Jane', email });
    const updated = await post(mobile, { name: 'Janet', nickname: 'JJ' });
    await remove(web);

    const page = await historyOf(web);
    expect(page.status).toBe(200);
    expect(page.body.next_cursor).toBeNull();
    const entries = page.body.history as Array<Record<string, unknown>>;
    expect(entries.map((entry) => entry.action)).toEqual(['delete', 'update', 'create']);
    expect(entries[2]).toEqual({
      at: created.body.created_at,
      action: 'create',
      sub: user.userId,
      client_id: localClientId(DEFAULT_PROJECT_ID, 'web'),
      fields: ['email', 'name'],
      before: { email: null, name: null },
      after: { email, name: 'Jane' },
    });
    expect(entries[1]).toEqual({
      at: updated.body.updated_at,
      action: 'update',
      sub: user.userId,
      client_id: localClientId(DEFAULT_PROJECT_ID, 'mobile'),
      fields: ['name', 'nickname'],
      before: { name: 'Jane', nickname: null },
      after: { name: 'Janet', nickname: 'JJ' },
    });
    expect(entries[0]).toMatchObject({
      action: 'delete',
      client_id: localClientId(DEFAULT_PROJECT_ID, 'web'),
      fields: ['email', 'name', 'nickname'],
      before: { email, name: 'Janet', nickname: 'JJ' },
      after: { email: null, name: null, nickname: null },
    });
    expect(String(entries[0]?.at) > String(entries[1]?.at)).toBe(true);
  });

  it('pages with limit and next_cursor, newest first, without gaps or repeats', async () => {
    const { token } = await signedIn();
    for (const name of ['a', 'b', 'c', 'd', 'e']) await post(token, { name });
    const seen: string[] = [];
    let cursor: string | undefined;
    let pages = 0;
    do {
      const page = await historyOf(token, { limit: '2', ...(cursor ? { cursor } : {}) });
      expect(page.status).toBe(200);
      for (const entry of page.body.history as Array<{ after: { name: string } }>) {
        seen.push(entry.after.name);
      }
      cursor = (page.body.next_cursor as string | null) ?? undefined;
      pages++;
    } while (cursor);
    expect(seen).toEqual(['e', 'd', 'c', 'b', 'a']);
    expect(pages).toBe(3);
  });

  it('is the caller’s own: another user sees only theirs', async () => {
    const alice = await signedIn('alice');
    const bob = await signedIn('bob');
    await post(alice.token, { name: 'Alice' });
    const page = await historyOf(bob.token);
    expect(page).toMatchObject({ status: 200, body: { history: [], next_cursor: null } });
  });

  it.each([
    ['a limit of 0', { limit: '0' }],
    ['a limit over 100', { limit: '101' }],
    ['a limit that is not a number', { limit: 'ten' }],
    ['a cursor it did not issue', { cursor: 'bm90LWEtY3Vyc29y' }],
    ['an unknown parameter', { sub: 'someone-else' }],
  ])('400 for %s', async (_label, query) => {
    const { token } = await signedIn();
    expect(await historyOf(token, query)).toMatchObject(refusal(400, 'invalid_request'));
  });
});

describe('GET /user_existing_info', () => {
  it('returns user_id, name, email, status and the last sign-in', async () => {
    const user = await createUser('existing');
    const signIn = await invoke(login, {
      method: 'PUT',
      path: '/user/login',
      body: { data: { email: user.email, password: PASSWORD } },
    });
    const data = signIn.body.data as { accessToken: string; timeStamp: number };
    await post(data.accessToken, { name: 'John Doe', email: user.email });
    const info = await existing(data.accessToken);
    expect(info).toEqual({
      status: 200,
      headers: expect.anything(),
      body: {
        user_id: user.userId,
        name: 'John Doe',
        email: user.email,
        status: 'active',
        last_login: new Date(data.timeStamp * 1000).toISOString().replace('.000', ''),
      },
    });
  });

  it('last_login is null for a user who never signed in through PUT /user/login', async () => {
    const { user, token } = await signedIn();
    await post(token, { name: 'No login' });
    expect((await existing(token)).body).toEqual({
      user_id: user.userId,
      name: 'No login',
      email: null,
      status: 'active',
      last_login: null,
    });
  });
});

describe('GET /userinfo/lookup (backend extension)', () => {
  it('finds a user by email (normalised) or wallet with a userinfo-lookup token', async () => {
    const { user, token } = await signedIn();
    const email = uniqueEmail('Lookup');
    const wallet = uniqueWallet();
    await post(token, { email, wallet_address: wallet, name: 'Found' });
    const byEmail = await find(backendToken(), { email: email.toUpperCase() });
    expect(byEmail).toMatchObject({ status: 200, body: { sub: user.userId, name: 'Found' } });
    const byWallet = await find(backendToken(undefined, 'userinfo-lookup'), {
      wallet_address: wallet.toUpperCase().replace('0X', '0x'),
    });
    expect(byWallet.body.sub).toBe(user.userId);
    expect(await find(backendToken(), { email: uniqueEmail('nobody') })).toMatchObject(
      refusal(404, 'not_found'),
    );
  });

  it('refuses a user’s sign-in token (403): users cannot read each other’s records', async () => {
    const alice = await signedIn('alice');
    const bob = await signedIn('bob');
    const email = uniqueEmail();
    await post(alice.token, { email });
    const refused = await find(bob.token, { email });
    expect(refused).toMatchObject({ status: 403, body: { error: 'access_denied' } });
    const otherScope = backendToken(
      DEFAULT_PROJECT_ID,
      'aws.cognito.signin.user.admin user-data-get',
    );
    expect(await find(otherScope, { email })).toMatchObject(refusal(403, 'access_denied'));
  });

  it('finds only users of the token’s own project', async () => {
    const { token } = await signedIn();
    const email = uniqueEmail();
    await post(token, { email });
    expect(await find(backendToken(OTHER_PROJECT_ID), { email })).toMatchObject(
      refusal(404, 'not_found'),
    );
  });

  it.each([
    ['neither parameter', {}],
    ['both parameters', { email: 'a@example.com', wallet_address: '0xabc' }],
    ['an unknown parameter', { sub: 'x' }],
  ])('400 for %s', async (_label, query) => {
    expect(await find(backendToken(), query)).toMatchObject(refusal(400, 'invalid_request'));
  });
});
