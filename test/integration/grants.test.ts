/**
 * IAM grants and environment, checked against what the handlers really call. Every route of
 * the route table is invoked on its success path, as deployed: a fresh module graph (a cold
 * start) with only the environment the synthesized stack gives that route's function (plus
 * what Lambda provides and the local endpoints), while a recording proxy notes every AWS call
 * on the wire. Each call (action and table, Cognito admin call, secret) must be allowed by
 * that function's role, and every table or secret the role grants must be in its
 * environment. A grant dropped from lib/routes.ts or the stack fails here: the handler lacks
 * the table's variable (and would lack the permission in AWS).
 */
import { createHmac, randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { AdminUpdateUserAttributesCommand } from '@aws-sdk/client-cognito-identity-provider';
import type {
  APIGatewayProxyEventV2,
  APIGatewayProxyStructuredResultV2,
  Context,
} from 'aws-lambda';
import { afterAll, beforeAll, describe, expect, inject, it, vi } from 'vitest';
import { handler as forgotPassword } from '../../lambdas/handlers/account-forgot-password.js';
import { handler as login } from '../../lambdas/handlers/account-login.js';
import { handler as accountUserCreate } from '../../lambdas/handlers/account-user-create.js';
import { handler as accountUserLogin } from '../../lambdas/handlers/account-user-login.js';
import { handler as kvSet } from '../../lambdas/handlers/kv-set.js';
import { handler as kvSetLinked } from '../../lambdas/handlers/kv-set-linked.js';
import { handler as userinfoUpsert } from '../../lambdas/handlers/userinfo-upsert.js';
import { DEFAULT_PROJECT_ID } from '../../lib/config.js';
import { lambdaContext } from '../../lib/local/api-gateway-event.js';
import { LOCAL_USER_POOL_ID, localClientId } from '../../lib/local/local-backend.js';
import { handlerEntry, type RouteDefinition, routeFor, routes } from '../../lib/routes.js';
import { type TableName, tables } from '../../lib/tables.js';
import { type AwsRecorder, type RecordedCall, startAwsRecorder } from '../support/aws-recorder.js';
import { apiEvent, type EventInput, invoke } from '../support/events.js';
import { clearLogs, logEntries } from '../support/logs.js';
import { providerToken } from '../support/provider-tokens.js';
import {
  allows,
  type FunctionGrants,
  mentionedIds,
  referencedId,
  type StackGrants,
  synthesizeGrants,
} from '../support/stack-grants.js';
import { OTHER_PROJECT_ID, testConfig } from '../support/test-config.js';
import { signAccessToken } from '../support/tokens.js';
import {
  codesSentTo,
  cognitoClient,
  createUser,
  nextCodeSentTo,
  PASSWORD,
  type TestUser,
  uniqueEmail,
} from '../support/users.js';
import { addWalletRequest, createWallet, type TestWallet, walletCall } from '../support/wallets.js';

const repositoryRoot = join(fileURLToPath(new URL('.', import.meta.url)), '..', '..');
const backendEnv = inject('backendEnv');
const params = { projectId: DEFAULT_PROJECT_ID, strategy: 'email', provider: 'awsCognito' };

/** Cognito operations authorised by the user's token or open to anyone: no IAM policy applies. */
const COGNITO_WITHOUT_IAM = new Set([
  'SignUp',
  'ConfirmSignUp',
  'ResendConfirmationCode',
  'InitiateAuth',
  'RespondToAuthChallenge',
  'ForgotPassword',
  'ConfirmForgotPassword',
  'ChangePassword',
  'GetUser',
  'UpdateUserAttributes',
  'DeleteUser',
  'GlobalSignOut',
  'RevokeToken',
]);

interface Answer {
  status: number;
  body: Record<string, unknown>;
}

interface Scenario {
  /** Makes the state the call needs (not recorded; full local environment). */
  prepare(): Promise<EventInput>;
  /** Asserts the route answered its success. */
  succeeded(answer: Answer): void;
  /** The route needs no AWS call at all (GET /openapi.json): then it must make none. */
  makesNoAwsCall?: boolean;
}

// ---------------------------------------------------------------------------------------
// Preparation helpers: they run with the whole local environment, through the handlers
// already imported above, and are not recorded.

const setAttributes = (user: TestUser, attributes: Record<string, string>) =>
  cognitoClient().send(
    new AdminUpdateUserAttributesCommand({
      UserPoolId: LOCAL_USER_POOL_ID,
      Username: user.email,
      UserAttributes: Object.entries(attributes).map(([Name, Value]) => ({ Name, Value })),
    }),
  );

async function accountSession(user?: TestUser) {
  const someone = user ?? (await createUser('grant'));
  const answer = await invoke(login, {
    method: 'PUT',
    path: '/user/login',
    body: { ...params, data: { email: someone.email, password: PASSWORD } },
  });
  expect(answer.status, JSON.stringify(answer.body)).toBe(200);
  const data = answer.body.data as { accessToken: string; refreshToken: string; deviceId: string };
  return { user: someone, ...data };
}

/** Adds a wallet the user proves with its signature (the wallet registry). */
async function addWallet(token: string, wallet: TestWallet, tags: string[] = []) {
  const answer = await walletCall('/user-wallet/add', {
    token,
    body: addWalletRequest(wallet, { tags }),
  });
  expect(answer.result, JSON.stringify(answer)).toBe(0);
}

async function upsertProfile(token: string, body: Record<string, unknown>) {
  const answer = await invoke(userinfoUpsert, { path: '/userinfo', token, body });
  expect(answer.status, JSON.stringify(answer.body)).toBeLessThan(300);
}

type KvPrefix = '' | '/by-user-id' | '/by-email' | '/by-wallet' | '/by-idp';

/** A user of that namespace, signed in with two app clients, and the body fields selecting it. */
async function kvCaller(prefix: KvPrefix) {
  const user = await createUser('grant-kv');
  const selector: Record<string, string> = {};
  if (prefix === '/by-email')
    await setAttributes(user, { email: user.email, email_verified: 'true' });
  if (prefix === '/by-idp') {
    await setAttributes(user, {
      identities: JSON.stringify([{ providerName: 'Google', userId: randomUUID() }]),
    });
    selector.identity_provider = 'Google';
  }
  const web = await user.signIn({ clientName: 'web' });
  const mobile = await user.signIn({ clientName: 'mobile' });
  if (prefix === '/by-wallet') {
    const wallet = createWallet();
    await addWallet(web, wallet);
    selector.wallet_address = wallet.address;
  }
  // Through the handler the route table names for this namespace's set.
  const setHandler = { 'kv-set': kvSet, 'kv-set-linked': kvSetLinked }[
    routeFor(`POST /user-data${prefix}/set`)?.handler ?? ''
  ];
  if (!setHandler) throw new Error(`no set handler for ${prefix}`);
  const set = async (token: string, key: string) => {
    const answer = await invoke(setHandler, {
      path: `/user-data${prefix}/set`,
      token,
      body: { ...selector, value_key: key, value_data: 'v' },
    });
    expect(answer.body.result, JSON.stringify(answer.body)).toBe(0);
  };
  return { web, mobile, selector, set };
}

const kvOk = (answer: Answer) => {
  expect(answer.status).toBe(200);
  expect(answer.body.result, JSON.stringify(answer.body)).toBe(0);
};

function kvScenarios(prefix: KvPrefix): Record<string, Scenario> {
  const path = (operation: string) => `POST /user-data${prefix}/${operation}`;
  const on = (operation: string, token: string, body: Record<string, unknown>) => ({
    path: `/user-data${prefix}/${operation}`,
    token,
    body,
  });
  return {
    [path('set')]: {
      async prepare() {
        const { web, selector } = await kvCaller(prefix);
        return on('set', web, { ...selector, value_key: 'k', value_data: 'v' });
      },
      succeeded: kvOk,
    },
    [path('get')]: {
      async prepare() {
        const { web, selector, set } = await kvCaller(prefix);
        await set(web, 'k');
        return on('get', web, { ...selector, value_keys: ['k'] });
      },
      succeeded(answer) {
        kvOk(answer);
        expect(answer.body.values).toEqual([expect.objectContaining({ value_key: 'k' })]);
      },
    },
    [path('delete')]: {
      async prepare() {
        const { web, selector, set } = await kvCaller(prefix);
        await set(web, 'k');
        return on('delete', web, { ...selector, value_keys: ['k'] });
      },
      succeeded: kvOk,
    },
    [path('list-get')]: {
      async prepare() {
        const { web, selector, set } = await kvCaller(prefix);
        await set(web, 'k');
        return on('list-get', web, selector);
      },
      succeeded: kvOk,
    },
    [path('shared-list-get')]: {
      async prepare() {
        const { web, mobile, selector, set } = await kvCaller(prefix);
        await set(mobile, 'a');
        await set(mobile, 'b');
        return on('shared-list-get', web, { ...selector, page_size: 1 });
      },
      succeeded(answer) {
        kvOk(answer);
        expect(answer.body.keys_shared).toEqual(['a']);
        // The signed cursor: the signing secret was used.
        expect(answer.body.next_search_id).toEqual(expect.any(String));
      },
    },
  };
}

const ok200 = (answer: Answer) => expect(answer.status, JSON.stringify(answer.body)).toBe(200);
const documentOk = (answer: Answer) => {
  ok200(answer);
  expect(answer.body.status_code).toBe('ok');
};
const accountOk = (answer: Answer) => {
  ok200(answer);
  expect(answer.body.result).toBe(1);
};

/** The `BindIdBackend` header of the token's app client. */
function backendAuthorization(token: string, withToken: boolean): string {
  const secrets = JSON.parse(backendEnv.CLIENT_SECRETS ?? '{}') as Record<string, string>;
  const clientId = (
    JSON.parse(Buffer.from(token.split('.')[1] ?? '', 'base64url').toString()) as {
      client_id: string;
    }
  ).client_id;
  const authvalue = createHmac('sha256', secrets[clientId] ?? '')
    .update(token)
    .digest('base64');
  return withToken
    ? `BindIdBackend AccessToken ${token}; ${authvalue}`
    : `BindIdBackend ${authvalue}`;
}

const scenarios: Record<string, Scenario> = {
  'GET /openapi.json': {
    prepare: async () => ({ method: 'GET', path: '/openapi.json' }),
    succeeded(answer) {
      ok200(answer);
      expect(answer.body.openapi).toMatch(/^3\.1\./);
    },
    makesNoAwsCall: true,
  },
  ...kvScenarios(''),
  ...kvScenarios('/by-user-id'),
  ...kvScenarios('/by-email'),
  ...kvScenarios('/by-wallet'),
  ...kvScenarios('/by-idp'),

  'POST /user-wallet/add': {
    async prepare() {
      const token = await (await createUser()).signIn();
      return { path: '/user-wallet/add', token, body: addWalletRequest(createWallet()) };
    },
    succeeded: kvOk,
  },
  'POST /user-wallets/get': {
    async prepare() {
      const token = await (await createUser()).signIn();
      await addWallet(token, createWallet());
      return { path: '/user-wallets/get', token, body: {} };
    },
    succeeded(answer) {
      kvOk(answer);
      expect(answer.body.wallets_public).toHaveLength(1);
    },
  },
  'POST /user-wallets-by-tag/get': {
    async prepare() {
      const token = await (await createUser()).signIn();
      await addWallet(token, createWallet(), ['grant']);
      return { path: '/user-wallets-by-tag/get', token, body: { wallet_tag: 'grant' } };
    },
    succeeded(answer) {
      kvOk(answer);
      expect(answer.body.wallets_public).toHaveLength(1);
    },
  },
  'POST /user-wallets/available-chains-get': {
    async prepare() {
      const token = await (await createUser()).signIn();
      return { path: '/user-wallets/available-chains-get', token, body: {} };
    },
    succeeded: kvOk,
  },

  'GET /userinfo': {
    async prepare() {
      const token = await (await createUser()).signIn();
      await upsertProfile(token, { name: 'Grant' });
      return { method: 'GET', path: '/userinfo', token };
    },
    succeeded(answer) {
      ok200(answer);
      expect(answer.body.name).toBe('Grant');
    },
  },
  'POST /userinfo': {
    async prepare() {
      const token = await (await createUser()).signIn();
      return { path: '/userinfo', token, body: { name: 'Grant', email: uniqueEmail() } };
    },
    succeeded(answer) {
      expect(answer.status).toBe(201);
      expect(answer.body.name).toBe('Grant');
    },
  },
  'DELETE /userinfo': {
    async prepare() {
      const token = await (await createUser()).signIn();
      await upsertProfile(token, { email: uniqueEmail() });
      return { method: 'DELETE', path: '/userinfo', token };
    },
    succeeded(answer) {
      ok200(answer);
      expect(answer.body.deleted).toBe(true);
    },
  },
  'GET /user_existing_info': {
    async prepare() {
      const session = await accountSession();
      await upsertProfile(session.accessToken, { name: 'Grant' });
      return { method: 'GET', path: '/user_existing_info', token: session.accessToken };
    },
    succeeded(answer) {
      ok200(answer);
      // The last sign-in comes from the accounts table.
      expect(answer.body.last_login).toEqual(expect.any(String));
    },
  },
  'GET /userinfo/history': {
    async prepare() {
      const token = await (await createUser()).signIn();
      await upsertProfile(token, { name: 'Grant' });
      return { method: 'GET', path: '/userinfo/history', token };
    },
    succeeded: ok200,
  },
  'GET /userinfo/lookup': {
    async prepare() {
      const user = await createUser();
      const email = uniqueEmail('lookup');
      await upsertProfile(await user.signIn(), { email });
      const token = signAccessToken({
        sub: 'backend-service',
        client_id: localClientId(DEFAULT_PROJECT_ID, 'web'),
        scope: 'userinfo-lookup',
      });
      return { method: 'GET', path: '/userinfo/lookup', token, query: { email } };
    },
    succeeded(answer) {
      ok200(answer);
      expect(answer.body.sub).toEqual(expect.any(String));
    },
  },

  'GET /custom-user-data': {
    async prepare() {
      const token = await (await createUser()).signIn();
      return {
        method: 'GET',
        path: '/custom-user-data',
        headers: { authorization: backendAuthorization(token, true) },
      };
    },
    succeeded: documentOk,
  },
  'POST /custom-user-data': {
    async prepare() {
      const token = await (await createUser()).signIn();
      return {
        path: '/custom-user-data',
        headers: { authorization: backendAuthorization(token, true) },
        body: { data: { account_type: 'VIP' } },
      };
    },
    succeeded: documentOk,
  },
  'PATCH /custom-user-data': {
    async prepare() {
      const token = await (await createUser()).signIn();
      return {
        method: 'PATCH',
        path: '/custom-user-data',
        headers: { authorization: backendAuthorization(token, true) },
        body: { data: { account_type: 'VIP' } },
      };
    },
    succeeded: documentOk,
  },
  'POST /session-feedback': {
    async prepare() {
      const token = await (await createUser()).signIn();
      return {
        path: '/session-feedback',
        headers: { authorization: backendAuthorization(token, false) },
        body: {
          subject_session_at: token,
          reports: [
            {
              type: 'authentication_performed',
              alias: `grant-${randomUUID()}`,
              time: Math.floor(Date.now() / 1000),
            },
          ],
        },
      };
    },
    succeeded: documentOk,
  },

  'POST /user': {
    async prepare() {
      return {
        path: '/user',
        body: { ...params, data: { email: uniqueEmail(), password: PASSWORD } },
      };
    },
    succeeded(answer) {
      expect(answer.status, JSON.stringify(answer.body)).toBe(201);
      expect(answer.body.result).toBe(1);
    },
  },
  'PUT /user/login': {
    async prepare() {
      const user = await createUser();
      return {
        method: 'PUT',
        path: '/user/login',
        body: { ...params, data: { email: user.email, password: PASSWORD } },
      };
    },
    succeeded(answer) {
      accountOk(answer);
      expect(answer.body.data).toMatchObject({ accessToken: expect.any(String) });
    },
  },
  'POST /user/refresh': {
    async prepare() {
      const session = await accountSession();
      return {
        path: '/user/refresh',
        body: { ...params, deviceId: session.deviceId, refreshToken: session.refreshToken },
      };
    },
    succeeded: accountOk,
  },
  'POST /user/logout': {
    async prepare() {
      const session = await accountSession();
      return { path: '/user/logout', token: session.accessToken, body: params };
    },
    succeeded: accountOk,
  },
  'GET /user': {
    async prepare() {
      const session = await accountSession();
      return { method: 'GET', path: '/user', token: session.accessToken, query: params };
    },
    succeeded: accountOk,
  },
  'PUT /user': {
    async prepare() {
      const session = await accountSession();
      return {
        method: 'PUT',
        path: '/user',
        token: session.accessToken,
        body: { ...params, data: { nickname: 'grant', appProfile: { a: 1 } } },
      };
    },
    succeeded: accountOk,
  },
  'PUT /user/change-password': {
    async prepare() {
      const session = await accountSession();
      return {
        method: 'PUT',
        path: '/user/change-password',
        token: session.accessToken,
        body: { ...params, data: { password: `${PASSWORD}!`, previousPassword: PASSWORD } },
      };
    },
    succeeded: accountOk,
  },
  'PUT /user/forgot-password': {
    async prepare() {
      const user = await createUser();
      return {
        method: 'PUT',
        path: '/user/forgot-password',
        body: { ...params, data: { email: user.email } },
      };
    },
    succeeded: accountOk,
  },
  'POST /user/confirm-forgot-password': {
    async prepare() {
      const user = await createUser();
      const sent = codesSentTo(user.email).length;
      const asked = await invoke(forgotPassword, {
        method: 'PUT',
        path: '/user/forgot-password',
        body: { ...params, data: { email: user.email } },
      });
      expect(asked.status).toBe(200);
      const code = await nextCodeSentTo(user.email, sent);
      return {
        path: '/user/confirm-forgot-password',
        body: {
          ...params,
          data: { email: user.email, confirmationCode: code, password: `${PASSWORD}!` },
        },
      };
    },
    succeeded: accountOk,
  },
  'GET /user/check/nonstandard': {
    async prepare() {
      return {
        method: 'GET',
        path: '/user/check/nonstandard',
        query: {
          ...params,
          provider: 'google',
          accessToken: providerToken({ provider: 'google', sub: `grant-${randomUUID()}` }),
        },
      };
    },
    succeeded: accountOk,
  },
  'POST /user/upgrade': {
    async prepare() {
      // A guest of the simplified project with one key, and an e-mail account there.
      const guest = { projectId: OTHER_PROJECT_ID, strategy: 'simplified', provider: 'anonymous' };
      const deviceId = randomUUID();
      const registered = await invoke(accountUserCreate, {
        path: '/user',
        body: { ...guest, data: { deviceId } },
      });
      const { deviceSecret } = registered.body.data as { deviceSecret: string };
      const guestLogin = await invoke(accountUserLogin, {
        method: 'PUT',
        path: '/user/login',
        body: { ...guest, data: { deviceId, deviceSecret } },
      });
      const guestToken = (guestLogin.body.data as { accessToken: string }).accessToken;
      await invoke(kvSet, {
        path: '/user-data/set',
        token: guestToken,
        body: { value_key: 'guest-key', value_data: 'v' },
      });
      const accountToken = await (await createUser('upgrade')).signIn({
        projectId: OTHER_PROJECT_ID,
      });
      return {
        path: '/user/upgrade',
        token: accountToken,
        body: { ...params, projectId: OTHER_PROJECT_ID, data: { guestToken } },
      };
    },
    succeeded(answer) {
      accountOk(answer);
      expect(answer.body.data).toMatchObject({ keyValue: { moved: 1, dropped: 0 } });
    },
  },
  'GET /user/check': {
    async prepare() {
      const session = await accountSession();
      return {
        method: 'GET',
        path: '/user/check',
        token: session.accessToken,
        query: { ...params, deviceId: session.deviceId },
      };
    },
    succeeded: accountOk,
  },
};

// ---------------------------------------------------------------------------------------
// The deployed environment, made local.

const tableOfLocalName = (name: string): TableName | undefined =>
  (Object.keys(tables) as TableName[]).find((table) => tables[table].id === name);

/**
 * The function's variables with local values: a variable the local backend also sets takes
 * the local value (table names, PROJECTS with the emulator's pool); a secret's ARN
 * (`X_ARN`, `X_ARNS`) becomes its local stand-in (`X`, `XS`); a plain string stays as is.
 * Then what Lambda provides (region, credentials) and the endpoints of the recorder.
 */
function deployedEnvironment(fn: FunctionGrants, recorder: AwsRecorder): Record<string, string> {
  const env: Record<string, string> = {};
  // Where the deployed stack points at a secret, local mode has the value itself.
  const localOf: Record<string, string> = {
    TENANT_DIRECTORY_ARN: 'PROJECTS',
    BACKEND_SECRET_PREFIX: 'CLIENT_SECRETS',
  };
  for (const [name, value] of Object.entries(fn.environment)) {
    const local = localOf[name];
    if (local) {
      env[local] = backendEnv[local] ?? '';
      continue;
    }
    const standIn = name.replace(/_ARN(S?)$/, '$1');
    if (backendEnv[name] !== undefined) env[name] = backendEnv[name];
    else if (standIn !== name && backendEnv[standIn] !== undefined)
      env[standIn] = backendEnv[standIn];
    else if (typeof value === 'string') env[name] = value;
    else throw new Error(`${fn.logicalId}: no local value for ${name} = ${JSON.stringify(value)}`);
  }
  return {
    ...env,
    AWS_REGION: backendEnv.AWS_REGION ?? '',
    AWS_ACCESS_KEY_ID: backendEnv.AWS_ACCESS_KEY_ID ?? '',
    AWS_SECRET_ACCESS_KEY: backendEnv.AWS_SECRET_ACCESS_KEY ?? '',
    // Local mode hands the emulator's JWKS over (aws-jwt-verify will not fetch over http).
    JWKS_PRELOAD: backendEnv.JWKS_PRELOAD ?? '',
    POWERTOOLS_LOG_LEVEL: 'SILENT',
    ...recorder.endpoints,
  };
}

type Handler = (
  event: APIGatewayProxyEventV2,
  context: Context,
) => Promise<APIGatewayProxyStructuredResultV2>;

/** A cold start of the route's handler with exactly `env` as the application environment. */
async function invokeDeployed(
  route: RouteDefinition,
  env: Record<string, string>,
  input: EventInput,
): Promise<Answer> {
  const saved = { ...process.env };
  for (const name of Object.keys(backendEnv)) delete process.env[name];
  Object.assign(process.env, env);
  try {
    vi.resetModules();
    const module = (await import(/* @vite-ignore */ join(repositoryRoot, handlerEntry(route)))) as {
      handler: Handler;
    };
    const result = await module.handler(
      apiEvent({ method: route.method, ...input }),
      lambdaContext('grant-test'),
    );
    return {
      status: result.statusCode ?? 200,
      body: JSON.parse(result.body ?? '{}') as Record<string, unknown>,
    };
  } finally {
    for (const name of Object.keys(process.env)) {
      if (!(name in saved)) delete process.env[name];
    }
    Object.assign(process.env, saved);
  }
}

// ---------------------------------------------------------------------------------------
// The checks.

/** Template-level: every table and secret the role grants is in the environment, and back. */
function environmentProblems(fn: FunctionGrants, grants: StackGrants): string[] {
  const problems: string[] = [];
  for (const [name, table] of Object.entries(tables) as [TableName, (typeof tables)[TableName]][]) {
    const id = grants.tableIds[name];
    const granted = fn.allowed.some(
      (grant) => grant.action.startsWith('dynamodb:') && grant.resources.includes(id),
    );
    const inEnvironment = fn.environment[table.envVar];
    if (granted && inEnvironment === undefined)
      problems.push(`table ${name} is granted but ${table.envVar} is not set`);
    if (!granted && inEnvironment !== undefined)
      problems.push(`${table.envVar} is set but no action on table ${name} is granted`);
    if (inEnvironment !== undefined && referencedId(inEnvironment) !== id)
      problems.push(`${table.envVar} does not name table ${name}`);
  }
  const mentioned = new Set(mentionedIds(Object.values(fn.environment)));
  for (const secret of grants.secretIds) {
    const readable = allows(fn, 'secretsmanager:GetSecretValue', secret);
    if (readable && !mentioned.has(secret))
      problems.push(`secret ${secret} is readable but not in the environment`);
    if (!readable && mentioned.has(secret))
      problems.push(`secret ${secret} is in the environment but not readable`);
  }
  return problems;
}

/** Each recorded call must be allowed by the function's role. */
function callProblems(
  calls: readonly RecordedCall[],
  fn: FunctionGrants,
  grants: StackGrants,
): string[] {
  return calls.flatMap((call) => {
    const action = `${call.service}:${call.action}`;
    if (call.service === 'dynamodb') {
      const table = call.resource ? tableOfLocalName(call.resource) : undefined;
      if (!table) return [`${action} on an unknown table ${call.resource}`];
      return allows(fn, action, grants.tableIds[table])
        ? []
        : [`${action} on ${table} not granted`];
    }
    if (call.service === 'cognito-idp') {
      if (COGNITO_WITHOUT_IAM.has(call.action)) return [];
      return grants.userPoolIds.some((pool) => allows(fn, action, pool))
        ? []
        : [`${action} on the user pool not granted`];
    }
    return grants.secretIds.some((secret) => allows(fn, action, secret))
      ? []
      : [`${action} on ${call.resource} not granted`];
  });
}

let grants: StackGrants;
let recorder: AwsRecorder;
beforeAll(async () => {
  grants = synthesizeGrants(testConfig);
  recorder = await startAwsRecorder({
    dynamodb: backendEnv.AWS_ENDPOINT_URL_DYNAMODB ?? '',
    'cognito-idp': backendEnv.AWS_ENDPOINT_URL_COGNITO_IDENTITY_PROVIDER ?? '',
  });
});
afterAll(() => recorder?.close());

describe('every route, run as deployed, calls only what its function is granted', () => {
  it.each(routes.map((route) => [`${route.method} ${route.path}`, route] as const))(
    '%s',
    async (key, route) => {
      const scenario = scenarios[key];
      if (!scenario) {
        throw new Error(`no scenario for ${key}: add its success path to ${import.meta.url}`);
      }
      const fn = grants.functionOf(route);
      expect(environmentProblems(fn, grants)).toEqual([]);

      const input = await scenario.prepare();
      recorder.take();
      const answer = await invokeDeployed(route, deployedEnvironment(fn, recorder), input);
      const calls = recorder.take();

      scenario.succeeded(answer);
      if (scenario.makesNoAwsCall) expect(calls).toEqual([]);
      else expect(calls.length, 'the route made no AWS call at all').toBeGreaterThan(0);
      expect(callProblems(calls, fn, grants)).toEqual([]);
    },
  );
});

describe('POST /user with an address that already has an account, run as deployed', () => {
  it('takes the owner notice’s hold with a granted call and, without `email`, only logs the notice', async () => {
    const route = routeFor('POST /user');
    if (!route) throw new Error('no POST /user route');
    const fn = grants.functionOf(route);
    const owner = await createUser('grant-notice');
    recorder.take();
    clearLogs();
    const answer = await invokeDeployed(route, deployedEnvironment(fn, recorder), {
      path: '/user',
      body: { ...params, data: { email: owner.email, password: PASSWORD } },
    });
    const calls = recorder.take();

    expect(answer.status, JSON.stringify(answer.body)).toBe(201);
    expect(calls).toContainEqual({
      service: 'dynamodb',
      action: 'PutItem',
      resource: tables.attempts.id,
    });
    expect(callProblems(calls, fn, grants)).toEqual([]);
    expect(logEntries()).toContainEqual(
      expect.objectContaining({
        level: 'warn',
        message: expect.stringContaining('no e-mail sender configured'),
        extra: [expect.objectContaining({ reason: 'no-sender' })],
      }),
    );
  });
});
