/** The seed's POST /user-data/set and /user-data/get against DynamoDB Local and the emulator. */
import { PutCommand } from '@aws-sdk/lib-dynamodb';
import { beforeAll, describe, expect, it } from 'vitest';
import { documentClient } from '../../lambdas/adapters/dynamodb/document-client.js';
import { tableName } from '../../lambdas/config.js';
import { handler as kvGet } from '../../lambdas/handlers/kv-get.js';
import { handler as kvSet } from '../../lambdas/handlers/kv-set.js';
import { DEFAULT_PROJECT_ID } from '../../lib/config.js';
import { LOCAL_USER_POOL_ID, localClientId } from '../../lib/local/local-backend.js';
import { invoke } from '../support/events.js';
import { OTHER_PROJECT_ID, SHORT_LIVED_CLIENT } from '../support/test-config.js';
import { signAccessToken } from '../support/tokens.js';
import { createUser, type TestUser } from '../support/users.js';

const set = (token: string, body: unknown) =>
  invoke(kvSet, { path: '/user-data/set', token, body });
const get = async (token: string, body: unknown) => {
  const response = await invoke(kvGet, { path: '/user-data/get', token, body });
  // Each value also carries its `version` (a documented extension); compare the vendor's fields.
  const values = response.body.values as Array<Record<string, unknown>> | undefined;
  if (values) {
    for (const value of values) expect(value.version).toEqual(expect.any(Number));
    response.body.values = values.map(({ version: _version, ...vendor }) => vendor);
  }
  return response;
};

describe('key/value set and get (seed 001/002)', () => {
  let alice: TestUser;
  let token: string;

  beforeAll(async () => {
    alice = await createUser('alice');
    token = await alice.signIn();
  });

  it('stores a value and reads it back with the seed bodies', async () => {
    const stored = await set(token, { value_key: 'user-data-key', value_data: 'user-data' });
    expect(stored).toMatchObject({ status: 200, body: { result: 0, version: expect.any(Number) } });

    const read = await get(token, { value_keys: ['user-data-key'] });
    expect(read.status).toBe(200);
    expect(read.body).toEqual({
      result: 0,
      values: [{ value_key: 'user-data-key', value_data: 'user-data' }],
    });
  });

  it('returns only keys that exist, in the order asked', async () => {
    await set(token, { value_key: 'b', value_data: '2' });
    await set(token, { value_key: 'a', value_data: '1' });
    const read = await get(token, { value_keys: ['a', 'missing', 'b'] });
    expect(read.body.values).toEqual([
      { value_key: 'a', value_data: '1' },
      { value_key: 'b', value_data: '2' },
    ]);
  });

  it('overwrites a key with a second set', async () => {
    await set(token, { value_key: 'color', value_data: 'red' });
    await set(token, { value_key: 'color', value_data: 'blue' });
    const read = await get(token, { value_keys: ['color'] });
    expect(read.body.values).toEqual([{ value_key: 'color', value_data: 'blue' }]);
  });

  it('echoes request_id on success and on failure', async () => {
    const ok = await get(token, { request_id: 42, value_keys: [] });
    expect(ok.body).toEqual({ request_id: 42, result: 0, values: [] });
    const refused = await get('garbage', { request_id: 43, value_keys: [] });
    // Error answers carry the call's fields, empty (strict clients need them).
    expect(refused.body).toEqual({ request_id: 43, result: -1, values: [] });
  });

  describe('isolation', () => {
    it('a second user cannot read the first user’s key', async () => {
      await set(token, { value_key: 'secret', value_data: 'alice only' });
      const bob = await createUser('bob');
      const read = await get(await bob.signIn(), { value_keys: ['secret'] });
      expect(read.body).toEqual({ result: 0, values: [] });
    });

    it('the same user in another project sees nothing of this project', async () => {
      await set(token, { value_key: 'tenant', value_data: 'default project' });
      const elsewhere = await alice.signIn({ projectId: OTHER_PROJECT_ID });
      const read = await get(elsewhere, { value_keys: ['tenant'] });
      expect(read.body).toEqual({ result: 0, values: [] });
    });

    it('another app client sees public keys but not private ones', async () => {
      await set(token, { value_key: 'shared', value_data: 'public', access_scope: 1 });
      await set(token, { value_key: 'mine', value_data: 'private', access_scope: 0 });
      const mobile = await alice.signIn({ clientName: 'mobile' });
      const read = await get(mobile, { value_keys: ['shared', 'mine'] });
      expect(read.body.values).toEqual([{ value_key: 'shared', value_data: 'public' }]);
    });

    it('another app client cannot overwrite a key it does not own (-6), and the value stays', async () => {
      await set(token, { value_key: 'owned', value_data: 'by web' });
      const mobile = await alice.signIn({ clientName: 'mobile' });
      const refused = await set(mobile, { value_key: 'owned', value_data: 'by mobile' });
      expect(refused.body).toEqual({ result: -6 });
      const read = await get(token, { value_keys: ['owned'] });
      expect(read.body.values).toEqual([{ value_key: 'owned', value_data: 'by web' }]);
    });

    it('ignores a user id smuggled into the body', async () => {
      const bob = await createUser('bob');
      await set(await bob.signIn(), { value_key: 'bobs', value_data: 'bob' });
      const read = await get(token, { value_keys: ['bobs'], sub: bob.userId, user_id: bob.userId });
      expect(read.body).toEqual({ result: 0, values: [] });
    });
  });

  describe('tokens', () => {
    it('-1 without a token, with garbage, or with a tampered token', async () => {
      const body = { value_keys: ['user-data-key'] };
      expect((await invoke(kvGet, { path: '/user-data/get', body })).body).toEqual({
        result: -1,
        values: [],
      });
      expect((await get('not-a-jwt', body)).body).toEqual({ result: -1, values: [] });
      const [header, payload, signature] = token.split('.');
      const claims = JSON.parse(Buffer.from(payload ?? '', 'base64url').toString());
      const forged = Buffer.from(JSON.stringify({ ...claims, sub: 'someone-else' })).toString(
        'base64url',
      );
      expect((await get(`${header}.${forged}.${signature}`, body)).body).toEqual({
        result: -1,
        values: [],
      });
    });

    it('-1 for an ID token, or a token of an unknown app client', async () => {
      const body = { value_keys: [] };
      const idToken = signAccessToken({
        token_use: 'id',
        sub: alice.userId,
        client_id: localClientId(DEFAULT_PROJECT_ID, 'web'),
      });
      expect((await get(idToken, body)).body).toEqual({ result: -1, values: [] });
      const stranger = signAccessToken({
        sub: alice.userId,
        client_id: 'unknownclient0000000000000',
        scope: 'aws.cognito.signin.user.admin',
      });
      expect((await get(stranger, body)).body).toEqual({ result: -1, values: [] });
    });

    it('-2 for an expired token', async () => {
      const shortLived = await alice.signIn({ clientName: SHORT_LIVED_CLIENT });
      await new Promise((resolve) => setTimeout(resolve, 2_100));
      expect((await get(shortLived, { value_keys: ['user-data-key'] })).body).toEqual({
        result: -2,
        values: [],
      });
    });

    it('-3 for an OAuth token without the route’s scope; the scope (with a prefix) is enough', async () => {
      const claims = {
        sub: alice.userId,
        username: alice.userId,
        client_id: localClientId(DEFAULT_PROJECT_ID, 'web'),
      };
      const readOnly = signAccessToken({ ...claims, scope: 'openid userdata/user-data-get' });
      expect((await set(readOnly, { value_key: 'k', value_data: 'v' })).body).toEqual({
        result: -3,
      });
      expect((await get(readOnly, { value_keys: ['user-data-key'] })).body).toMatchObject({
        result: 0,
      });
      const writer = signAccessToken({ ...claims, scope: 'user-data-set' });
      expect((await set(writer, { value_key: 'k', value_data: 'v' })).body).toMatchObject({
        result: 0,
      });
    });

    it('-3 for a token issued before the user’s revocation mark', async () => {
      const carol = await createUser('carol');
      const carolToken = await carol.signIn();
      await documentClient().send(
        new PutCommand({
          TableName: tableName('revocations'),
          Item: {
            pk: `${LOCAL_USER_POOL_ID}#${carol.userId}`,
            revokedBefore: Math.floor(Date.now() / 1000),
          },
        }),
      );
      expect((await get(carolToken, { value_keys: [] })).body).toEqual({ result: -3, values: [] });
    });
  });

  describe('bad input gets -5 and writes nothing', () => {
    it.each([
      ['malformed JSON', '{"value_key": "a", '],
      ['an empty body', ''],
      ['a JSON array', '[]'],
      ['value_data of the wrong type', JSON.stringify({ value_key: 'typed', value_data: 5 })],
      ['a missing value_key', JSON.stringify({ value_data: 'x' })],
      [
        'nesting deeper than 32',
        `{"value_key":"deep","value_data":"x","n":${'['.repeat(40)}${']'.repeat(40)}}`,
      ],
      [
        'an access_scope other than 0 or 1',
        JSON.stringify({ value_key: 'typed', value_data: 'x', access_scope: 7 }),
      ],
    ])('set with %s', async (_label, rawBody) => {
      const result = await invoke(kvSet, { path: '/user-data/set', token, rawBody });
      expect(result).toMatchObject({ status: 200, body: { result: -5 } });
      const read = await get(token, { value_keys: ['typed', 'deep'] });
      expect(read.body.values).toEqual([]);
    });

    it('an oversized value leaves the old one intact', async () => {
      await set(token, { value_key: 'big', value_data: 'small' });
      const refused = await set(token, { value_key: 'big', value_data: 'x'.repeat(64 * 1024 + 1) });
      expect(refused.body).toEqual({ result: -5 });
      expect((await get(token, { value_keys: ['big'] })).body.values).toEqual([
        { value_key: 'big', value_data: 'small' },
      ]);
    });

    it.each([
      ['value_keys not an array', { value_keys: 'a' }],
      ['a non-string key', { value_keys: [1] }],
      ['an empty key', { value_keys: [''] }],
    ])('get with %s', async (_label, body) => {
      expect((await get(token, body)).body).toEqual({ result: -5, values: [] });
    });

    it('get with more than 100 keys: -6, the vendor’s "keys size limit reached"', async () => {
      const body = { value_keys: Array.from({ length: 101 }, (_, i) => `k${i}`) };
      expect((await get(token, body)).body).toEqual({ result: -6, values: [] });
    });
  });
});
