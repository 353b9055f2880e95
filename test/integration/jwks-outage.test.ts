/**
 * Fault injection: Cognito's JWKS cannot be fetched. A token signed with a key the container
 * has not cached yet (Cognito rotated its keys) makes aws-jwt-verify fetch the JWKS; when
 * that fetch fails, the answer is the family's "unavailable" (-4 / 503), never "bad token",
 * or clients would drop good sessions during an outage.
 */

import { FetchError } from 'aws-jwt-verify/error';
import { SimpleJwksCache } from 'aws-jwt-verify/jwk';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { handler as profileGet } from '../../lambdas/handlers/account-profile-get.js';
import { handler as kvGet } from '../../lambdas/handlers/kv-get.js';
import { handler as userinfoGet } from '../../lambdas/handlers/userinfo-get.js';
import { invoke } from '../support/events.js';
import { createUser } from '../support/users.js';

let token: string;
let rotatedKeyToken: string;

beforeAll(async () => {
  token = await (await createUser('jwks')).signIn();
  // The same claims under a key id this container has never seen: verification must fetch.
  const [header, payload, signature] = token.split('.') as [string, string, string];
  const rotated = {
    ...JSON.parse(Buffer.from(header, 'base64url').toString()),
    kid: 'rotated-key',
  };
  rotatedKeyToken = [
    Buffer.from(JSON.stringify(rotated)).toString('base64url'),
    payload,
    signature,
  ].join('.');
});

afterEach(() => vi.restoreAllMocks());

const jwksDown = () =>
  vi
    .spyOn(SimpleJwksCache.prototype, 'getJwks')
    .mockRejectedValue(
      new FetchError(
        'https://cognito-idp.us-east-1.amazonaws.com/us-east-1_localpool/.well-known/jwks.json',
        'Status code is 503, expected 200',
      ),
    );

describe('a JWKS fetch failure answers "unavailable" in every family', () => {
  it('key/value: result -4', async () => {
    const fetchJwks = jwksDown();
    const result = await invoke(kvGet, {
      path: '/user-data/get',
      token: rotatedKeyToken,
      body: { value_keys: ['k'] },
    });
    expect(fetchJwks).toHaveBeenCalled();
    expect(result.status).toBe(200);
    expect(result.body).toEqual({ result: -4, values: [] });
  });

  it('profile and account: 503 with the family’s error body', async () => {
    jwksDown();
    const userinfo = await invoke(userinfoGet, {
      method: 'GET',
      path: '/userinfo',
      token: rotatedKeyToken,
    });
    expect(userinfo.status).toBe(503);
    expect(JSON.stringify(userinfo.body)).toMatch(/unavailable/);
    const profile = await invoke(profileGet, {
      method: 'GET',
      path: '/user',
      token: rotatedKeyToken,
    });
    expect(profile.status).toBe(503);
    expect(JSON.stringify(profile.body)).toMatch(/unavailable/);
  });

  it('a token signed with a cached key still works during the outage', async () => {
    const fetchJwks = jwksDown();
    const result = await invoke(kvGet, {
      path: '/user-data/get',
      token,
      body: { value_keys: ['k'] },
    });
    expect(result.body.result).toBe(0);
    expect(fetchJwks).not.toHaveBeenCalled();
  });

  it('a forged token is still a bad token (-1 / 401), not an outage', async () => {
    jwksDown();
    const [header, payload] = token.split('.');
    const forged = `${header}.${payload}.${Buffer.from('not the signature').toString('base64url')}`;
    const kv = await invoke(kvGet, {
      path: '/user-data/get',
      token: forged,
      body: { value_keys: ['k'] },
    });
    expect(kv.body).toEqual({ result: -1, values: [] });
    const userinfo = await invoke(userinfoGet, { method: 'GET', path: '/userinfo', token: forged });
    expect(userinfo.status).toBe(401);
  });
});
