/**
 * Every route of the table, attacked across the three boundaries: another user, another app
 * client of the same user, another project. Each route has a scenario below (a test fails
 * when a route is added without one): the attacker's call must be refused or see nothing of
 * the victim's, and the victim's data must be unchanged afterwards.
 */
import { createHmac, randomUUID } from 'node:crypto';
import { AdminUpdateUserAttributesCommand } from '@aws-sdk/client-cognito-identity-provider';
import { beforeAll, describe, expect, it } from 'vitest';
import { handler as changePassword } from '../../lambdas/handlers/account-change-password.js';
import { handler as accountCheck } from '../../lambdas/handlers/account-check.js';
import { handler as logout } from '../../lambdas/handlers/account-logout.js';
import { handler as profileGet } from '../../lambdas/handlers/account-profile-get.js';
import { handler as profileUpdate } from '../../lambdas/handlers/account-profile-update.js';
import { handler as refresh } from '../../lambdas/handlers/account-refresh.js';
import { handler as upgrade } from '../../lambdas/handlers/account-upgrade.js';
import { handler as userCreate } from '../../lambdas/handlers/account-user-create.js';
import { handler as userLogin } from '../../lambdas/handlers/account-user-login.js';
import { handler as documentGet } from '../../lambdas/handlers/document-get.js';
import { handler as documentPatch } from '../../lambdas/handlers/document-patch.js';
import { handler as documentReplace } from '../../lambdas/handlers/document-replace.js';
import { handler as openapiGet } from '../../lambdas/handlers/openapi-get.js';
import { handler as providerCheck } from '../../lambdas/handlers/provider-token-check.js';
import { handler as sessionFeedback } from '../../lambdas/handlers/session-feedback.js';
import { handler as existingInfo } from '../../lambdas/handlers/user-existing-info.js';
import { handler as userinfoDelete } from '../../lambdas/handlers/userinfo-delete.js';
import { handler as userinfoGet } from '../../lambdas/handlers/userinfo-get.js';
import { handler as userinfoHistory } from '../../lambdas/handlers/userinfo-history.js';
import { handler as lookup } from '../../lambdas/handlers/userinfo-lookup.js';
import { handler as userinfoUpsert } from '../../lambdas/handlers/userinfo-upsert.js';
import { DEFAULT_PROJECT_ID } from '../../lib/config.js';
import { LOCAL_USER_POOL_ID, localClientId } from '../../lib/local/local-backend.js';
import { routes } from '../../lib/routes.js';
import { kv } from '../support/kv.js';
import { providerToken, uniqueSubject } from '../support/provider-tokens.js';
import { OTHER_PROJECT_ID } from '../support/test-config.js';
import { signAccessToken } from '../support/tokens.js';
import { cognitoClient, PASSWORD, signInAtEmulator } from '../support/users.js';
import { addWalletRequest, createWallet, walletCall } from '../support/wallets.js';
import { call, newSession, params, type Session } from './support.js';

/** The key/value and wallet families' "unavailable or failed" code. */
const UNAVAILABLE = -4;

/** The routes each describe block below covers, checked against the table at the end. */
const covered = new Set<string>();
const cover = (...keys: string[]) => {
  for (const key of keys) covered.add(key);
};

interface Party {
  session: Session;
  /** The same user through the mobile app client. */
  mobile: string;
  /** The same user through the other project's app client. */
  otherProject: string;
}

async function party(label: string): Promise<Party> {
  const session = await newSession(label);
  await cognitoClient().send(
    new AdminUpdateUserAttributesCommand({
      UserPoolId: LOCAL_USER_POOL_ID,
      Username: session.email,
      UserAttributes: [
        {
          Name: 'identities',
          Value: JSON.stringify([{ providerName: 'Google', userId: `${label}-${session.userId}` }]),
        },
      ],
    }),
  );
  const signIn = async (clientId: string) =>
    (await signInAtEmulator(clientId, session.email, PASSWORD)).AccessToken ?? '';
  return {
    session,
    mobile: await signIn(localClientId(DEFAULT_PROJECT_ID, 'mobile')),
    otherProject: await signIn(localClientId(OTHER_PROJECT_ID, 'web')),
  };
}

let victim: Party;
let attacker: Party;
beforeAll(async () => {
  [victim, attacker] = await Promise.all([party('victim'), party('attacker')]);
});

describe('key/value: every namespace, every operation', () => {
  const namespaces = ['by-user-id', 'by-email', 'by-idp'] as const;
  const selector = { identity_provider: 'Google' };

  it.each(namespaces)(
    '%s: no other user, client or project reads, lists, deletes or overwrites the victim’s keys',
    async (namespace) => {
      cover(
        ...['set', 'get', 'delete', 'list-get', 'shared-list-get'].map(
          (op) => `POST /user-data/${namespace}/${op}`,
        ),
      );
      if (namespace === 'by-user-id') cover('POST /user-data/set', 'POST /user-data/get');
      const v = victim.session.accessToken;
      for (const [key, scope] of [
        ['private-key', 0],
        ['public-key', 1],
      ] as const) {
        const set = await kv(namespace, 'set', v, {
          ...selector,
          value_key: key,
          value_data: `victim ${key}`,
          access_scope: scope,
        });
        expect(set.result).toBe(0);
      }
      const strangers = [attacker.session.accessToken, attacker.mobile, victim.otherProject];
      for (const token of strangers) {
        const read = await kv(namespace, 'get', token, {
          ...selector,
          value_keys: ['private-key', 'public-key'],
        });
        expect(read.values ?? []).toEqual([]);
        // Refused or empty — never a crash answered as -4, which would also show nothing.
        expect(read.result).not.toBe(UNAVAILABLE);
        const listed = await kv(namespace, 'list-get', token, selector);
        expect(listed.result).not.toBe(UNAVAILABLE);
        expect([
          ...((listed.keys_private as string[]) ?? []),
          ...((listed.keys_public as string[]) ?? []),
        ]).toEqual([]);
        const shared = await kv(namespace, 'shared-list-get', token, selector);
        expect(shared.keys_shared ?? []).toEqual([]);
        expect(shared.result).not.toBe(UNAVAILABLE);
      }
      // Deletes and overwrites, after every read (an overwrite lands in the attacker's own namespace).
      for (const token of strangers) {
        await kv(namespace, 'delete', token, {
          ...selector,
          value_keys: ['private-key', 'public-key'],
        });
        await kv(namespace, 'set', token, {
          ...selector,
          value_key: 'public-key',
          value_data: 'overwritten',
        });
      }
      // The victim's other app client: the private key stays private, neither key is its to change.
      const mobile = await kv(namespace, 'get', victim.mobile, {
        ...selector,
        value_keys: ['private-key', 'public-key'],
      });
      expect(mobile.values).toEqual([
        { value_key: 'public-key', value_data: 'victim public-key', version: 1 },
      ]);
      const deleted = await kv(namespace, 'delete', victim.mobile, {
        ...selector,
        value_keys: ['private-key', 'public-key'],
      });
      expect(deleted.keys_delete_results).toEqual([
        { value_key: 'private-key', is_deleted: false },
        { value_key: 'public-key', is_deleted: false },
      ]);
      const overwrite = await kv(namespace, 'set', victim.mobile, {
        ...selector,
        value_key: 'public-key',
        value_data: 'overwritten',
      });
      expect(overwrite.result).toBe(namespace === 'by-idp' ? -7 : -6);
      // Unchanged for the victim.
      const own = await kv(namespace, 'get', v, {
        ...selector,
        value_keys: ['private-key', 'public-key'],
      });
      expect(own.values).toEqual([
        { value_key: 'private-key', value_data: 'victim private-key', version: 1 },
        { value_key: 'public-key', value_data: 'victim public-key', version: 1 },
      ]);
    },
  );

  it('by-wallet: another user naming the victim’s wallet gets -6 and nothing', async () => {
    cover(
      ...['set', 'get', 'delete', 'list-get', 'shared-list-get'].map(
        (op) => `POST /user-data/by-wallet/${op}`,
      ),
    );
    const wallet = `0x${victim.session.userId.replaceAll('-', '')}`;
    for (const op of ['set', 'get', 'delete', 'list-get', 'shared-list-get'] as const) {
      const answer = await kv('by-wallet', op, attacker.session.accessToken, {
        wallet_address: wallet,
        value_key: 'k',
        value_data: 'x',
        value_keys: ['k'],
      });
      expect(answer.result, op).toBe(-6);
    }
  });
});

describe('/userinfo family', () => {
  const upsert = (token: string, body: Record<string, unknown>) =>
    call(userinfoUpsert, { path: '/userinfo', token, body });

  it('another user, client or project sees and changes nothing of the victim’s record', async () => {
    cover(
      'GET /userinfo',
      'POST /userinfo',
      'DELETE /userinfo',
      'GET /user_existing_info',
      'GET /userinfo/history',
      'GET /userinfo/lookup',
    );
    const created = await upsert(victim.session.accessToken, {
      name: 'Victim',
      email: victim.session.email,
    });
    expect(created.status).toBe(201);
    for (const token of [attacker.session.accessToken, victim.otherProject]) {
      expect((await call(userinfoGet, { method: 'GET', path: '/userinfo', token })).status).toBe(
        404,
      );
      expect(
        (await call(existingInfo, { method: 'GET', path: '/user_existing_info', token })).status,
      ).toBe(404);
      const history = await call(userinfoHistory, {
        method: 'GET',
        path: '/userinfo/history',
        token,
      });
      expect(history.body.history ?? []).toEqual([]);
      expect(
        (await call(userinfoDelete, { method: 'DELETE', path: '/userinfo', token })).status,
      ).toBe(404);
    }
    // Naming the victim's sub in the body is refused; users cannot look each other up.
    expect(
      (await upsert(attacker.session.accessToken, { sub: victim.session.userId, name: 'x' }))
        .status,
    ).toBe(403);
    expect(
      (
        await call(lookup, {
          method: 'GET',
          path: '/userinfo/lookup',
          token: attacker.session.accessToken,
          query: { email: victim.session.email },
        })
      ).status,
    ).toBe(403);
    // Another project's backend finds nothing of this project.
    const otherBackend = signAccessToken({
      sub: 'backend',
      client_id: localClientId(OTHER_PROJECT_ID, 'web'),
      scope: 'userdata/userinfo-lookup',
    });
    expect(
      (
        await call(lookup, {
          method: 'GET',
          path: '/userinfo/lookup',
          token: otherBackend,
          query: { email: victim.session.email },
        })
      ).status,
    ).toBe(404);
    // The victim's other client sees the same record (one record per user and project).
    const viaMobile = await call(userinfoGet, {
      method: 'GET',
      path: '/userinfo',
      token: victim.mobile,
    });
    expect(viaMobile.body).toMatchObject({ name: 'Victim', email_verified: true });
  });
});

describe('/custom-user-data family', () => {
  const secretOf = (clientId: string) =>
    (JSON.parse(process.env.CLIENT_SECRETS ?? '{}') as Record<string, string>)[clientId] ?? '';
  const authvalue = (token: string, clientId: string) =>
    createHmac('sha256', secretOf(clientId)).update(token).digest('base64');

  it('another user or project reads and changes nothing; one client’s backend cannot act for another', async () => {
    cover(
      'GET /custom-user-data',
      'POST /custom-user-data',
      'PATCH /custom-user-data',
      'POST /session-feedback',
    );
    const bearer = (token: string) => ({ authorization: `Bearer ${token}` });
    const v = victim.session.accessToken;
    await call(documentReplace, {
      method: 'POST',
      path: '/custom-user-data',
      headers: bearer(v),
      body: { data: { secret: 'victim' } },
    });
    for (const token of [attacker.session.accessToken, victim.otherProject]) {
      const read = await call(documentGet, {
        method: 'GET',
        path: '/custom-user-data',
        headers: bearer(token),
      });
      expect(read.body.data).toEqual({});
      await call(documentPatch, {
        method: 'PATCH',
        path: '/custom-user-data',
        headers: bearer(token),
        body: { data: { secret: null } },
      });
    }
    // The web client's backend secret does not authenticate the mobile client's token.
    const webClient = localClientId(DEFAULT_PROJECT_ID, 'web');
    const crossClient = await call(sessionFeedback, {
      path: '/session-feedback',
      headers: { authorization: `BindIdBackend ${authvalue(victim.mobile, webClient)}` },
      body: {
        subject_session_at: victim.mobile,
        reports: [{ type: 'alias_deleted', time: Math.floor(Date.now() / 1000) }],
      },
    });
    expect(crossClient.status).toBe(403);
    const own = await call(documentGet, {
      method: 'GET',
      path: '/custom-user-data',
      headers: bearer(v),
    });
    expect(own.body.data).toEqual({ secret: 'victim' });
  });
});

describe('account family', () => {
  it('another user’s device, refresh token and session are out of reach', async () => {
    cover(
      'GET /user',
      'PUT /user',
      'GET /user/check',
      'POST /user/refresh',
      'POST /user/logout',
      'PUT /user/change-password',
    );
    const victimDevice = (
      await call(profileGet, {
        method: 'GET',
        path: '/user',
        token: victim.session.accessToken,
        query: params,
      })
    ).body.data as { devices: Array<{ deviceId: string }> };
    const deviceId = victimDevice.devices[0]?.deviceId ?? '';
    expect(deviceId).not.toBe('');
    // Checking the victim's device with the attacker's token: not found.
    const check = await call(accountCheck, {
      method: 'GET',
      path: '/user/check',
      token: attacker.session.accessToken,
      query: { ...params, deviceId },
    });
    expect(check.status).toBe(404);
    // The victim's refresh token with the victim's device works; with the attacker's device not.
    const attackerDevice = (
      await call(profileGet, {
        method: 'GET',
        path: '/user',
        token: attacker.session.accessToken,
        query: params,
      })
    ).body.data as { devices: Array<{ deviceId: string }> };
    const crossed = await call(refresh, {
      path: '/user/refresh',
      body: {
        ...params,
        refreshToken: victim.session.refreshToken,
        deviceId: attackerDevice.devices[0]?.deviceId,
      },
    });
    expect(crossed.status).toBe(404);
    // A token of another project is refused for this project's account routes.
    const otherProjectGet = await call(profileGet, {
      method: 'GET',
      path: '/user',
      token: victim.otherProject,
      query: params,
    });
    expect(otherProjectGet.status).toBe(401);
    const otherProjectPut = await call(profileUpdate, {
      method: 'PUT',
      path: '/user',
      token: victim.otherProject,
      body: { ...params, data: { nickname: 'x' } },
    });
    expect(otherProjectPut.status).toBe(401);
    // The attacker's password change and logout leave the victim signed in.
    await call(changePassword, {
      method: 'PUT',
      path: '/user/change-password',
      token: attacker.session.accessToken,
      body: { ...params, data: { password: 'Chang3d>pass', previousPassword: PASSWORD } },
    });
    await call(logout, { path: '/user/logout', token: attacker.mobile, body: params });
    // Still signed in: 1 is "success, nothing found" (-3 would be a revoked token).
    expect(
      (await kv('by-user-id', 'get', victim.session.accessToken, { value_keys: ['any'] })).result,
    ).toBe(1);
    const user = await call(profileGet, {
      method: 'GET',
      path: '/user',
      token: victim.session.accessToken,
      query: params,
    });
    expect(user.body.data).toMatchObject({ email: victim.session.email });
  });

  it('the unauthenticated account routes take no identity from the caller but the secret itself', () => {
    // Register, login, forgot and confirm are covered by identity-attacks.test.ts (case
    // variants, enumeration, attempt limits) and by the fuzz suite.
    cover(
      'POST /user',
      'PUT /user/login',
      'PUT /user/forgot-password',
      'POST /user/confirm-forgot-password',
    );
    expect(covered.size).toBeGreaterThan(0);
  });
});

describe('wallet registry', () => {
  it('a wallet proven by one account is neither claimable nor listed by another user or project', async () => {
    cover(
      'POST /user-wallet/add',
      'POST /user-wallets/get',
      'POST /user-wallets-by-tag/get',
      'POST /user-wallets/available-chains-get',
    );
    // A stranger of its own: the account family's test above ended the attacker's sessions,
    // and a revoked token would be refused before any wallet rule is reached.
    const stranger = await party('wallet-stranger');
    const wallet = createWallet();
    const proof = addWalletRequest(wallet, { tags: ['t'] });
    expect(
      (await walletCall('/user-wallet/add', { token: victim.session.accessToken, body: proof }))
        .result,
    ).toBe(0);
    // The victim's own proof replayed by the attacker, and a fresh one the attacker cannot
    // make without the key: neither claims the wallet.
    for (const token of [stranger.session.accessToken, stranger.mobile]) {
      const replay = await walletCall('/user-wallet/add', { token, body: proof });
      // -7: the wallet has an owner (the replayed proof is refused before its signer matters).
      expect(replay.result).toBe(-7);
    }
    for (const token of [stranger.session.accessToken, victim.otherProject]) {
      const listed = await walletCall('/user-wallets/get', { token, body: {} });
      // Each stranger's own (empty) list, answered as a success.
      expect(listed.result).toBe(0);
      const all = [
        ...((listed.wallets_private as unknown[]) ?? []),
        ...((listed.wallets_public as unknown[]) ?? []),
      ];
      expect(JSON.stringify(all)).not.toContain(wallet.address);
      const tagged = await walletCall('/user-wallets-by-tag/get', {
        token,
        body: { wallet_tag: 't' },
      });
      expect(tagged.result).toBe(0);
      expect(JSON.stringify(tagged)).not.toContain(wallet.address);
      const read = await kv('by-wallet', 'get', token, {
        wallet_address: wallet.address,
        value_keys: ['k'],
      });
      expect(read.values ?? []).toEqual([]);
      expect(read.result).not.toBe(UNAVAILABLE);
    }
    // The chains list is configuration, the same for everyone: nothing of the victim's.
    const chains = await walletCall('/user-wallets/available-chains-get', {
      token: stranger.session.accessToken,
      body: {},
    });
    expect(JSON.stringify(chains)).not.toContain(wallet.address);
  });
});

describe('the API description', () => {
  it('is the same document for everyone and carries nothing of any user', async () => {
    cover('GET /openapi.json');
    const answers = await Promise.all(
      [undefined, victim.session.accessToken, attacker.session.accessToken].map((token) =>
        call(openapiGet, { method: 'GET', path: '/openapi.json', token }),
      ),
    );
    for (const answer of answers) {
      expect(answer.status).toBe(200);
      expect(answer.body).toEqual(answers[0]?.body);
      expect(JSON.stringify(answer.body)).not.toContain(victim.session.email);
    }
  });
});

describe('external identity providers', () => {
  const check = (query: Record<string, string>, project = DEFAULT_PROJECT_ID) =>
    call(providerCheck, {
      method: 'GET',
      path: '/user/check/nonstandard',
      query: { projectId: project, strategy: 'email', provider: 'google', ...query },
    });
  const stored = async (token: string) =>
    ((await kv('by-user-id', 'get', token, { value_keys: ['secret'] })).values ?? []) as Array<{
      value_data: string;
    }>;

  it('a provider token proves only its own user: not another user’s id, project, or a Cognito token', async () => {
    cover('GET /user/check/nonstandard');
    const victimSub = uniqueSubject('victim-google');
    const victimToken = providerToken({
      provider: 'google',
      sub: victimSub,
      email: `${victimSub}@example.com`,
    });
    const own = await check({ userId: victimSub, accessToken: victimToken });
    expect(own.status, JSON.stringify(own.body)).toBe(200);
    const victimData = own.body.data as { userId: string; accessToken: string };
    expect(victimData.userId).toMatch(/^[0-9a-f-]{36}$/);
    expect(
      (
        await kv('by-user-id', 'set', victimData.accessToken, {
          value_key: 'secret',
          value_data: 'g',
        })
      ).result,
    ).toBe(0);

    const attackerSub = uniqueSubject('attacker-google');
    const attackerToken = providerToken({ provider: 'google', sub: attackerSub });
    const refusals = [
      // The attacker's own Google token, claiming the victim's id.
      await check({ userId: victimSub, accessToken: attackerToken }),
      // The victim's Cognito sign-in token is no Google token.
      await check({ userId: victimSub, accessToken: victim.session.accessToken }),
      // A Google token for another app (audience) than the project's client.
      await check({
        userId: victimSub,
        accessToken: providerToken({ provider: 'google', sub: victimSub, audience: 'other-app' }),
      }),
    ];
    for (const refused of refusals) {
      expect(refused.status).toBe(401);
      expect(refused.body).toMatchObject({ result: 0, error: 'invalid_token' });
      expect(JSON.stringify(refused.body)).not.toContain(victimData.accessToken);
    }
    // The other project does not enable Google: the victim's token opens nothing there.
    const otherProject = await check(
      { userId: victimSub, accessToken: victimToken },
      OTHER_PROJECT_ID,
    );
    expect(otherProject).toMatchObject({
      status: 400,
      body: { result: 0, error: 'unknown_provider' },
    });
    // The attacker's own check links the attacker's profile, whose data is not the victim's.
    const attackerCheck = await check({ accessToken: attackerToken });
    expect(attackerCheck.status).toBe(200);
    const attackerData = attackerCheck.body.data as { userId: string; accessToken: string };
    expect(attackerData.userId).not.toBe(victimData.userId);
    expect(await stored(attackerData.accessToken)).toEqual([]);
    // The victim's profile and data are unchanged.
    const again = await check({ userId: victimSub, accessToken: victimToken });
    expect(again.body.data).toMatchObject({
      userId: victimData.userId,
      email: `${victimSub}@example.com`,
    });
    expect((await stored(victimData.accessToken)).map((value) => value.value_data)).toEqual(['g']);
  });
});

describe('guest upgrade', () => {
  const guestParams = {
    projectId: OTHER_PROJECT_ID,
    strategy: 'simplified',
    provider: 'anonymous',
  };
  const otherAccount = { projectId: OTHER_PROJECT_ID, strategy: 'email', provider: 'awsCognito' };

  async function guest(): Promise<string> {
    const deviceId = randomUUID();
    const registered = await call(userCreate, {
      path: '/user',
      body: { ...guestParams, data: { deviceId } },
    });
    const { deviceSecret } = registered.body.data as { deviceSecret: string };
    const login = await call(userLogin, {
      method: 'PUT',
      path: '/user/login',
      body: { ...guestParams, data: { deviceId, deviceSecret } },
    });
    return (login.body.data as { accessToken: string }).accessToken;
  }
  const stored = async (token: string) =>
    (
      ((await kv('by-user-id', 'get', token, { value_keys: ['secret'] })).values ?? []) as Array<{
        value_data: string;
      }>
    ).map((value) => value.value_data);

  it('moves only a guest token’s own data, within its project, never an account’s', async () => {
    cover('POST /user/upgrade');
    // Signed in afresh: the account family's scenario above signs the attacker out.
    const intruder = await party('intruder');
    const victimGuest = await guest();
    expect(
      (await kv('by-user-id', 'set', victimGuest, { value_key: 'secret', value_data: 'guest' }))
        .result,
    ).toBe(0);
    expect(
      (
        await kv('by-user-id', 'set', victim.otherProject, {
          value_key: 'secret',
          value_data: 'account',
        })
      ).result,
    ).toBe(0);
    const attempts = [
      // The victim's account token passed off as a guest token: the account is not a guest.
      await call(upgrade, {
        path: '/user/upgrade',
        token: intruder.otherProject,
        body: { ...otherAccount, data: { guestToken: victim.otherProject } },
      }),
      // The victim's guest (other project) into an account of the default project.
      await call(upgrade, {
        path: '/user/upgrade',
        token: intruder.session.accessToken,
        body: { ...params, data: { guestToken: victimGuest } },
      }),
      // The attacker's default-project token naming the guest's project.
      await call(upgrade, {
        path: '/user/upgrade',
        token: intruder.session.accessToken,
        body: { ...otherAccount, data: { guestToken: victimGuest } },
      }),
      // A guest token as the account token.
      await call(upgrade, {
        path: '/user/upgrade',
        token: victimGuest,
        body: { ...otherAccount, data: { guestToken: victimGuest } },
      }),
    ];
    expect(attempts.map(({ status, body }) => [status, body.result, body.error])).toEqual([
      [401, 0, 'invalid_token'],
      [400, 0, 'invalid_request'],
      [401, 0, 'invalid_token'],
      // A guest is no signed-in account.
      [401, 0, 'access_denied'],
    ]);
    // Nothing moved: the guest and the victim's account keep their own, the attacker has none.
    expect(await stored(victimGuest)).toEqual(['guest']);
    expect(await stored(victim.otherProject)).toEqual(['account']);
    expect(await stored(intruder.otherProject)).toEqual([]);
    expect(await stored(intruder.session.accessToken)).toEqual([]);
  });
});

describe('coverage', () => {
  it('every route of the table has a cross-access scenario above', () => {
    const missing = routes
      .map((route) => `${route.method} ${route.path}`)
      .filter((key) => !covered.has(key));
    expect(missing).toEqual([]);
  });
});
