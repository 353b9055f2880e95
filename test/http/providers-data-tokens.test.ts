/**
 * Tokens for the data routes: every provider's login hands out the backend's own access
 * token, which the key/value, document and profile routes accept; the namespace follows
 * (issuer, subject), so equal subjects of different providers never share data.
 */
import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { mintBackendToken } from '../../lambdas/domain/identity-providers/backend-token.js';
import { DEFAULT_PROJECT_ID } from '../../lib/config.js';
import { useLocalServer } from '../support/local-server.js';
import { providerToken, uniqueSubject } from '../support/provider-tokens.js';
import { OTHER_PROJECT_ID } from '../support/test-config.js';

const server = useLocalServer();
const simplified = { projectId: OTHER_PROJECT_ID, strategy: 'simplified' };
const email = { projectId: DEFAULT_PROJECT_ID, strategy: 'email' };

async function guestToken(): Promise<string> {
  const deviceId = randomUUID();
  const registered = await server.request('POST', '/user', {
    body: { ...simplified, provider: 'anonymous', data: { deviceId } },
  });
  const { deviceSecret } = registered.body.data as { deviceSecret: string };
  const login = await server.request('PUT', '/user/login', {
    body: { ...simplified, provider: 'anonymous', data: { deviceId, deviceSecret } },
  });
  const data = login.body.data as { accessToken: string; expiresIn: number };
  expect(data.expiresIn).toBe(900);
  return data.accessToken;
}

const nonstandard = async (provider: string, sub: string) => {
  const accessToken = providerToken({ provider: provider as 'google', sub });
  const answer = await server.request(
    'GET',
    `/user/check/nonstandard?${new URLSearchParams({ ...email, provider, accessToken })}`,
  );
  return (answer.body.data as { accessToken: string }).accessToken;
};

const setValue = (token: string, value_key: string, value_data: string) =>
  server.request('POST', '/user-data/set', { token, body: { value_key, value_data } });
const getValues = async (token: string, keys: string[]) =>
  (await server.request('POST', '/user-data/get', { token, body: { value_keys: keys } })).body;

describe('backend tokens on the data routes', () => {
  it('an anonymous guest stores key/value data, a JSON document and a profile', async () => {
    const token = await guestToken();
    expect((await setValue(token, 'level', '7')).body).toMatchObject({ result: 0 });
    expect(await getValues(token, ['level'])).toEqual({
      result: 0,
      values: [expect.objectContaining({ value_key: 'level', value_data: '7' })],
    });
    const document = await server.request('POST', '/custom-user-data', {
      token,
      body: { data: { coins: 12 } },
    });
    expect(document).toMatchObject({ status: 200, body: { status_code: 'ok' } });
    const read = await server.request('GET', '/custom-user-data', { token });
    expect(read.body).toEqual({ status_code: 'ok', data: { coins: 12 } });
    const profile = await server.request('POST', '/userinfo', { token, body: { name: 'Guest' } });
    expect(profile.status, JSON.stringify(profile.body)).toBe(201);
    expect((await server.request('GET', '/userinfo', { token })).body).toMatchObject({
      name: 'Guest',
    });
  });

  it('each provider login gives a token: authZero check, google, facebook, twitter, noLogin', async () => {
    const auth0 = providerToken({ provider: 'authZero', sub: `auth0|${uniqueSubject('z')}` });
    const checked = await server.request(
      'GET',
      `/user/check?${new URLSearchParams({ ...email, provider: 'authZero', deviceId: randomUUID() })}`,
      { token: auth0 },
    );
    const tokens = [(checked.body.data as { accessToken: string }).accessToken];
    for (const provider of ['google', 'facebook', 'twitter']) {
      tokens.push(await nonstandard(provider, uniqueSubject(provider)));
    }
    const created = await server.request('POST', '/user', {
      body: { ...simplified, provider: 'noLogin' },
    });
    const fetched = await server.request(
      'GET',
      `/user?${new URLSearchParams({ ...simplified, provider: 'noLogin', externalId: created.body.externalId as string })}`,
    );
    tokens.push((fetched.body.data as { accessToken: string }).accessToken);
    for (const [index, token] of tokens.entries()) {
      expect((await setValue(token, 'who', String(index))).body, String(index)).toMatchObject({
        result: 0,
      });
      expect(await getValues(token, ['who'])).toEqual({
        result: 0,
        values: [expect.objectContaining({ value_key: 'who', value_data: String(index) })],
      });
    }
  });

  it('has no e-mail namespace: by-email refuses the guest in its own format', async () => {
    const token = await guestToken();
    const answer = await server.request('POST', '/user-data/by-email/get', {
      token,
      body: { value_keys: ['x'] },
    });
    expect(answer.status).toBe(200);
    // -3: no verified e-mail (not -4: Cognito is never asked about a token it did not issue).
    expect(answer.body).toEqual({ result: -3, values: [] });
  });

  it('keeps equal subjects of different providers in different namespaces', async () => {
    const sub = uniqueSubject('same');
    const google = await nonstandard('google', sub);
    const twitter = await nonstandard('twitter', sub);
    await setValue(google, 'secret', 'google-only');
    expect(await getValues(twitter, ['secret'])).toEqual({ result: 0, values: [] });
    expect(await getValues(await nonstandard('google', sub), ['secret'])).toEqual({
      result: 0,
      values: [expect.objectContaining({ value_key: 'secret', value_data: 'google-only' })],
    });
  });

  it('refuses forged, expired and foreign-secret tokens, and Cognito-only account routes', async () => {
    const token = await guestToken();
    const [header, payload] = token.split('.');
    const claims = JSON.parse(Buffer.from(payload ?? '', 'base64url').toString());
    const forgedPayload = Buffer.from(JSON.stringify({ ...claims, sub: 'someone-else' })).toString(
      'base64url',
    );
    const forged = `${header}.${forgedPayload}.${token.split('.')[2]}`;
    const secret = process.env.SIGNING_SECRET ?? '';
    const input = {
      projectId: OTHER_PROJECT_ID,
      issuer: 'urn:user-data-backend:anonymous',
      subject: 'x',
    };
    const expired = mintBackendToken(
      secret,
      input,
      Math.floor(Date.now() / 1000) - 3600,
    ).accessToken;
    const wrongKey = mintBackendToken(
      'another-secret',
      input,
      Math.floor(Date.now() / 1000),
    ).accessToken;
    for (const [bad, code] of [
      [forged, 'invalid_token'],
      [expired, 'expired_token'],
      [wrongKey, 'invalid_token'],
    ] as const) {
      const answer = await server.request('GET', '/userinfo', { token: bad });
      expect(answer.status, code).toBe(401);
      expect(JSON.stringify(answer.body)).toContain(code);
    }
    const account = await server.request(
      'GET',
      `/user?${new URLSearchParams({ projectId: OTHER_PROJECT_ID, provider: 'awsCognito', strategy: 'email' })}`,
      { token },
    );
    expect(account).toMatchObject({ status: 401, body: { result: 0, error: 'access_denied' } });
  });
});
