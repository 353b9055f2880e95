/**
 * The rest of the awsCognito account surface: refresh, logout, profile, password flows and
 * device check, against the Cognito emulator and DynamoDB Local.
 */
import {
  CognitoIdentityProviderClient,
  ConfirmForgotPasswordCommand,
  ExpiredCodeException,
} from '@aws-sdk/client-cognito-identity-provider';
import { mockClient } from 'aws-sdk-client-mock';
import { beforeEach, describe, expect, it } from 'vitest';
import { handler as changePassword } from '../../lambdas/handlers/account-change-password.js';
import { handler as check } from '../../lambdas/handlers/account-check.js';
import { handler as confirmForgot } from '../../lambdas/handlers/account-confirm-forgot-password.js';
import { handler as forgot } from '../../lambdas/handlers/account-forgot-password.js';
import { handler as login } from '../../lambdas/handlers/account-login.js';
import { handler as logout } from '../../lambdas/handlers/account-logout.js';
import { handler as profileGet } from '../../lambdas/handlers/account-profile-get.js';
import { handler as profileUpdate } from '../../lambdas/handlers/account-profile-update.js';
import { handler as refresh } from '../../lambdas/handlers/account-refresh.js';
import { handler as register } from '../../lambdas/handlers/account-register.js';
import { handler as documentGet } from '../../lambdas/handlers/document-get.js';
import { handler as kvGet } from '../../lambdas/handlers/kv-get.js';
import { handler as userinfoGet } from '../../lambdas/handlers/userinfo-get.js';
import { DEFAULT_PROJECT_ID } from '../../lib/config.js';
import { invoke } from '../support/events.js';
import { accountRefusal, refusal } from '../support/refusals.js';
import { OTHER_PROJECT_ID } from '../support/test-config.js';
import { codesSentTo, nextCodeSentTo, PASSWORD, uniqueEmail } from '../support/users.js';

const params = { projectId: DEFAULT_PROJECT_ID, strategy: 'email', provider: 'awsCognito' };

interface Session {
  email: string;
  accessToken: string;
  refreshToken: string;
  deviceId: string;
  userId: string;
}

async function signedUp(password = PASSWORD): Promise<Session> {
  const email = uniqueEmail();
  const registered = await invoke(register, {
    path: '/user',
    body: { ...params, data: { email, password } },
  });
  expect(registered.status).toBe(201);
  return signIn(email, password);
}

async function signIn(email: string, password = PASSWORD, deviceId?: string): Promise<Session> {
  const response = await invoke(login, {
    method: 'PUT',
    path: '/user/login',
    body: { ...params, data: { email, password, deviceId } },
  });
  expect(response.status, JSON.stringify(response.body)).toBe(200);
  return { email, ...(response.body.data as Omit<Session, 'email'>) };
}

const getUser = (token: string, query: Record<string, string> = params) =>
  invoke(profileGet, { method: 'GET', path: '/user', token, query });
const kvStillWorks = async (token: string) =>
  (await invoke(kvGet, { path: '/user-data/get', token, body: { value_keys: [] } })).body.result;

describe('POST /user/refresh', () => {
  it('gives a new access token that works on the API', async () => {
    const session = await signedUp();
    const response = await invoke(refresh, {
      path: '/user/refresh',
      body: { ...params, deviceId: session.deviceId, refreshToken: session.refreshToken },
    });
    expect(response).toMatchObject({ status: 200, body: { result: 1 } });
    const data = response.body.data as Record<string, string>;
    expect(data.userId).toBe(session.userId);
    expect(await kvStillWorks(data.accessToken as string)).toBe(0);
    expect((await getUser(data.accessToken as string)).status).toBe(200);
  });

  it('401 for a garbage refresh token, 404 for a device that is not the user’s', async () => {
    const session = await signedUp();
    const garbage = await invoke(refresh, {
      path: '/user/refresh',
      body: { ...params, refreshToken: 'garbage' },
    });
    expect(garbage).toMatchObject({ status: 401, body: { result: 0, error: 'invalid_token' } });
    const other = await signedUp();
    const foreignDevice = await invoke(refresh, {
      path: '/user/refresh',
      body: { ...params, deviceId: other.deviceId, refreshToken: session.refreshToken },
    });
    expect(foreignDevice).toMatchObject({ status: 404, body: { result: 0 } });
  });
});

describe('POST /user/logout', () => {
  it('revokes the user’s earlier access tokens on every family’s routes', async () => {
    const session = await signedUp();
    const second = await signIn(session.email);
    expect(await kvStillWorks(second.accessToken)).toBe(0);
    const auth = (token: string) => ({ authorization: `Bearer ${token}` });
    expect(
      (
        await invoke(documentGet, {
          method: 'GET',
          path: '/custom-user-data',
          headers: auth(second.accessToken),
        })
      ).status,
    ).toBe(200);
    expect(
      await invoke(userinfoGet, { method: 'GET', path: '/userinfo', token: second.accessToken }),
    ).toMatchObject(refusal(404, 'not_found'));

    const out = await invoke(logout, {
      path: '/user/logout',
      token: session.accessToken,
      body: params,
    });
    expect(out).toMatchObject({ status: 200, body: { result: 1 } });

    for (const token of [session.accessToken, second.accessToken]) {
      expect(await kvStillWorks(token)).toBe(-3);
      expect(await getUser(token)).toMatchObject(accountRefusal(401, 'access_denied'));
      expect(
        await invoke(documentGet, {
          method: 'GET',
          path: '/custom-user-data',
          headers: auth(token),
        }),
      ).toMatchObject(refusal(403, 'access_denied'));
      expect(await invoke(userinfoGet, { method: 'GET', path: '/userinfo', token })).toMatchObject(
        refusal(403, 'access_denied'),
      );
      expect(await invoke(logout, { path: '/user/logout', token, body: params })).toMatchObject(
        accountRefusal(401, 'access_denied'),
      );
    }
  });

  it('a sign-in after the logout works again', async () => {
    const session = await signedUp();
    await invoke(logout, { path: '/user/logout', token: session.accessToken, body: params });
    await new Promise((resolve) => setTimeout(resolve, 1_100)); // marks have one-second resolution
    const fresh = await signIn(session.email);
    expect(await kvStillWorks(fresh.accessToken)).toBe(0);
  });

  it('revokes the refresh token it is given', async () => {
    const session = await signedUp();
    await invoke(logout, {
      path: '/user/logout',
      token: session.accessToken,
      body: { ...params, refreshToken: session.refreshToken },
    });
    const response = await invoke(refresh, {
      path: '/user/refresh',
      body: { ...params, refreshToken: session.refreshToken },
    });
    expect(response).toMatchObject(accountRefusal(401, 'invalid_token'));
  });

  it('takes an empty body (every seed parameter is optional)', async () => {
    const session = await signedUp();
    const out = await invoke(logout, { path: '/user/logout', token: session.accessToken });
    expect(out).toMatchObject({ status: 200, body: { result: 1 } });
  });

  it('401 without a token', async () => {
    const response = await invoke(logout, { path: '/user/logout', body: params });
    expect(response).toMatchObject({ status: 401, body: { result: 0, error: 'invalid_token' } });
  });
});

describe('GET /user and PUT /user', () => {
  it('return Cognito attributes (custom ones too), devices, login history and appProfile', async () => {
    const session = await signedUp();
    const update = await invoke(profileUpdate, {
      method: 'PUT',
      path: '/user',
      token: session.accessToken,
      body: {
        ...params,
        data: { nickname: 'testUserCognito', appProfile: { data: 'customUserObjectGoesHere' } },
      },
    });
    expect(update).toMatchObject({
      status: 200,
      body: {
        result: 1,
        data: {
          email: session.email,
          projectId: DEFAULT_PROJECT_ID,
          appProfile: { data: 'customUserObjectGoesHere' },
        },
      },
    });

    const profile = await getUser(session.accessToken);
    expect(profile.status).toBe(200);
    const data = profile.body.data as Record<string, unknown>;
    // Seed 004's shape: the profile nested in data.data, attributes and devices beside it.
    expect(data).toMatchObject({
      data: { email: session.email, nickname: 'testUserCognito', userId: session.userId },
      email: session.email,
      nickname: 'testUserCognito',
      appProfile: { data: 'customUserObjectGoesHere' },
    });
    expect(data.devices).toEqual([
      expect.objectContaining({ deviceId: session.deviceId, userId: session.userId }),
    ]);
    expect((data.data as { loginHistory: unknown[] }).loginHistory).toHaveLength(1);
  });

  it('refuses unknown attributes and an oversized appProfile, changing nothing', async () => {
    const session = await signedUp();
    const unknown = await invoke(profileUpdate, {
      method: 'PUT',
      path: '/user',
      token: session.accessToken,
      body: { ...params, data: { shoe_size: '44' } },
    });
    expect(unknown).toMatchObject({ status: 400, body: { result: 0, error: 'invalid_request' } });
    expect(unknown.body.message).toContain('shoe_size');
    const big = await invoke(profileUpdate, {
      method: 'PUT',
      path: '/user',
      token: session.accessToken,
      body: { ...params, data: { nickname: 'big', appProfile: { blob: 'x'.repeat(70 * 1024) } } },
    });
    expect(big).toMatchObject(accountRefusal(400, 'invalid_request'));
    const data = (await getUser(session.accessToken)).body.data as Record<string, unknown>;
    expect(data.nickname).toBeUndefined();
    expect(data.appProfile).toEqual({});
  });

  it('refuses a token of another project, an unknown project and an unknown provider', async () => {
    const session = await signedUp();
    expect(
      await getUser(session.accessToken, { ...params, projectId: OTHER_PROJECT_ID }),
    ).toMatchObject(accountRefusal(401, 'invalid_token'));
    expect(
      await getUser(session.accessToken, {
        ...params,
        projectId: '00000000-0000-4000-8000-000000000000',
      }),
    ).toMatchObject(accountRefusal(404, 'unknown_project'));
    expect(await getUser(session.accessToken, { ...params, provider: 'authZero' })).toMatchObject(
      accountRefusal(400, 'unknown_provider'),
    );
  });
});

describe('GET /user/check', () => {
  it('confirms the user’s own device and refuses another user’s', async () => {
    const session = await signedUp();
    const ok = await invoke(check, {
      method: 'GET',
      path: '/user/check',
      token: session.accessToken,
      query: { ...params, deviceId: session.deviceId },
    });
    expect(ok).toMatchObject({
      status: 200,
      body: { result: 1, data: { data: { userId: session.userId } } },
    });
    const other = await signedUp();
    const foreign = await invoke(check, {
      method: 'GET',
      path: '/user/check',
      token: session.accessToken,
      query: { ...params, deviceId: other.deviceId },
    });
    expect(foreign).toMatchObject({ status: 404, body: { result: 0 } });
    const malformed = await invoke(check, {
      method: 'GET',
      path: '/user/check',
      token: session.accessToken,
      query: { ...params, deviceId: 'nope' },
    });
    expect(malformed).toMatchObject(accountRefusal(400, 'invalid_request'));
  });
});

describe('PUT /user/change-password', () => {
  const change = (token: string, data: Record<string, string>) =>
    invoke(changePassword, {
      method: 'PUT',
      path: '/user/change-password',
      token,
      body: { ...params, data },
    });

  it('the old password stops working, the new one works', async () => {
    const session = await signedUp();
    const next = 'bID>idfsf23!!';
    const response = await change(session.accessToken, {
      password: next,
      previousPassword: PASSWORD,
    });
    expect(response).toMatchObject({ status: 200, body: { result: 1 } });
    const old = await invoke(login, {
      method: 'PUT',
      path: '/user/login',
      body: { ...params, data: { email: session.email, password: PASSWORD } },
    });
    expect(old).toMatchObject(accountRefusal(401, 'invalid_credentials'));
    await signIn(session.email, next);
  });

  it('401 for a wrong previous password, 400 for a weak new one', async () => {
    const session = await signedUp();
    expect(
      await change(session.accessToken, {
        password: 'bID>idfsf23!!',
        previousPassword: 'Wrong-1!',
      }),
    ).toMatchObject({
      status: 401,
      body: { result: 0, error: 'invalid_credentials' },
    });
    const weak = await change(session.accessToken, {
      password: 'short',
      previousPassword: PASSWORD,
    });
    expect(weak).toMatchObject({ status: 400, body: { result: 0, error: 'weak_password' } });
    await signIn(session.email, PASSWORD);
  });
});

describe('forgot and confirm password', () => {
  const forgotFor = (email: string) =>
    invoke(forgot, {
      method: 'PUT',
      path: '/user/forgot-password',
      body: { ...params, data: { email } },
    });
  const confirm = (data: Record<string, string>) =>
    invoke(confirmForgot, { path: '/user/confirm-forgot-password', body: { ...params, data } });

  it('resets the password with the code the user was sent', async () => {
    const session = await signedUp();
    const sent = codesSentTo(session.email).length;
    expect(await forgotFor(session.email)).toMatchObject({
      status: 200,
      body: { result: 1, message: 'please check your email' },
    });
    const code = await nextCodeSentTo(session.email, sent);
    const next = 'New>Passw0rd!';
    expect(
      await confirm({ email: session.email, confirmationCode: code, password: next }),
    ).toMatchObject({ status: 200, body: { result: 1 } });
    await signIn(session.email, next);
  });

  it('answers an unknown address exactly like a known one', async () => {
    const session = await signedUp();
    const known = await forgotFor(session.email);
    const unknown = await forgotFor(uniqueEmail('nobody'));
    expect(unknown).toEqual(known);
  });

  it('400 for a wrong code (and the same for an unknown address), or a weak password', async () => {
    const session = await signedUp();
    const sent = codesSentTo(session.email).length;
    await forgotFor(session.email);
    const code = await nextCodeSentTo(session.email, sent);
    const wrong = await confirm({
      email: session.email,
      confirmationCode: '000000x',
      password: 'New>Passw0rd!',
    });
    expect(wrong).toMatchObject({ status: 400, body: { result: 0, error: 'invalid_code' } });
    const unknown = await confirm({
      email: uniqueEmail('nobody'),
      confirmationCode: '000000x',
      password: 'New>Passw0rd!',
    });
    expect(unknown).toEqual(wrong);
    const weak = await confirm({
      email: session.email,
      confirmationCode: code,
      password: 'weak',
    });
    expect(weak).toMatchObject({ status: 400, body: { error: 'weak_password' } });
  });

  describe('an expired code (Cognito fault injected: the emulator never expires codes)', () => {
    let cognito: ReturnType<typeof mockClient>;
    beforeEach(() => {
      cognito = mockClient(CognitoIdentityProviderClient);
      return () => cognito.restore();
    });
    it('400 expired_code', async () => {
      cognito
        .on(ConfirmForgotPasswordCommand)
        .rejects(new ExpiredCodeException({ message: 'expired', $metadata: {} }));
      const response = await confirm({
        email: 'a@example.com',
        confirmationCode: '123456',
        password: 'New>Passw0rd!',
      });
      expect(response).toMatchObject({ status: 400, body: { result: 0, error: 'expired_code' } });
    });
  });
});

describe('weak password at sign-up', () => {
  it('400 weak_password naming what is missing', async () => {
    const response = await invoke(register, {
      path: '/user',
      body: { ...params, data: { email: uniqueEmail(), password: 'alllowercase' } },
    });
    expect(response).toMatchObject({ status: 400, body: { result: 0, error: 'weak_password' } });
    expect(response.body.message).toMatch(/upper-case/);
  });
});
