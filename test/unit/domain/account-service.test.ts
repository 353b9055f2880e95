/** Account flows against an in-memory identity provider and AccountStore. */
import { describe, expect, it } from 'vitest';
import {
  changeUserPassword,
  checkDevice,
  loginUser,
  logoutUser,
  refreshSession,
  registerUser,
  updateUser,
  userProfile,
} from '../../../lambdas/domain/account/account-service.js';
import { signDevice } from '../../../lambdas/domain/account/device-signature.js';
import { defaultPasswordPolicy } from '../../../lambdas/domain/account/password-policy.js';
import { AppError } from '../../../lambdas/errors.js';
import {
  InMemoryAccountStore,
  InMemoryAttemptCounter,
  InMemoryIdentityProvider,
  InMemoryOwnerNotices,
  InMemoryRevocations,
  InMemorySessionRegistry,
} from '../../support/in-memory-ports.js';

const PASSWORD = 'bID>idfsf23!';
const project = { projectId: 'p', autoConfirmSignUp: true, maxLoginHistory: 2 };
const SECRET = 'signing-secret';
const signInClient = { userPoolId: 'pool', clientId: 'web' };
const refreshProject = { projectId: 'p', userPoolId: 'pool', clientIds: ['web'] };
const attemptPolicy = {
  maxFailuresPerAccount: 3,
  maxFailuresPerSource: 5,
  attemptWindowSeconds: 60,
};
const from = (now: number, sourceIp = '192.0.2.1') => ({ sourceIp, now });

function setup() {
  const provider = new InMemoryIdentityProvider();
  const accounts = new InMemoryAccountStore();
  const sessions = new InMemorySessionRegistry();
  const revocations = new InMemoryRevocations();
  const attempts = new InMemoryAttemptCounter();
  const signOutFailures: unknown[] = [];
  const deps = {
    provider,
    accounts,
    signingSecret: async () => SECRET,
    sessions,
    revocations,
    attempts,
    attemptPolicy,
    signInClient,
    providerFor: () => provider,
    onSignOutFailure: (error: unknown) => signOutFailures.push(error),
  };
  return { provider, accounts, sessions, revocations, attempts, signOutFailures, deps };
}

type Deps = ReturnType<typeof setup>['deps'];

async function registered(deps: Deps, email = 'a@example.com') {
  return registerUser(
    deps.provider,
    project,
    defaultPasswordPolicy,
    { email, password: PASSWORD, attributes: {} },
    new InMemoryOwnerNotices(),
  );
}

describe('registerUser', () => {
  it('signs up and confirms at once when the project auto-confirms; not otherwise', async () => {
    const { provider, deps } = setup();
    expect(await registered(deps)).toEqual({ userId: 'sub-1', confirmed: true });
    expect(provider.calls).toEqual(['signUp', 'confirmSignUp']);
    const manual = await registerUser(
      provider,
      { ...project, autoConfirmSignUp: false },
      defaultPasswordPolicy,
      { email: 'b@example.com', password: PASSWORD, attributes: {} },
      new InMemoryOwnerNotices(),
    );
    expect(manual).toEqual({ userId: 'sub-2', confirmed: false });
    expect(provider.calls).toEqual(['signUp', 'confirmSignUp', 'signUp']);
  });

  it('refuses a weak password and unknown attributes before calling the provider', async () => {
    const { provider } = setup();
    await expect(
      registerUser(
        provider,
        project,
        defaultPasswordPolicy,
        {
          email: 'a@example.com',
          password: 'alllowercase',
          attributes: {},
        },
        new InMemoryOwnerNotices(),
      ),
    ).rejects.toMatchObject({ code: 'weak_password', message: expect.stringContaining('upper') });
    await expect(
      registerUser(
        provider,
        project,
        defaultPasswordPolicy,
        {
          email: 'a@example.com',
          password: PASSWORD,
          attributes: { shoe_size: '44' },
        },
        new InMemoryOwnerNotices(),
      ),
    ).rejects.toMatchObject({
      code: 'invalid_request',
      message: expect.stringContaining('shoe_size'),
    });
    expect(provider.calls).toEqual([]);
  });
});

describe('loginUser, refreshSession, checkDevice', () => {
  it('records the device with a signature, keeps its first sign-up, bounds the login history', async () => {
    const { accounts, deps } = setup();
    const { userId } = await registered(deps);
    const input = { email: 'a@example.com', password: PASSWORD, deviceId: 'device-1' };
    const first = await loginUser(deps, project, input, from(1000));
    expect(first).toMatchObject({ userId, deviceId: 'device-1', signUp: 1000, timeStamp: 1000 });
    expect(first.signature).toBe(
      signDevice(SECRET, {
        projectId: 'p',
        userId,
        deviceId: 'device-1',
        signUp: 1000,
        timeStamp: 1000,
      }),
    );
    await loginUser(deps, project, input, from(2000));
    const third = await loginUser(deps, project, input, from(3000));
    expect(third).toMatchObject({ signUp: 1000, timeStamp: 3000 });
    expect((await accounts.loadAccount('p', userId)).loginHistory).toEqual([2000, 3000]);
    expect(await accounts.listDevices('p', userId)).toHaveLength(1);
  });

  it('a wrong password records nothing', async () => {
    const { accounts, deps } = setup();
    await registered(deps);
    await expect(
      loginUser(deps, project, { email: 'a@example.com', password: 'Wrong-1!' }, from(1000)),
    ).rejects.toMatchObject({ code: 'invalid_credentials' });
    expect(accounts.devices.size).toBe(0);
  });

  it('refresh and check accept the user’s own device only', async () => {
    const { deps } = setup();
    await registered(deps, 'a@example.com');
    await registered(deps, 'b@example.com');
    const a = await loginUser(
      deps,
      project,
      { email: 'a@example.com', password: PASSWORD },
      from(1),
    );
    const b = await loginUser(
      deps,
      project,
      { email: 'b@example.com', password: PASSWORD },
      from(1),
    );
    const refreshed = await refreshSession(deps, refreshProject, {
      refreshToken: a.refreshToken ?? '',
      deviceId: a.deviceId,
    });
    expect(refreshed).toMatchObject({ userId: a.userId, deviceId: a.deviceId });
    await expect(
      refreshSession(deps, refreshProject, {
        refreshToken: a.refreshToken ?? '',
        deviceId: b.deviceId,
      }),
    ).rejects.toMatchObject({ code: 'not_found' });
    const caller = { projectId: 'p', sub: a.userId, accessToken: a.accessToken };
    expect((await checkDevice(deps, caller, a.deviceId)).devices).toEqual([
      expect.objectContaining({ deviceId: a.deviceId, userId: a.userId }),
    ]);
    await expect(checkDevice(deps, caller, b.deviceId)).rejects.toMatchObject({
      code: 'not_found',
    });
  });
});

describe('userProfile and updateUser', () => {
  it('updates attributes and the app profile; the profile shows both', async () => {
    const { deps } = setup();
    await registered(deps);
    const session = await loginUser(
      deps,
      project,
      { email: 'a@example.com', password: PASSWORD },
      from(5),
    );
    const caller = { projectId: 'p', sub: session.userId, accessToken: session.accessToken };
    const updated = await updateUser(deps, caller, {
      attributes: { nickname: 'al' },
      appProfile: { theme: 'dark' },
    });
    expect(updated).toMatchObject({ email: 'a@example.com', appProfile: { theme: 'dark' } });
    // Seed 004's shape: the attributes and login history nested in `data`, devices beside.
    expect(await userProfile(deps, caller)).toMatchObject({
      data: {
        email: 'a@example.com',
        nickname: 'al',
        userId: session.userId,
        loginHistory: [5],
      },
      devices: [expect.objectContaining({ deviceId: session.deviceId })],
      appProfile: { theme: 'dark' },
    });
    await expect(
      updateUser(deps, caller, { attributes: { shoe_size: '44' } }),
    ).rejects.toMatchObject({ code: 'invalid_request' });
  });
});

describe('attempt limits and the end of sessions', () => {
  it('after the account’s failure limit even the right password is refused until the window ends', async () => {
    const { provider, deps } = setup();
    await registered(deps);
    const wrong = { email: 'a@example.com', password: 'Wrong-1!' };
    for (let i = 0; i < attemptPolicy.maxFailuresPerAccount; i++) {
      await expect(loginUser(deps, project, wrong, from(10))).rejects.toMatchObject({
        code: 'invalid_credentials',
      });
    }
    const right = { email: 'A@Example.com', password: PASSWORD };
    const signIns = provider.calls.filter((call) => call === 'signIn').length;
    await expect(loginUser(deps, project, right, from(20, '198.51.100.7'))).rejects.toMatchObject({
      code: 'throttled',
      retryAfterSeconds: 40,
    });
    // Refused before the provider is asked: no guess reaches it.
    expect(provider.calls.filter((call) => call === 'signIn')).toHaveLength(signIns);
    expect(await loginUser(deps, project, right, from(60))).toMatchObject({ timeStamp: 60 });
  });

  it('successful sign-ins do not count towards the limit', async () => {
    const { deps } = setup();
    await registered(deps);
    const right = { email: 'a@example.com', password: PASSWORD };
    for (let i = 0; i <= attemptPolicy.maxFailuresPerAccount; i++) {
      await loginUser(deps, project, right, from(10));
    }
  });

  it('guesses in flight count: of 12 parallel wrong passwords only the limit reach the provider', async () => {
    const { provider, attempts, deps } = setup();
    await registered(deps);
    const wrong = { email: 'a@example.com', password: 'Wrong-1!' };
    const outcomes = await Promise.allSettled(
      Array.from({ length: 12 }, (_, i) =>
        loginUser(deps, project, wrong, from(10, `192.0.2.${i}`)),
      ),
    );
    const codes = outcomes.map((outcome) =>
      outcome.status === 'rejected' ? (outcome.reason as { code: string }).code : 'ok',
    );
    expect(codes.filter((code) => code === 'invalid_credentials')).toHaveLength(
      attemptPolicy.maxFailuresPerAccount,
    );
    expect(codes.filter((code) => code === 'throttled')).toHaveLength(
      12 - attemptPolicy.maxFailuresPerAccount,
    );
    expect(provider.calls.filter((call) => call === 'signIn')).toHaveLength(
      attemptPolicy.maxFailuresPerAccount,
    );
    // A refusal gave back its source reservation: the sources hold exactly the real guesses.
    const sourceCounts = [...attempts.counts]
      .filter(([key]) => key.includes('#source#'))
      .reduce((sum, [, count]) => sum + count, 0);
    expect(sourceCounts).toBe(attemptPolicy.maxFailuresPerAccount);
  });

  it('an attempt that fails for another reason gives its reservation back', async () => {
    const { provider, attempts, deps } = setup();
    await registered(deps);
    provider.signIn = async () => {
      throw new AppError('unavailable', 'Cognito is down');
    };
    const right = { email: 'a@example.com', password: PASSWORD };
    for (let i = 0; i <= attemptPolicy.maxFailuresPerAccount; i++) {
      await expect(loginUser(deps, project, right, from(10))).rejects.toMatchObject({
        code: 'unavailable',
      });
    }
    expect([...attempts.counts.values()].every((count) => count === 0)).toBe(true);
  });

  it('refresh works through the issuing client only, and not after logout or a password change', async () => {
    const { deps, revocations } = setup();
    await registered(deps);
    const right = { email: 'a@example.com', password: PASSWORD };
    const login = await loginUser(deps, project, right, from(100));
    const refreshToken = login.refreshToken ?? '';
    expect(await refreshSession(deps, refreshProject, { refreshToken })).toMatchObject({
      userId: login.userId,
    });
    await expect(
      refreshSession(deps, { ...refreshProject, clientIds: ['mobile'] }, { refreshToken }),
    ).rejects.toMatchObject({ code: 'invalid_token' });
    await expect(
      refreshSession(deps, refreshProject, { refreshToken: 'refresh:never-issued' }),
    ).rejects.toMatchObject({ code: 'invalid_token' });

    const caller = { userPoolId: 'pool', sub: login.userId, accessToken: login.accessToken };
    await logoutUser(deps, caller, 200);
    expect(await revocations.revokedBefore(caller)).toBe(200);
    await expect(refreshSession(deps, refreshProject, { refreshToken })).rejects.toMatchObject({
      code: 'invalid_token',
    });

    const again = await loginUser(deps, project, right, from(300));
    expect(await refreshSession(deps, refreshProject, { refreshToken })).toMatchObject({
      userId: login.userId,
    });
    await changeUserPassword(
      deps,
      defaultPasswordPolicy,
      { ...caller, accessToken: again.accessToken },
      { previous: PASSWORD, next: 'New-passw0rd!' },
      from(400),
    );
    await expect(refreshSession(deps, refreshProject, { refreshToken })).rejects.toMatchObject({
      code: 'invalid_token',
    });
  });
});
