/**
 * The API as a user meets it: real HTTP to the local server, which routes from the same table
 * as the stack to the real handlers.
 */
import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { DEFAULT_PROJECT_ID } from '../../lib/config.js';
import { routes } from '../../lib/routes.js';
import { useLocalServer } from '../support/local-server.js';
import { uniqueEmail } from '../support/users.js';

const server = useLocalServer();
const call = (method: string, path: string, body?: unknown, token?: string) =>
  server.request(method, path, { token, body });

/** The vendor's example bodies, verbatim apart from a unique e-mail. */
async function registerAndLogin(email: string) {
  const params = { projectId: DEFAULT_PROJECT_ID, strategy: 'email', provider: 'awsCognito' };
  const data = { email, password: 'bID>idfsf23!' };
  const registered = await call('POST', '/user', { ...params, data });
  expect(registered.status).toBe(201);
  const login = await call('PUT', '/user/login', { ...params, data });
  expect(login.status).toBe(200);
  return (login.body.data as { accessToken: string }).accessToken;
}

describe('local server', () => {
  it('serves every route of the route table', async () => {
    for (const route of routes) {
      const response = await fetch(`${server.url()}${route.path}`, {
        method: route.method,
        body: route.method === 'GET' ? undefined : '{',
      });
      expect(response.status, `${route.method} ${route.path}`).not.toBe(404);
    }
  });

  it('register → login → set → get, as in the seeds; a second user cannot read the key', async () => {
    const alice = await registerAndLogin(uniqueEmail('alice'));
    const set = await call(
      'POST',
      '/user-data/set',
      { value_key: 'user-data-key', value_data: 'user-data' },
      alice,
    );
    // `version` is a documented extension beside the vendor's fields.
    expect(set).toEqual({ status: 200, body: { result: 0, version: 1 } });
    const get = await call('POST', '/user-data/get', { value_keys: ['user-data-key'] }, alice);
    expect(get.body).toEqual({
      result: 0,
      values: [{ value_key: 'user-data-key', value_data: 'user-data', version: 1 }],
    });

    const bob = await registerAndLogin(uniqueEmail('bob'));
    const stolen = await call('POST', '/user-data/get', { value_keys: ['user-data-key'] }, bob);
    expect(stolen.body).toEqual({ result: 0, values: [] });
  });

  it('answers bad input in each family’s own format, never a 500', async () => {
    expect(await call('POST', '/user-data/set', '{"value_key":', 'garbage')).toEqual({
      status: 200,
      body: { result: -1 },
    });
    const token = await registerAndLogin(uniqueEmail());
    expect(await call('POST', '/user-data/set', '{"value_key":', token)).toEqual({
      status: 200,
      body: { result: -5 },
    });
    // Error answers carry the call's fields, empty (strict vendor clients need them).
    expect(await call('POST', '/user-data/get', { value_keys: [{}] }, token)).toEqual({
      status: 200,
      body: { result: -5, values: [] },
    });
    const account = await call('PUT', '/user/login', '{"data": ');
    expect(account.status).toBe(400);
    expect(account.body).toMatchObject({ result: 0, error: 'invalid_request' });
  });

  it('404 for a route that does not exist, like API Gateway', async () => {
    expect(await call('GET', '/nowhere')).toEqual({ status: 404, body: { message: 'Not Found' } });
  });
});

describe('custom user data through the local server (seed 000)', () => {
  it('POST then GET with the seed’s body, in both header forms', async () => {
    const token = await registerAndLogin(uniqueEmail('bindid'));
    const secrets = JSON.parse(process.env.CLIENT_SECRETS ?? '{}') as Record<string, string>;
    const { client_id: clientId } = JSON.parse(
      Buffer.from(token.split('.')[1] ?? '', 'base64url').toString(),
    ) as { client_id: string };
    const authvalue = createHmac('sha256', secrets[clientId] ?? '')
      .update(token)
      .digest('base64');
    const send = (method: string, authorization: string, body?: unknown) =>
      fetch(`${server.url()}/custom-user-data`, {
        method,
        headers: { authorization, 'content-type': 'application/json' },
        body: body === undefined ? undefined : JSON.stringify(body),
      }).then(async (response) => ({ status: response.status, body: await response.json() }));

    const backendHeader = `BindIdBackend AccessToken ${token}; ${authvalue}`;
    expect(await send('POST', backendHeader, { data: { account_type: 'VIP' } })).toEqual({
      status: 200,
      body: { status_code: 'ok' },
    });
    expect(await send('GET', `Bearer ${token}`)).toEqual({
      status: 200,
      body: { status_code: 'ok', data: { account_type: 'VIP' } },
    });
    expect((await send('GET', backendHeader)).body).toEqual({
      status_code: 'ok',
      data: { account_type: 'VIP' },
    });
  });
});
