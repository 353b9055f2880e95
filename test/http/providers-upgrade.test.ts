/**
 * Upgrade end to end through the local server: an anonymous guest stores key/value data, a
 * JSON document and a profile, signs up and in with e-mail (awsCognito), presents the guest
 * token, and finds all of it in the account; the guest token is spent.
 */
import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { DEFAULT_PROJECT_ID } from '../../lib/config.js';
import { useLocalServer } from '../support/local-server.js';
import { providerToken, uniqueSubject } from '../support/provider-tokens.js';
import { OTHER_PROJECT_ID } from '../support/test-config.js';
import { PASSWORD, uniqueEmail } from '../support/users.js';

const server = useLocalServer();
const guestParams = { projectId: OTHER_PROJECT_ID, strategy: 'simplified', provider: 'anonymous' };
const accountParams = { projectId: OTHER_PROJECT_ID, strategy: 'email', provider: 'awsCognito' };

async function guest(): Promise<string> {
  const deviceId = randomUUID();
  const registered = await server.request('POST', '/user', {
    body: { ...guestParams, data: { deviceId } },
  });
  const { deviceSecret } = registered.body.data as { deviceSecret: string };
  const login = await server.request('PUT', '/user/login', {
    body: { ...guestParams, data: { deviceId, deviceSecret } },
  });
  return (login.body.data as { accessToken: string }).accessToken;
}

async function account(): Promise<{ accessToken: string; userId: string }> {
  const email = uniqueEmail('upgrade');
  const registered = await server.request('POST', '/user', {
    body: { ...accountParams, data: { email, password: PASSWORD } },
  });
  expect(registered.status, JSON.stringify(registered.body)).toBe(201);
  const login = await server.request('PUT', '/user/login', {
    body: { ...accountParams, data: { email, password: PASSWORD } },
  });
  expect(login.status, JSON.stringify(login.body)).toBe(200);
  return login.body.data as { accessToken: string; userId: string };
}

const set = (token: string, value_key: string, value_data: string) =>
  server.request('POST', '/user-data/set', { token, body: { value_key, value_data } });
const values = async (token: string, keys: string[]) =>
  (
    (await server.request('POST', '/user-data/get', { token, body: { value_keys: keys } })).body
      .values as Array<{ value_key: string; value_data: string }>
  ).map(({ value_key, value_data }) => [value_key, value_data]);
const upgrade = (token: string, guestToken: string) =>
  server.request('POST', '/user/upgrade', {
    token,
    body: { ...accountParams, data: { guestToken } },
  });

describe('POST /user/upgrade', () => {
  it('moves the guest’s key/value data, document and profile to the account', async () => {
    const guestToken = await guest();
    await set(guestToken, 'level', '7');
    await set(guestToken, 'shared', 'from the guest');
    await server.request('POST', '/custom-user-data', {
      token: guestToken,
      body: { data: { coins: 12 } },
    });
    const guestEmail = uniqueEmail('guest-profile');
    const profile = await server.request('POST', '/userinfo', {
      token: guestToken,
      body: { name: 'Guest', email: guestEmail },
    });
    expect(profile.status).toBe(201);

    const { accessToken, userId } = await account();
    await set(accessToken, 'shared', 'the account’s own');

    const upgraded = await upgrade(accessToken, guestToken);
    expect(upgraded.status, JSON.stringify(upgraded.body)).toBe(200);
    expect(upgraded.body).toMatchObject({
      result: 1,
      data: {
        userId,
        keyValue: { moved: 1, dropped: 1 },
        document: { moved: 1, dropped: 0 },
        profile: { moved: 1, dropped: 0 },
      },
    });

    expect(await values(accessToken, ['level', 'shared'])).toEqual([
      ['level', '7'],
      ['shared', 'the account’s own'],
    ]);
    expect((await server.request('GET', '/custom-user-data', { token: accessToken })).body).toEqual(
      {
        status_code: 'ok',
        data: { coins: 12 },
      },
    );
    const moved = await server.request('GET', '/userinfo', { token: accessToken });
    expect(moved.status).toBe(200);
    expect(moved.body).toMatchObject({ name: 'Guest', email: guestEmail, sub: userId });

    // The e-mail marker went with the profile: the account can keep writing it.
    const rewrite = await server.request('POST', '/userinfo', {
      token: accessToken,
      body: { email: guestEmail, name: 'Now registered' },
    });
    expect(rewrite.status, JSON.stringify(rewrite.body)).toBe(200);

    // The guest identity is spent.
    const spent = await server.request('GET', '/userinfo', { token: guestToken });
    expect(spent.status).toBe(403);
    expect((await upgrade(accessToken, guestToken)).status).toBe(401);
  });

  it('refuses tokens that are not a guest’s, and needs the account’s sign-in token', async () => {
    const { accessToken } = await account();
    const auth0 = providerToken({ provider: 'authZero', sub: `auth0|${uniqueSubject('u')}` });
    const checked = await server.request(
      'GET',
      `/user/check?${new URLSearchParams({ projectId: DEFAULT_PROJECT_ID, strategy: 'email', provider: 'authZero', deviceId: randomUUID() })}`,
      { token: auth0 },
    );
    const linkedToken = (checked.body.data as { accessToken: string }).accessToken;
    expect(await upgrade(accessToken, linkedToken)).toMatchObject({
      status: 400,
      body: { result: 0, error: 'invalid_request' },
    });
    expect(await upgrade(accessToken, 'not-a-token')).toMatchObject({
      status: 401,
      body: { error: 'invalid_token' },
    });
    const guestToken = await guest();
    expect(await upgrade(guestToken, guestToken)).toMatchObject({
      status: 401,
      body: { result: 0, error: 'access_denied' },
    });
  });
});
