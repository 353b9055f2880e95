/**
 * The API as a user meets it: real HTTP to the local server, which routes from the same table
 * as the stack to the real handlers.
 */
import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { DEFAULT_PROJECT_ID } from '../../lib/config.js';
import { routes } from '../../lib/routes.js';
import { type HttpResult, useLocalServer } from '../support/local-server.js';
import { accountRefusal } from '../support/refusals.js';
import { uniqueEmail } from '../support/users.js';

const server = useLocalServer();
const call = (method: string, path: string, body?: unknown, token?: string) =>
  server.request(method, path, { token, body });
const params = { projectId: DEFAULT_PROJECT_ID, strategy: 'email', provider: 'awsCognito' };

/** A raw request: the string body as is, the answer's status and parsed body. */
async function send(
  method: string,
  path: string,
  options: { token?: string; body?: string },
): Promise<HttpResult> {
  const response = await fetch(`${server.url()}${path}`, {
    method,
    headers: {
      'content-type': 'application/json',
      ...(options.token ? { authorization: `Bearer ${options.token}` } : {}),
    },
    body: options.body,
  });
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

/** The vendor's example bodies, verbatim apart from a unique e-mail. */
async function registerAndLogin(email: string) {
  const data = { email, password: 'bID>idfsf23!' };
  const registered = await call('POST', '/user', { ...params, data });
  expect(registered.status).toBe(201);
  const login = await call('PUT', '/user/login', { ...params, data });
  expect(login.status).toBe(200);
  return (login.body.data as { accessToken: string }).accessToken;
}

describe('local server', () => {
  it('routes every entry of the table to its family: no token is refused in that family’s format', async () => {
    for (const route of routes) {
      const key = `${route.method} ${route.path}`;
      const hasBody = route.method !== 'GET' && route.method !== 'DELETE';
      const answer = await send(route.method, route.path, { body: hasBody ? '{' : undefined });
      if (route.family === 'reference') {
        // The API's own description is public: served to anyone, whatever the body.
        expect(answer.status, key).toBe(200);
        expect(answer.body, key).toMatchObject({ openapi: '3.1.1' });
      } else if (route.family === 'keyValue') {
        // The answer keeps the call's own fields, empty, beside the code.
        expect(answer, key).toMatchObject({ status: 200, body: { result: -1 } });
      } else if (route.family === 'account' && route.auth === 'none' && hasBody) {
        // Nothing to authenticate: the malformed body is what is refused.
        expect(answer, key).toEqual({
          status: 400,
          body: {
            result: 0,
            error: 'invalid_request',
            message: 'The request body is not valid JSON',
          },
        });
      } else if (route.family === 'account') {
        expect(answer, key).toEqual({
          status: 401,
          body: { result: 0, error: 'invalid_token', message: expect.any(String) },
        });
      } else {
        expect(answer, key).toEqual({
          status: 401,
          body: { error: 'invalid_token', error_description: expect.any(String) },
        });
      }
    }
  });

  it('with a signed-in token each route gives its own answer: a malformed body is invalid_request, reads answer the caller’s data', async () => {
    const email = uniqueEmail('routes');
    const token = await registerAndLogin(email);
    /** What each route answers to a new user without a body: its own, distinct answer. */
    const reads: Record<string, HttpResult> = {
      'GET /userinfo': {
        status: 404,
        body: { error: 'not_found', error_description: expect.any(String) },
      },
      'DELETE /userinfo': {
        status: 404,
        body: { error: 'not_found', error_description: expect.any(String) },
      },
      'GET /user_existing_info': {
        status: 404,
        body: { error: 'not_found', error_description: expect.any(String) },
      },
      'GET /userinfo/history': { status: 200, body: { history: [], next_cursor: null } },
      // Strict scope: a user's sign-in token never passes.
      'GET /userinfo/lookup': {
        status: 403,
        body: {
          error: 'access_denied',
          error_description: expect.stringContaining('userinfo-lookup'),
        },
      },
      'GET /custom-user-data': { status: 200, body: { status_code: 'ok', data: {} } },
      'GET /user': {
        status: 200,
        body: { result: 1, message: 'OK', data: expect.objectContaining({ email }) },
      },
      // A Cognito user's parameters name awsCognito, which this provider check does not serve.
      'GET /user/check/nonstandard': {
        status: 400,
        body: { result: 0, error: 'unknown_provider', message: expect.any(String) },
      },
      'GET /user/check': {
        status: 400,
        body: { result: 0, error: 'invalid_request', message: expect.stringContaining('deviceId') },
      },
    };
    const accountQuery = `?${new URLSearchParams(params)}`;
    for (const route of routes) {
      const key = `${route.method} ${route.path}`;
      const hasBody = route.method !== 'GET' && route.method !== 'DELETE';
      const path =
        route.family === 'account' && !hasBody ? `${route.path}${accountQuery}` : route.path;
      const answer = await send(route.method, path, { token, body: hasBody ? '{' : undefined });
      if (!hasBody) {
        // A read route added later without its answer here must at least not fail.
        expect(answer, key).toEqual(
          reads[key] ?? { status: expect.toBeOneOf([200, 404]), body: expect.anything() },
        );
      } else if (key === 'POST /session-feedback') {
        // Only the app client's backend may report sessions: refused before the body is read.
        expect(answer, key).toEqual({
          status: 403,
          body: { error: 'access_denied', error_description: expect.any(String) },
        });
      } else if (route.family === 'keyValue') {
        expect(answer, key).toMatchObject({ status: 200, body: { result: -5 } });
      } else if (route.family === 'account') {
        expect(answer, key).toEqual({
          status: 400,
          body: {
            result: 0,
            error: 'invalid_request',
            message: 'The request body is not valid JSON',
          },
        });
      } else {
        expect(answer, key).toEqual({
          status: 400,
          body: {
            error: 'invalid_request',
            error_description: 'The request body is not valid JSON',
          },
        });
      }
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
    expect(account).toMatchObject(accountRefusal(400, 'invalid_request'));
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
