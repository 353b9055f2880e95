/**
 * Seed 004's external providers through the local server and the provider stand-ins:
 * authZero (GET /user, PUT /user, GET /user/check) and google / facebook / twitter
 * (GET /user/check/nonstandard), success shapes and every refusal.
 */
import { execFileSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { describe, expect, inject, it } from 'vitest';
import { DEFAULT_PROJECT_ID } from '../../lib/config.js';
import { STAND_IN } from '../../lib/local/stand-ins/stand-in-tokens.js';
import { useLocalServer } from '../support/local-server.js';
import { providerToken, uniqueSubject } from '../support/provider-tokens.js';
import { OTHER_PROJECT_ID } from '../support/test-config.js';
import { createUser } from '../support/users.js';

const server = useLocalServer();
const authZero = { projectId: DEFAULT_PROJECT_ID, strategy: 'email', provider: 'authZero' };
const qs = (params: Record<string, string>) => `?${new URLSearchParams(params)}`;

describe('authZero', () => {
  const auth0Token = (sub: string, options: { expiresIn?: number; audience?: string } = {}) =>
    providerToken({ provider: 'authZero', sub: `auth0|${sub}`, ...options });

  it('answers the seed example of every route: profile, update, device check', async () => {
    const token = auth0Token(uniqueSubject('alice'));
    const first = await server.request('GET', `/user${qs(authZero)}`, { token });
    expect(first).toEqual({
      status: 200,
      body: {
        result: 1,
        message: 'OK',
        data: { username: null, appProfile: {}, loginHistory: [] },
      },
    });

    const updated = await server.request('PUT', '/user', {
      token,
      body: {
        ...authZero,
        data: { username: 'testUserAuthZero', appProfile: { data: 'customUserObjectGoesHere' } },
      },
    });
    expect(updated.status).toBe(200);
    expect(updated.body).toMatchObject({
      result: 1,
      message: 'User is Correctly Created',
      data: {
        projectId: DEFAULT_PROJECT_ID,
        username: 'testUserAuthZero',
        appProfile: { data: 'customUserObjectGoesHere' },
      },
    });
    expect((updated.body.data as { externalId: string }).externalId).toMatch(/^[0-9a-f]{64}$/);

    const deviceId = randomUUID();
    const checked = await server.request('GET', `/user/check${qs({ ...authZero, deviceId })}`, {
      token,
    });
    expect(checked.status).toBe(200);
    const data = checked.body.data as { username: string; loginHistory: number[] };
    expect(data).toMatchObject({
      username: 'testUserAuthZero',
      appProfile: { data: 'customUserObjectGoesHere' },
    });
    expect(data.loginHistory).toHaveLength(1);

    expect(data).toMatchObject({ expiresIn: 900, accessToken: expect.any(String) });
    const again = await server.request('GET', `/user${qs(authZero)}`, { token });
    const {
      accessToken: _token,
      expiresIn: _expiresIn,
      ...profile
    } = checked.body.data as Record<string, unknown>;
    expect(again.body.data).toEqual(profile);
  });

  it('keeps each Auth0 user to their own profile', async () => {
    const alice = auth0Token(uniqueSubject('alice'));
    const bob = auth0Token(uniqueSubject('bob'));
    await server.request('PUT', '/user', {
      token: alice,
      body: { ...authZero, data: { username: 'alice', appProfile: { secret: 1 } } },
    });
    const seenByBob = await server.request('GET', `/user${qs(authZero)}`, { token: bob });
    expect(seenByBob.body.data).toEqual({ username: null, appProfile: {}, loginHistory: [] });
  });

  it('refuses expired, foreign-audience, tampered, subjectless, missing and Cognito tokens', async () => {
    const sub = uniqueSubject('mallory');
    const cases: Array<[string | undefined, string]> = [
      [auth0Token(sub, { expiresIn: -120 }), 'expired_token'],
      [auth0Token(sub, { audience: 'https://another-api.example' }), 'invalid_token'],
      [`${auth0Token(sub).slice(0, -4)}AAAA`, 'invalid_token'],
      // Signed by the tenant but naming no subject: its profile key would be everybody's.
      [providerToken({ provider: 'authZero', sub: '' }), 'invalid_token'],
      ['not-a-jwt', 'invalid_token'],
      [undefined, 'invalid_token'],
      [await (await createUser('cognito')).signIn(), 'invalid_token'],
    ];
    for (const [token, error] of cases) {
      const response = await server.request('GET', `/user${qs(authZero)}`, { token });
      expect(response, String(token).slice(0, 20)).toMatchObject({
        status: 401,
        body: { result: 0, error },
      });
    }
  });

  it('answers bad input in the account format, and writes nothing', async () => {
    const token = auth0Token(uniqueSubject('carol'));
    const wrongType = await server.request('PUT', '/user', {
      token,
      body: { ...authZero, data: { username: 42 } },
    });
    expect(wrongType).toMatchObject({ status: 400, body: { result: 0, error: 'invalid_request' } });
    const unknownField = await server.request('PUT', '/user', {
      token,
      body: { ...authZero, data: { email: 'x@example.com' } },
    });
    expect(unknownField).toMatchObject({ status: 400, body: { error: 'invalid_request' } });
    const badDevice = await server.request(
      'GET',
      `/user/check${qs({ ...authZero, deviceId: 'nope' })}`,
      { token },
    );
    expect(badDevice).toMatchObject({ status: 400, body: { error: 'invalid_request' } });
    const after = await server.request('GET', `/user${qs(authZero)}`, { token });
    expect(after.body.data).toEqual({ username: null, appProfile: {}, loginHistory: [] });
  });

  it('is refused for a project that does not enable it', async () => {
    const token = auth0Token(uniqueSubject('dave'));
    const response = await server.request(
      'GET',
      `/user${qs({ ...authZero, projectId: OTHER_PROJECT_ID })}`,
      { token },
    );
    expect(response).toMatchObject({ status: 400, body: { error: 'unknown_provider' } });
  });
});

describe('GET /user/check/nonstandard', () => {
  const check = (provider: string, params: Record<string, string>) =>
    server.request(
      'GET',
      `/user/check/nonstandard${qs({ projectId: DEFAULT_PROJECT_ID, strategy: 'email', provider, ...params })}`,
    );

  for (const provider of ['google', 'facebook', 'twitter'] as const) {
    it(`${provider}: verifies the token and answers the linked profile, the same one each time`, async () => {
      const sub = uniqueSubject(provider);
      const accessToken = providerToken({
        provider,
        sub,
        name: 'burger1111111',
        email: `${sub}@example.com`,
      });
      const first = await check(provider, { userId: sub, accessToken });
      expect(first.status, JSON.stringify(first.body)).toBe(200);
      expect(first.body).toMatchObject({
        result: 1,
        message: 'OK',
        data: {
          nickname: 'burger1111111',
          // Twitter's users/me carries no e-mail address.
          email: provider === 'twitter' ? null : `${sub}@example.com`,
          devices: [],
        },
      });
      expect((first.body.data as { updatedAt: string }).updatedAt).toMatch(/^\d{10}$/);
      const second = await check(provider, { userId: sub, accessToken });
      expect((second.body.data as { userId: string }).userId).toBe(
        (first.body.data as { userId: string }).userId,
      );
    });

    it(`${provider}: refuses a token of another user than userId, and a forged token`, async () => {
      const accessToken = providerToken({ provider, sub: uniqueSubject('eve') });
      const otherUser = await check(provider, { userId: 'someone-else', accessToken });
      expect(otherUser).toMatchObject({ status: 401, body: { result: 0, error: 'invalid_token' } });
      const forged = await check(provider, { accessToken: `${accessToken.slice(0, -3)}xyz` });
      expect(forged).toMatchObject({ status: 401, body: { result: 0, error: 'invalid_token' } });
      const missing = await check(provider, {});
      expect(missing).toMatchObject({ status: 401, body: { error: 'invalid_token' } });
    });
  }

  it('google and facebook: refuse a token issued to another app', async () => {
    const sub = uniqueSubject('frank');
    const google = await check('google', {
      accessToken: providerToken({
        provider: 'google',
        sub,
        audience: 'other.apps.googleusercontent.com',
      }),
    });
    expect(google).toMatchObject({ status: 401, body: { error: 'invalid_token' } });
    const facebook = await check('facebook', {
      accessToken: providerToken({ provider: 'facebook', sub, audience: '2000000000000002' }),
    });
    expect(facebook).toMatchObject({ status: 401, body: { error: 'invalid_token' } });
    expect(STAND_IN.facebookAppId).not.toBe('2000000000000002');
  });

  it('answers expired tokens with expired_token', async () => {
    for (const provider of ['google', 'facebook'] as const) {
      const accessToken = providerToken({ provider, sub: uniqueSubject('old'), expiresIn: -300 });
      expect(await check(provider, { accessToken }), provider).toMatchObject({
        status: 401,
        body: { error: 'expired_token' },
      });
    }
  });

  it('keeps equal subjects of different providers apart', async () => {
    const sub = uniqueSubject('same');
    const google = await check('google', {
      accessToken: providerToken({ provider: 'google', sub }),
    });
    const twitter = await check('twitter', {
      accessToken: providerToken({ provider: 'twitter', sub }),
    });
    expect((google.body.data as { userId: string }).userId).not.toBe(
      (twitter.body.data as { userId: string }).userId,
    );
  });

  it('takes the project’s first token-check provider when none is named', async () => {
    const answer = await server.request(
      'GET',
      `/user/check/nonstandard${qs({ projectId: DEFAULT_PROJECT_ID })}`,
    );
    // google (the first of the project's google, facebook, twitter): its token is missing.
    expect(answer).toMatchObject({ status: 401, body: { result: 0, error: 'invalid_token' } });
    const sub = uniqueSubject('default');
    const named = await server.request(
      'GET',
      `/user/check/nonstandard${qs({ accessToken: providerToken({ provider: 'google', sub }), userId: sub })}`,
    );
    expect(named).toMatchObject({ status: 200, body: { result: 1 } });
  });

  it('refuses a provider the project does not enable, and awsCognito', async () => {
    const accessToken = providerToken({ provider: 'google', sub: uniqueSubject('g') });
    const other = await server.request(
      'GET',
      `/user/check/nonstandard${qs({ projectId: OTHER_PROJECT_ID, provider: 'google', accessToken })}`,
    );
    expect(other).toMatchObject({ status: 400, body: { error: 'unknown_provider' } });
    expect(await check('awsCognito', { accessToken })).toMatchObject({
      status: 400,
      body: { error: 'unknown_provider' },
    });
  });
});

describe('npm run dev-token', () => {
  it('mints a token the server accepts, and an expired one it refuses', async () => {
    const mint = (...extra: string[]) =>
      execFileSync(
        process.execPath,
        ['--import', 'tsx', 'bin/dev-token.ts', '--dir', inject('standInsDir'), ...extra],
        { encoding: 'utf8' },
      ).trim();
    const sub = uniqueSubject('cli');
    const fresh = mint('--provider', 'google', '--sub', sub, '--name', 'Cli User');
    const check = (accessToken: string) =>
      server.request(
        'GET',
        `/user/check/nonstandard${qs({ projectId: DEFAULT_PROJECT_ID, strategy: 'email', provider: 'google', userId: sub, accessToken })}`,
      );
    expect(await check(fresh)).toMatchObject({
      status: 200,
      body: { result: 1, data: { nickname: 'Cli User' } },
    });
    const expired = mint('--provider', 'google', '--sub', sub, '--expires-in=-60');
    expect(await check(expired)).toMatchObject({ status: 401, body: { error: 'expired_token' } });
  });
});
