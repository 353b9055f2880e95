/** /userinfo attacks: self-declared verification, e-mail squatting, the lookup scope. */
import { AdminUpdateUserAttributesCommand } from '@aws-sdk/client-cognito-identity-provider';
import { describe, expect, it } from 'vitest';
import { handler as userinfoGet } from '../../lambdas/handlers/userinfo-get.js';
import { handler as lookup } from '../../lambdas/handlers/userinfo-lookup.js';
import { handler as upsert } from '../../lambdas/handlers/userinfo-upsert.js';
import { DEFAULT_PROJECT_ID } from '../../lib/config.js';
import { LOCAL_USER_POOL_ID, localClientId } from '../../lib/local/local-backend.js';
import { signAccessToken } from '../support/tokens.js';
import { cognitoClient, uniqueEmail } from '../support/users.js';
import { call, newSession } from './support.js';

const post = (token: string, body: Record<string, unknown>) =>
  call(upsert, { path: '/userinfo', token, body });
const get = (token: string) => call(userinfoGet, { method: 'GET', path: '/userinfo', token });

describe('verified flags come from the identity provider', () => {
  it('the caller’s own verified address is verified; a claimed flag for anything else is not', async () => {
    const session = await newSession('flags');
    const own = await post(session.accessToken, {
      email: session.email.toUpperCase(),
      email_verified: false,
    });
    expect(own.body).toMatchObject({ email_verified: true });
    const other = await post(session.accessToken, {
      email: uniqueEmail('elsewhere'),
      email_verified: true,
      phone_number: '+15555550100',
      phone_number_verified: true,
    });
    expect(other.status).toBe(200);
    expect(other.body).toMatchObject({ email_verified: false, phone_number_verified: false });
    expect((await get(session.accessToken)).body).toMatchObject({
      email_verified: false,
      phone_number_verified: false,
    });
  });

  it('phone_number_verified is true only for the number the provider verified', async () => {
    const session = await newSession('phone');
    await cognitoClient().send(
      new AdminUpdateUserAttributesCommand({
        UserPoolId: LOCAL_USER_POOL_ID,
        Username: session.email,
        UserAttributes: [
          { Name: 'phone_number', Value: '+15555550123' },
          { Name: 'phone_number_verified', Value: 'true' },
        ],
      }),
    );
    expect((await post(session.accessToken, { phone_number: '+15555550123' })).body).toMatchObject({
      phone_number_verified: true,
    });
    expect((await post(session.accessToken, { phone_number: '+15555550999' })).body).toMatchObject({
      phone_number_verified: false,
    });
  });
});

describe('e-mail squatting', () => {
  it('another account’s sign-in address cannot be claimed (any spelling); the owner can', async () => {
    const victim = await newSession('victim');
    const attacker = await newSession('attacker');
    for (const spelling of [victim.email, ` ${victim.email.toUpperCase()} `]) {
      const squat = await post(attacker.accessToken, { email: spelling, name: 'Mallory' });
      expect(squat).toMatchObject({ status: 409, body: { error: 'conflict', field: 'email' } });
    }
    expect((await get(attacker.accessToken)).status).toBe(404);
    const own = await post(victim.accessToken, { email: victim.email });
    expect(own).toMatchObject({ status: 201, body: { email_verified: true } });
  });
});

describe('the lookup scope matches the configured resource server exactly', () => {
  const lookupWith = (scope: string, email: string) =>
    call(lookup, {
      method: 'GET',
      path: '/userinfo/lookup',
      token: signAccessToken({
        sub: 'backend-service',
        client_id: localClientId(DEFAULT_PROJECT_ID, 'web'),
        scope,
      }),
      query: { email },
    });

  it('userdata/userinfo-lookup passes; any other resource-server prefix is refused', async () => {
    const session = await newSession('lookup');
    await post(session.accessToken, { email: session.email, name: 'Found' });
    expect((await lookupWith('userdata/userinfo-lookup', session.email)).status).toBe(200);
    for (const scope of [
      'evil/userinfo-lookup',
      'other-server/userinfo-lookup',
      'userdata/x/userinfo-lookup',
      'xuserdata/userinfo-lookup',
    ]) {
      expect((await lookupWith(scope, session.email)).status, scope).toBe(403);
    }
  });
});
