/**
 * The typed client (packages/client, generated from openapi.json) against the real local
 * server, and the real answers of a few routes of every family against the document's answer
 * schemas: the contract describes what the server really says.
 */
import { readFileSync } from 'node:fs';
import { createBackendClient } from '@user-data-backend/client';
import { describe, expect, it } from 'vitest';
import { DEFAULT_PROJECT_ID } from '../../lib/config.js';
import { answerSchema, schemaProblems } from '../../lib/openapi/answer-validator.js';
import { DOCUMENT_FILE } from '../../lib/openapi/openapi-document.js';
import { useLocalServer } from '../support/local-server.js';
import { PASSWORD, uniqueEmail } from '../support/users.js';

const server = useLocalServer();
const document = JSON.parse(readFileSync(DOCUMENT_FILE, 'utf8'));
const account = { projectId: DEFAULT_PROJECT_ID, strategy: 'email', provider: 'awsCognito' };

/** The answer conforms to the schema the document declares for its route and status. */
function expectConforms(method: string, path: string, status: number, body: unknown) {
  expect(
    schemaProblems(answerSchema(document, method, path, status), body),
    `${method} ${path} → ${status} ${JSON.stringify(body)}`,
  ).toEqual([]);
}

/** Signs a new user up and in with the typed client; returns the access token. */
async function signedInUser() {
  const api = createBackendClient({ baseUrl: server.url() });
  const email = uniqueEmail('client');
  const registered = await api.POST('/user', {
    body: { ...account, data: { email, password: PASSWORD } },
  });
  expect(registered.response.status).toBe(201);
  expectConforms('POST', '/user', 201, registered.data);
  const login = await api.PUT('/user/login', {
    body: { ...account, data: { email, password: PASSWORD } },
  });
  expect(login.response.status).toBe(200);
  expectConforms('PUT', '/user/login', 200, login.data);
  if (!login.data) throw new Error(`sign-in failed: ${JSON.stringify(login.error)}`);
  return { token: login.data.data.accessToken, deviceId: login.data.data.deviceId };
}

describe('typed client (@user-data-backend/client) against the local server', () => {
  it('key/value: set, get, delete and list with the seed’s bodies', async () => {
    const { token } = await signedInUser();
    const api = createBackendClient({ baseUrl: server.url(), token });

    const set = await api.POST('/user-data/set', {
      body: { value_key: 'user-data-key', value_data: 'user-data', request_id: 7 },
    });
    expect(set.data).toEqual({ request_id: 7, result: 0, version: 1 });
    expectConforms('POST', '/user-data/set', 200, set.data);

    const get = await api.POST('/user-data/get', { body: { value_keys: ['user-data-key'] } });
    expect(get.data).toEqual({
      result: 0,
      values: [{ value_key: 'user-data-key', value_data: 'user-data', version: 1 }],
    });
    expectConforms('POST', '/user-data/get', 200, get.data);

    const list = await api.POST('/user-data/by-user-id/list-get', { body: {} });
    expect(list.data).toEqual({ result: 0, keys_private: [], keys_public: ['user-data-key'] });
    expectConforms('POST', '/user-data/by-user-id/list-get', 200, list.data);

    const deleted = await api.POST('/user-data/by-user-id/delete', {
      body: { value_keys: ['user-data-key', 'never-set'] },
    });
    expect(deleted.data).toEqual({
      result: 0,
      keys_delete_results: [
        { value_key: 'user-data-key', is_deleted: true },
        { value_key: 'never-set', is_deleted: false },
      ],
    });
    expectConforms('POST', '/user-data/by-user-id/delete', 200, deleted.data);
  });

  it('wallets: the lists and the chains, in the documented shapes', async () => {
    const { token } = await signedInUser();
    const api = createBackendClient({ baseUrl: server.url(), token });
    const wallets = await api.POST('/user-wallets/get', { body: {} });
    expect(wallets.data).toEqual({ result: 0, wallets_private: [], wallets_public: [] });
    expectConforms('POST', '/user-wallets/get', 200, wallets.data);
    const chains = await api.POST('/user-wallets/available-chains-get', { body: {} });
    expect(chains.data?.result).toBe(0);
    expect(chains.data?.wallet_chains).toContain('1');
    expectConforms('POST', '/user-wallets/available-chains-get', 200, chains.data);
    const refused = await createBackendClient({ baseUrl: server.url(), token: 'bad' }).POST(
      '/user-wallets/get',
      { body: {} },
    );
    expect(refused.data).toEqual({ result: -1, wallets_private: [], wallets_public: [] });
    expectConforms('POST', '/user-wallets/get', 200, refused.data);
  });

  it('key/value failures carry a result code the document lists for the route', async () => {
    const { token } = await signedInUser();
    const bad = createBackendClient({ baseUrl: server.url(), token: 'not-a-token' });
    const refused = await bad.POST('/user-data/set', { body: { value_key: 'k', value_data: 'v' } });
    expect(refused.data).toEqual({ result: -1 });
    expectConforms('POST', '/user-data/set', 200, refused.data);

    const api = createBackendClient({ baseUrl: server.url(), token });
    const invalidKey = await api.POST('/user-data/by-email/set', {
      body: { value_key: '', value_data: 'v' },
    });
    expectConforms('POST', '/user-data/by-email/set', 200, invalidKey.data);
    const conflict = await api.POST('/user-data/set', {
      body: { value_key: 'k', value_data: 'v', expected_version: 5 },
    });
    expect(conflict.data).toEqual({ result: -9 });
    expectConforms('POST', '/user-data/set', 200, conflict.data);
  });

  it('document, profile and account answers conform to the document', async () => {
    const { token, deviceId } = await signedInUser();
    const api = createBackendClient({ baseUrl: server.url(), token });

    const store = await api.GET('/custom-user-data');
    expect(store.response.headers.get('etag')).toBe('"0"');
    expectConforms('GET', '/custom-user-data', 200, store.data);
    const replaced = await api.POST('/custom-user-data', {
      body: { data: { account_type: 'VIP' } },
    });
    expectConforms('POST', '/custom-user-data', 200, replaced.data);
    const stale = await api.PATCH('/custom-user-data', {
      body: { data: { account_type: null } },
      headers: { 'if-match': '"0"' },
    });
    expect(stale.response.status).toBe(412);
    expectConforms('PATCH', '/custom-user-data', 412, stale.error);

    const missing = await api.GET('/userinfo');
    expect(missing.response.status).toBe(404);
    expectConforms('GET', '/userinfo', 404, missing.error);
    const created = await api.POST('/userinfo', {
      body: { name: 'John Doe', email: uniqueEmail('john'), phone_number: '+1-555-555-5555' },
    });
    expect(created.response.status).toBe(201);
    expectConforms('POST', '/userinfo', 201, created.data);
    const summary = await api.GET('/user_existing_info');
    expectConforms('GET', '/user_existing_info', 200, summary.data);
    const history = await api.GET('/userinfo/history', { params: { query: { limit: '5' } } });
    expectConforms('GET', '/userinfo/history', 200, history.data);

    const profile = await api.GET('/user', { params: { query: account } });
    expect(profile.response.status).toBe(200);
    expectConforms('GET', '/user', 200, profile.data);
    const check = await api.GET('/user/check', { params: { query: { ...account, deviceId } } });
    expectConforms('GET', '/user/check', 200, check.data);
    const wrongPassword = await createBackendClient({ baseUrl: server.url() }).PUT('/user/login', {
      body: { ...account, data: { email: uniqueEmail('nobody'), password: PASSWORD } },
    });
    expect(wrongPassword.response.status).toBe(401);
    expectConforms('PUT', '/user/login', 401, wrongPassword.error);
  });
});
