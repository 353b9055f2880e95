/**
 * Attacks on identity (issue 11): case-variant sign-up, identifier-keyed data changing hands,
 * sessions that survive logout / password change / reset, cross-client refresh, attribute
 * injection at sign-up, enumeration, and guessing without limits.
 */

import { randomUUID } from 'node:crypto';
import {
  AdminDeleteUserCommand,
  AdminUpdateUserAttributesCommand,
  CognitoIdentityProviderClient,
  GlobalSignOutCommand,
  InternalErrorException,
  UpdateUserAttributesCommand,
} from '@aws-sdk/client-cognito-identity-provider';
import { InternalServerError } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient, GetCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { mockClient } from 'aws-sdk-client-mock';
import { describe, expect, it } from 'vitest';
import { dynamoAttemptCounter } from '../../lambdas/adapters/dynamodb/attempt-counter-dynamodb.js';
import { limitAttempts } from '../../lambdas/domain/account/attempt-limiter.js';
import { AppError } from '../../lambdas/errors.js';
import { handler as changePassword } from '../../lambdas/handlers/account-change-password.js';
import { handler as confirmForgot } from '../../lambdas/handlers/account-confirm-forgot-password.js';
import { handler as forgot } from '../../lambdas/handlers/account-forgot-password.js';
import { handler as logout } from '../../lambdas/handlers/account-logout.js';
import { handler as profileGet } from '../../lambdas/handlers/account-profile-get.js';
import { handler as profileUpdate } from '../../lambdas/handlers/account-profile-update.js';
import { handler as refresh } from '../../lambdas/handlers/account-refresh.js';
import { DEFAULT_PROJECT_ID } from '../../lib/config.js';
import { LOCAL_USER_POOL_ID, localClientId } from '../../lib/local/local-backend.js';
import { kv } from '../support/kv.js';
import { expectUnexpectedFailure, unexpectedFailures } from '../support/logs.js';
import {
  codesSentTo,
  cognitoClient,
  nextCodeSentTo,
  PASSWORD,
  signInAtEmulator,
  uniqueEmail,
} from '../support/users.js';
import {
  call,
  clientIdOf,
  loginAccount,
  newSession,
  nextSecond,
  params,
  randomIp,
  registerAccount,
  signIn,
} from './support.js';

/** A key/value get's result with the token: 0 or 1 when it works, -3 once it is revoked. */
const kvResult = async (token: string) =>
  Number((await kv('by-user-id', 'get', token, { value_keys: ['any'] })).result);
const kvWorks = async (token: string) => (await kvResult(token)) >= 0;
const REVOKED = -3;
const refreshWith = (refreshToken: string) =>
  call(refresh, { path: '/user/refresh', body: { ...params, refreshToken } });

describe('case-variant sign-up (critical)', () => {
  it('a sign-up differing only in case creates no second account and reads nothing', async () => {
    const local = `victim-${Date.now().toString(36)}`;
    const victimEmail = `${local}@example.com`;
    expect((await registerAccount(victimEmail)).status).toBe(201);
    const session = await signIn(victimEmail);
    expect(
      (await kv('by-email', 'set', session.accessToken, { value_key: 'secret', value_data: 'v' }))
        .result,
    ).toBe(0);

    const attackerPassword = 'Att4cker>pass';
    for (const variant of [victimEmail.toUpperCase(), `${local.replace('v', 'V')}@EXAMPLE.com`]) {
      const signUp = await registerAccount(variant, attackerPassword);
      // Answered like any new sign-up (no enumeration) …
      expect(signUp.status).toBe(201);
      expect(signUp.body).toMatchObject({ result: 1 });
      // … but there is no second account: the attacker's password opens nothing.
      expect((await loginAccount(variant, attackerPassword)).status).toBe(401);
      await expect(
        signInAtEmulator(localClientId(DEFAULT_PROJECT_ID, 'web'), variant, attackerPassword),
      ).rejects.toMatchObject({
        name: expect.stringMatching(/^(NotAuthorized|UserNotFound)Exception$/),
      });
    }
    // Every spelling signs the victim in, to the victim's one account and data.
    const viaVariant = await signIn(victimEmail.toUpperCase());
    expect(viaVariant.userId).toBe(session.userId);
    expect(
      (await kv('by-email', 'get', viaVariant.accessToken, { value_keys: ['secret'] })).values,
    ).toEqual([{ value_key: 'secret', value_data: 'v', version: 1 }]);
  });
});

describe('identifier-keyed data never changes hands', () => {
  const setEmail = (username: string, email: string) =>
    cognitoClient().send(
      new AdminUpdateUserAttributesCommand({
        UserPoolId: LOCAL_USER_POOL_ID,
        Username: username,
        UserAttributes: [
          { Name: 'email', Value: email },
          { Name: 'email_verified', Value: 'true' },
        ],
      }),
    );
  const setIdentities = (username: string, identities: unknown[]) =>
    cognitoClient().send(
      new AdminUpdateUserAttributesCommand({
        UserPoolId: LOCAL_USER_POOL_ID,
        Username: username,
        UserAttributes: [{ Name: 'identities', Value: JSON.stringify(identities) }],
      }),
    );

  it('by-email: after the owner moves to another address, the next holder of the old one sees nothing', async () => {
    const owner = await newSession('owner');
    await kv('by-email', 'set', owner.accessToken, { value_key: 'k', value_data: 'owner data' });
    // The owner's address is released (changed at the identity provider, outside this API) …
    await setEmail(owner.email, uniqueEmail('moved'));
    // … and another account comes to hold it, verified.
    const next = await newSession('next');
    await setEmail(next.email, owner.email);
    const read = await kv('by-email', 'get', next.accessToken, { value_keys: ['k'] });
    expect(read).toEqual({ result: 1, values: [] });
    expect((await kv('by-email', 'list-get', next.accessToken)).keys_public).toEqual([]);
  });

  it('by-email: after the owner’s account is deleted, a new account of the same address sees nothing', async () => {
    const owner = await newSession('deleted');
    await kv('by-email', 'set', owner.accessToken, { value_key: 'k', value_data: 'owner data' });
    await cognitoClient().send(
      new AdminDeleteUserCommand({ UserPoolId: LOCAL_USER_POOL_ID, Username: owner.email }),
    );
    // The address is free again: someone else registers it (any spelling) and signs in.
    expect((await registerAccount(owner.email.toUpperCase(), 'N3w>owner!')).status).toBe(201);
    const next = await signIn(owner.email, 'N3w>owner!');
    expect(next.userId).not.toBe(owner.userId);
    expect(await kv('by-email', 'get', next.accessToken, { value_keys: ['k'] })).toEqual({
      result: 1,
      values: [],
    });
    expect((await kv('by-email', 'list-get', next.accessToken)).keys_public).toEqual([]);
  });

  it('by-idp: an IdP identity that moves to another account brings no data with it', async () => {
    const identity = [{ providerName: 'Google', userId: `g-${Date.now()}` }];
    const owner = await newSession('idp-owner');
    await setIdentities(owner.email, identity);
    await kv('by-idp', 'set', owner.accessToken, {
      identity_provider: 'Google',
      value_key: 'k',
      value_data: 'owner data',
    });
    await setIdentities(owner.email, []);
    const next = await newSession('idp-next');
    await setIdentities(next.email, identity);
    const read = await kv('by-idp', 'get', next.accessToken, {
      identity_provider: 'Google',
      value_keys: ['k'],
    });
    expect(read).toEqual({ result: 1, values: [] });
  });
});

describe('sessions end', () => {
  it('logout: the mark is written first, so it works while Cognito is down (fault injected)', async () => {
    const session = await newSession('logout-down');
    // The failed sign-out is logged at error level (operators should know), on purpose here.
    expectUnexpectedFailure();
    const cognito = mockClient(CognitoIdentityProviderClient);
    cognito
      .on(GlobalSignOutCommand)
      .rejects(new InternalErrorException({ message: 'down', $metadata: {} }));
    try {
      const out = await call(logout, {
        path: '/user/logout',
        token: session.accessToken,
        body: params,
      });
      expect(out).toMatchObject({ status: 200, body: { result: 1 } });
      expect(cognito.commandCalls(GlobalSignOutCommand)).toHaveLength(1);
      expect(unexpectedFailures().map((entry) => entry.message)).toEqual([
        'identity-provider sign-out failed after the revocation mark',
      ]);
    } finally {
      cognito.restore();
    }
    expect(await kvResult(session.accessToken)).toBe(REVOKED);
    expect((await refreshWith(session.refreshToken)).status).toBe(401);
  });

  it('password change: every earlier access and refresh token stops working', async () => {
    const session = await newSession('change');
    const other = await signIn(session.email); // a second device
    const next = 'Chang3d>pass';
    const changed = await call(changePassword, {
      method: 'PUT',
      path: '/user/change-password',
      token: session.accessToken,
      body: { ...params, data: { password: next, previousPassword: PASSWORD } },
    });
    expect(changed).toMatchObject({ status: 200, body: { result: 1 } });
    // The answer's new session (seed 004: a login with the new password) is the one left.
    const fresh = changed.body.data as { accessToken: string; refreshToken: string };
    expect(await kvWorks(fresh.accessToken)).toBe(true);
    expect((await refreshWith(fresh.refreshToken)).status).toBe(200);
    for (const device of [session, other]) {
      expect(await kvResult(device.accessToken)).toBe(REVOKED);
      expect((await refreshWith(device.refreshToken)).status).toBe(401);
    }
    await nextSecond();
    expect(await kvWorks((await signIn(session.email, next)).accessToken)).toBe(true);
  });

  it('password reset: every earlier access and refresh token stops working', async () => {
    const session = await newSession('reset');
    const sent = codesSentTo(session.email).length;
    await call(forgot, {
      method: 'PUT',
      path: '/user/forgot-password',
      body: { ...params, data: { email: session.email.toUpperCase() } },
    });
    const code = await nextCodeSentTo(session.email, sent);
    const next = 'Res3t>passw';
    const reset = await call(confirmForgot, {
      path: '/user/confirm-forgot-password',
      body: { ...params, data: { email: session.email, confirmationCode: code, password: next } },
    });
    expect(reset).toMatchObject({ status: 200, body: { result: 1 } });
    expect(await kvResult(session.accessToken)).toBe(REVOKED);
    expect((await refreshWith(session.refreshToken)).status).toBe(401);
    await nextSecond();
    expect(await kvWorks((await signIn(session.email, next)).accessToken)).toBe(true);
  });

  it('a refresh token refreshes only through its own app client', async () => {
    const session = await newSession('refresh-client');
    const refreshed = await refreshWith(session.refreshToken);
    expect(refreshed.status).toBe(200);
    const data = refreshed.body.data as { accessToken: string };
    expect(clientIdOf(data.accessToken)).toBe(clientIdOf(session.accessToken));
    // A mobile refresh token (signed in at Cognito through the mobile client) yields nothing here.
    const mobile = await signInAtEmulator(
      localClientId(DEFAULT_PROJECT_ID, 'mobile'),
      session.email,
      PASSWORD,
    );
    const mobileRefresh = mobile.RefreshToken ?? '';
    expect(mobileRefresh).not.toBe('');
    expect(await refreshWith(mobileRefresh)).toMatchObject({
      status: 401,
      body: { result: 0, error: 'invalid_token' },
    });
  });
});

describe('server-derived truth at sign-up and PUT /user', () => {
  it('refuses custom:* attributes and verified flags from the caller, creating nothing', async () => {
    for (const extra of [
      { 'custom:role': 'admin' },
      { email_verified: 'true' },
      { phone_number_verified: 'true' },
    ]) {
      const email = uniqueEmail('inject');
      const response = await registerAccount(email, PASSWORD, extra);
      expect(response).toMatchObject({
        status: 400,
        body: { result: 0, error: 'invalid_request' },
      });
      expect((await loginAccount(email)).status).toBe(401);
    }
  });

  it('PUT /user refuses an e-mail change and a custom:* attribute, changing nothing', async () => {
    const session = await newSession('put-user');
    for (const data of [
      { email: uniqueEmail('taken'), nickname: 'x' },
      { 'custom:role': 'admin' },
    ]) {
      const response = await call(profileUpdate, {
        method: 'PUT',
        path: '/user',
        token: session.accessToken,
        body: { ...params, data },
      });
      expect(response).toMatchObject({
        status: 400,
        body: { result: 0, error: 'invalid_request' },
      });
    }
    const user = await call(profileGet, {
      method: 'GET',
      path: '/user',
      token: session.accessToken,
      query: params,
    });
    expect(user.body.data).toMatchObject({ email: session.email });
    expect(user.body.data).not.toHaveProperty('nickname');
    expect(user.body.data).not.toHaveProperty('custom:role');
  });

  it('PUT /user with 1e400 or an unsafe integer in appProfile is a 400 that changes no attribute', async () => {
    const session = await newSession('numbers');
    for (const raw of ['1e400', '-1e400', '12345678901234567890']) {
      const response = await call(profileUpdate, {
        method: 'PUT',
        path: '/user',
        token: session.accessToken,
        rawBody: `{"projectId":"${DEFAULT_PROJECT_ID}","data":{"nickname":"changed","appProfile":{"n":[${raw}]}}}`,
      });
      expect(response).toMatchObject({
        status: 400,
        body: { result: 0, error: 'invalid_request' },
      });
      expect(response.body.message).toContain('appProfile.n[0]');
    }
    const user = await call(profileGet, {
      method: 'GET',
      path: '/user',
      token: session.accessToken,
      query: params,
    });
    expect(user.body.data).not.toHaveProperty('nickname');
  });
});

describe('no half-applied PUT /user', () => {
  it('when Cognito fails on the attributes (fault injected), the appProfile is put back', async () => {
    const session = await newSession('half');
    const put = (data: Record<string, unknown>) =>
      call(profileUpdate, {
        method: 'PUT',
        path: '/user',
        token: session.accessToken,
        body: { ...params, data },
      });
    expect((await put({ appProfile: { theme: 'old' } })).status).toBe(200);
    const cognito = mockClient(CognitoIdentityProviderClient);
    cognito
      .on(UpdateUserAttributesCommand)
      .rejects(new InternalErrorException({ message: 'down', $metadata: {} }));
    try {
      const failed = await put({ nickname: 'new', appProfile: { theme: 'new' } });
      expect(failed).toMatchObject({ status: 503, body: { result: 0, error: 'unavailable' } });
      expect(cognito.commandCalls(UpdateUserAttributesCommand)).toHaveLength(1);
    } finally {
      cognito.restore();
    }
    const user = await call(profileGet, {
      method: 'GET',
      path: '/user',
      token: session.accessToken,
      query: params,
    });
    expect(user.body.data).toMatchObject({ appProfile: { theme: 'old' } });
    expect(user.body.data).not.toHaveProperty('nickname');
  });

  it('when DynamoDB fails on the appProfile (fault injected), no attribute was changed', async () => {
    const session = await newSession('half-ddb');
    const dynamo = mockClient(DynamoDBDocumentClient);
    // The token check reads the revocation mark (none); the appProfile write fails.
    dynamo.on(GetCommand).resolves({});
    dynamo.on(UpdateCommand).rejects(new InternalServerError({ message: 'down', $metadata: {} }));
    try {
      const failed = await call(profileUpdate, {
        method: 'PUT',
        path: '/user',
        token: session.accessToken,
        body: { ...params, data: { nickname: 'new', appProfile: { theme: 'new' } } },
      });
      expect(failed).toMatchObject({ status: 503, body: { result: 0 } });
      expect(dynamo.commandCalls(UpdateCommand)).toHaveLength(1);
    } finally {
      dynamo.restore();
    }
    const user = await call(profileGet, {
      method: 'GET',
      path: '/user',
      token: session.accessToken,
      query: params,
    });
    expect(user.body.data).not.toHaveProperty('nickname');
  });
});

describe('attempt limits', () => {
  const wrongLogins = (email: string, count: number, sourceIp?: string) =>
    Promise.all(
      Array.from({ length: count }, () =>
        loginAccount(email, 'Wrong>passw0rd', sourceIp ?? randomIp()),
      ),
    );

  it('login: 10 failures for one account (from anywhere) lock it for the window, with Retry-After', async () => {
    const session = await newSession('locked');
    const failures = await wrongLogins(session.email.toUpperCase(), 10);
    expect(failures.map((failure) => failure.status)).toEqual(Array(10).fill(401));
    const locked = await loginAccount(session.email, PASSWORD, randomIp());
    expect(locked).toMatchObject({ status: 429, body: { result: 0, error: 'throttled' } });
    const retryAfter = Number(locked.headers['retry-after']);
    expect(retryAfter).toBeGreaterThan(0);
    expect(retryAfter).toBeLessThanOrEqual(15 * 60);
    // Another account is not affected.
    expect((await loginAccount((await newSession('free')).email)).status).toBe(200);
  });

  it('login: of 30 parallel wrong passwords only 10 reach Cognito; the rest are 429 with Retry-After', async () => {
    const session = await newSession('parallel');
    const answers = await wrongLogins(session.email, 30);
    const statuses = answers.map((answer) => answer.status);
    // Each 401 is a guess Cognito answered; in-flight guesses hold their unit of the limit.
    expect(statuses.filter((status) => status === 401)).toHaveLength(10);
    const refused = answers.filter((answer) => answer.status === 429);
    expect(refused).toHaveLength(20);
    for (const answer of refused) {
      expect(answer.body).toMatchObject({ result: 0, error: 'throttled' });
      expect(Number(answer.headers['retry-after'])).toBeGreaterThan(0);
    }
    expect((await loginAccount(session.email, PASSWORD, randomIp())).status).toBe(429);
  });

  it('the counter on DynamoDB: 30 parallel guesses at a limit of 5 run 5; successes give their unit back', async () => {
    const counter = dynamoAttemptCounter();
    const policy = {
      maxFailuresPerAccount: 5,
      maxFailuresPerSource: 100,
      attemptWindowSeconds: 900,
    };
    const account = `${randomUUID()}@example.com`;
    const who = (sourceIp = randomIp()) => ({
      action: 'login',
      account,
      sourceIp,
      now: Math.floor(Date.now() / 1000),
    });
    let reached = 0;
    const guess = () =>
      limitAttempts(counter, policy, who(), async () => {
        reached += 1;
        await new Promise((resolve) => setTimeout(resolve, 20));
        throw new AppError('invalid_credentials', 'Incorrect email or password');
      });
    const outcomes = await Promise.allSettled(Array.from({ length: 30 }, guess));
    expect(reached).toBe(5);
    expect(
      outcomes
        .map((outcome) => (outcome.status === 'rejected' ? outcome.reason.code : 'ok'))
        .sort(),
    ).toEqual([...Array(5).fill('invalid_credentials'), ...Array(25).fill('throttled')]);

    // Another account, 4 failures: the right password still passes, any number of times; the
    // 5th failure locks it.
    const owner = `${randomUUID()}@example.com`;
    const as = () => ({ ...who(), account: owner });
    for (let i = 0; i < 4; i++) {
      await expect(
        limitAttempts(counter, policy, as(), async () => {
          throw new AppError('invalid_credentials', 'wrong');
        }),
      ).rejects.toMatchObject({ code: 'invalid_credentials' });
    }
    // One after the other (an attempt in flight holds a unit, a right password's too).
    for (let i = 0; i < 10; i++) {
      expect(await limitAttempts(counter, policy, as(), async () => 'signed in')).toBe('signed in');
    }
    await expect(
      limitAttempts(counter, policy, as(), async () => {
        throw new AppError('invalid_credentials', 'wrong');
      }),
    ).rejects.toMatchObject({ code: 'invalid_credentials' });
    await expect(
      limitAttempts(counter, policy, as(), async () => 'signed in'),
    ).rejects.toMatchObject({ code: 'throttled' });
  });

  it('login: 100 failures from one source lock that source, for every account', async () => {
    const sourceIp = randomIp();
    for (let round = 0; round < 10; round++) {
      const emails = Array.from({ length: 10 }, () => uniqueEmail('spray'));
      await Promise.all(emails.map((email) => loginAccount(email, 'Wrong>passw0rd', sourceIp)));
    }
    const session = await newSession('sprayed');
    expect((await loginAccount(session.email, PASSWORD, sourceIp)).status).toBe(429);
    expect((await loginAccount(session.email, PASSWORD, randomIp())).status).toBe(200);
  });

  it('reset codes: 10 wrong codes lock the account’s resets, the right code included', async () => {
    const session = await newSession('codes');
    const sent = codesSentTo(session.email).length;
    await call(forgot, {
      method: 'PUT',
      path: '/user/forgot-password',
      body: { ...params, data: { email: session.email } },
    });
    const code = await nextCodeSentTo(session.email, sent);
    const confirm = (confirmationCode: string) =>
      call(confirmForgot, {
        path: '/user/confirm-forgot-password',
        body: {
          ...params,
          data: { email: session.email, confirmationCode, password: 'Res3t>passw' },
        },
      });
    for (let attempt = 0; attempt < 10; attempt++) {
      expect((await confirm(`00000$attemptx`)).status).toBe(400);
    }
    const locked = await confirm(code);
    expect(locked.status).toBe(429);
    expect(Number(locked.headers['retry-after'])).toBeGreaterThan(0);
    expect((await loginAccount(session.email)).status).toBe(200);
  });

  it('change-password: 10 wrong previous passwords lock password changes', async () => {
    const session = await newSession('change-lock');
    const change = (previousPassword: string) =>
      call(changePassword, {
        method: 'PUT',
        path: '/user/change-password',
        token: session.accessToken,
        body: { ...params, data: { password: 'Chang3d>pass', previousPassword } },
      });
    for (let attempt = 0; attempt < 10; attempt++) {
      expect((await change(`Wrong>$attemptpass`)).status).toBe(401);
    }
    expect((await change(PASSWORD)).status).toBe(429);
  });
});
