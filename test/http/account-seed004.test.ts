/**
 * Seed 004's example answers, field by field, against ours through the local server: every
 * field of the example is present in our answer with the same JSON type (objects and arrays
 * recursively; our additions are allowed). The examples are the seed's, verbatim.
 */
import { describe, expect, it } from 'vitest';
import { DEFAULT_PROJECT_ID } from '../../lib/config.js';
import { useLocalServer } from '../support/local-server.js';
import { uniqueEmail } from '../support/users.js';

const seedProfile = {
  result: 1,
  message: 'OK',
  data: {
    data: {
      username: 'burger1111111',
      email: 'confluence90@gmail.com',
      'custom:terms_optin1': '1',
      'custom:terms_optin2': '1',
      nickname: 'burger1111111',
      userId: '3bd439c2-8ffe-416e-94ed-456f83a91848',
      loginHistory: [1633435562, 1633435763],
    },
    'custom:terms_optin2': '1',
    'custom:terms_optin1': '1',
    updatedAt: '1633430188',
    nickname: 'burger1111111',
    email: 'confluence90@gmail.com',
    devices: [
      {
        deviceId: '16713b2d-3848-42c7-aeb0-f9714beac892',
        lastLogin: 1633435763,
        signUp: 1633435560,
        userId: '3bd439c2-8ffe-416e-94ed-456f83a91848',
        timeStamp: 1633435760,
        signature: '41C96E76084CDAAC46268995187AF3827258CCA3',
      },
      { deviceId: 'a055da77-dcfe-4969-ae49-32c501f14e8a' },
    ],
  },
};

const seedUpdate = {
  result: 1,
  message: 'User is Correctly Created',
  data: {
    email: 'rus-burone@test.com',
    username: 'Baratrum1112323445',
    externalId: '42da3617-268b-4459-b460-3efda3db5513',
    projectId: 'a69a31e9-f2e6-4d5f-b080-6138c6a721b7',
  },
};

const seedLoginData = {
  deviceId: '789f64dc-750d-4260-afef-7937062048e3',
  timeStamp: 1614788250,
  signature: 'C4B23C2801C19B76C3DE7432B86B818D1D63C7C6',
  externalId: '6432a1c6a7dd85071d79a3ccb651a095ca1abb139189492fc0e53fb427c1a036',
  userId: '99b5e0ae-60b8-4667-8741-f4e1486d2b3a',
  accessToken: 'jwtAccessToken',
  profileToken: 'jwtProfileToken',
  refreshToken: 'jwtRefreshToken',
  signUp: 1614788100,
};
const seedChangePassword = { result: 1, message: 'password has been updated', data: seedLoginData };
const seedLogin = { result: 1, message: 'OK', data: seedLoginData };

/**
 * The seed's `custom:terms_optin*` are attributes of the vendor's own pool; the stack's pool
 * (and the emulator's) defines no custom attributes, so they are left out of the comparison.
 * Every attribute the pool has is passed through at both levels, like `nickname` here.
 */
function withoutCustomAttributes(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutCustomAttributes);
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(
    Object.entries(value)
      .filter(([key]) => !key.startsWith('custom:'))
      .map(([key, inner]) => [key, withoutCustomAttributes(inner)]),
  );
}

const typeOf = (value: unknown) =>
  Array.isArray(value) ? 'array' : value === null ? 'null' : typeof value;

/** Paths where ours lacks a field of the example or gives it another JSON type. */
function mismatches(example: unknown, ours: unknown, path = '$'): string[] {
  if (typeOf(example) !== typeOf(ours))
    return [`${path}: ${typeOf(example)} expected, ${typeOf(ours)} found`];
  if (Array.isArray(example) && Array.isArray(ours)) {
    if (example.length === 0) return [];
    if (ours.length === 0) return [`${path}: empty, the example has elements`];
    // Every element of ours against the example's first (fullest) element.
    return ours.flatMap((element, index) => mismatches(example[0], element, `${path}[${index}]`));
  }
  if (typeOf(example) === 'object') {
    const mine = ours as Record<string, unknown>;
    return Object.entries(example as Record<string, unknown>).flatMap(([key, value]) =>
      key in mine ? mismatches(value, mine[key], `${path}.${key}`) : [`${path}.${key}: missing`],
    );
  }
  return [];
}

const server = useLocalServer();
const params = { projectId: DEFAULT_PROJECT_ID, strategy: 'email', provider: 'awsCognito' };
const query = new URLSearchParams(params).toString();

describe('Identify answers in seed 004’s shapes', () => {
  it('the field checker catches a missing field, a wrong type and a flat profile', () => {
    expect(mismatches(seedUpdate, { ...seedUpdate, data: { email: 'a' } })).toContain(
      '$.data.username: missing',
    );
    expect(
      mismatches(seedLogin, { ...seedLogin, data: { ...seedLoginData, timeStamp: '1' } }),
    ).toEqual(['$.data.timeStamp: number expected, string found']);
    expect(mismatches(seedProfile, { ...seedProfile, data: seedProfile.data.data })).toContain(
      '$.data.data: missing',
    );
  });

  it('login, PUT /user, GET /user, GET /user/check and change-password match the examples', async () => {
    const email = uniqueEmail('seed004');
    const password = 'bID>idfsf23!';
    const register = await server.request('POST', '/user', {
      body: { ...params, data: { email, password } },
    });
    expect(register.status).toBe(201);
    const login = await server.request('PUT', '/user/login', {
      body: { ...params, data: { email, password } },
    });
    expect(mismatches(seedLogin, login.body)).toEqual([]);
    const { accessToken, deviceId } = login.body.data as { accessToken: string; deviceId: string };

    const update = await server.request('PUT', '/user', {
      token: accessToken,
      body: {
        ...params,
        data: { nickname: 'burger1111111' },
      },
    });
    expect(update.status).toBe(200);
    expect(mismatches(seedUpdate, update.body)).toEqual([]);
    expect(update.body.message).toBe(seedUpdate.message);

    const profile = await server.request('GET', `/user?${query}`, { token: accessToken });
    expect(mismatches(withoutCustomAttributes(seedProfile), profile.body)).toEqual([]);
    expect(profile.body).toMatchObject({
      data: { data: { nickname: 'burger1111111', email }, nickname: 'burger1111111', email },
    });
    const check = await server.request('GET', `/user/check?${query}&deviceId=${deviceId}`, {
      token: accessToken,
    });
    expect(mismatches(withoutCustomAttributes(seedProfile), check.body)).toEqual([]);

    const changed = await server.request('PUT', '/user/change-password', {
      token: accessToken,
      body: { ...params, data: { password: 'bID>idfsf23!!', previousPassword: password } },
    });
    expect(changed.status).toBe(200);
    expect(mismatches(seedChangePassword, changed.body)).toEqual([]);
    expect(changed.body.message).toBe(seedChangePassword.message);
    // The answer's tokens work.
    const newToken = (changed.body.data as { accessToken: string }).accessToken;
    expect((await server.request('GET', `/user?${query}`, { token: newToken })).status).toBe(200);
  });
});
