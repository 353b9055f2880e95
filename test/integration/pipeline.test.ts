/**
 * The one request pipeline, across the four families: the route table's scope on every write
 * route, the security headers on every answer, the one body parser's media-type rule, and
 * kv get as one DynamoDB request with the revocation mark in it.
 */
import type {
  APIGatewayProxyEventV2,
  APIGatewayProxyStructuredResultV2,
  Context,
} from 'aws-lambda';
import { beforeAll, describe, expect, it } from 'vitest';
import { documentClient } from '../../lambdas/adapters/dynamodb/document-client.js';
import { handler as logout } from '../../lambdas/handlers/account-logout.js';
import { handler as kvGet } from '../../lambdas/handlers/kv-get.js';
import { handler as kvSet } from '../../lambdas/handlers/kv-set.js';
import { DEFAULT_PROJECT_ID } from '../../lib/config.js';
import { localClientId } from '../../lib/local/local-backend.js';
import { type ApiFamily, type RouteDefinition, routes } from '../../lib/routes.js';
import { invoke } from '../support/events.js';
import { refusal } from '../support/refusals.js';
import { signAccessToken } from '../support/tokens.js';
import { createUser, type TestUser } from '../support/users.js';

type Handler = (
  event: APIGatewayProxyEventV2,
  context: Context,
) => Promise<APIGatewayProxyStructuredResultV2>;

const handlerOf = async (route: RouteDefinition): Promise<Handler> =>
  ((await import(`../../lambdas/handlers/${route.handler}.ts`)) as { handler: Handler }).handler;

/** Each family's access-denied answer (status and the body fields a client checks). */
const accessDenied: Record<ApiFamily, { status: number; body: Record<string, unknown> }> = {
  keyValue: { status: 200, body: { result: -3 } },
  document: { status: 403, body: { error: 'access_denied' } },
  profile: { status: 403, body: { error: 'access_denied' } },
  account: { status: 401, body: { result: 0, error: 'access_denied' } },
  // GET /openapi.json is public: no token, never refused, and no write route.
  reference: { status: 200, body: {} },
};

/** A valid body per write handler, so only the scope can be what refuses it. */
const validBody: Record<string, unknown> = {
  'kv-set': { value_key: 'read-only-probe', value_data: 'written' },
  'kv-delete': { value_keys: ['read-only-probe'] },
  'userinfo-upsert': { name: 'Written' },
  'document-replace': { data: { written: true } },
  'document-patch': { data: { written: true } },
  'session-feedback': {
    reports: [{ type: 'authentication_performed', alias: 'read-only-alias', time: 1 }],
  },
  'account-user-update': { projectId: DEFAULT_PROJECT_ID, data: { nickname: 'Written' } },
  'account-change-password': {
    projectId: DEFAULT_PROJECT_ID,
    data: { password: 'N3w-Passw0rd!x', previousPassword: 'whatever' },
  },
  'account-logout': { projectId: DEFAULT_PROJECT_ID },
};

const writeRoutes = routes.filter(
  (route) =>
    route.auth !== 'none' &&
    route.method !== 'GET' &&
    route.auth.scope !== 'user-data-get' &&
    !route.auth.scope?.startsWith('userinfo-'),
);

const headersOf = (result: { headers: Record<string, unknown> }) => result.headers;
const SECURITY = { 'x-content-type-options': 'nosniff', 'cache-control': 'no-store' };

let user: TestUser;
let readOnly: string;
let readWrite: string;

beforeAll(async () => {
  user = await createUser('pipeline');
  const claims = {
    sub: user.userId,
    username: user.userId,
    client_id: localClientId(DEFAULT_PROJECT_ID, 'web'),
  };
  readOnly = signAccessToken({ ...claims, scope: 'userdata/user-data-get' });
  readWrite = signAccessToken({ ...claims, scope: 'user-data-get user-data-set' });
});

describe('a read-only token (only user-data-get)', () => {
  it('covers every family’s write routes', () => {
    const families = new Set(writeRoutes.map((route) => route.family));
    expect([...families].sort()).toEqual(['account', 'document', 'keyValue', 'profile']);
    // kv: plain set + (set, delete) × 4 namespaces; profile 2; document 3; account 3.
    expect(writeRoutes.length).toBeGreaterThanOrEqual(9 + 2 + 3 + 3);
  });

  it.each(writeRoutes.map((route) => [`${route.method} ${route.path}`, route] as const))(
    'gets the family’s access-denied answer on %s',
    async (_key, route) => {
      const answer = await invoke(await handlerOf(route), {
        method: route.method,
        path: route.path,
        token: readOnly,
        body: validBody[route.handler.replace(/-linked$/, '')] ?? {},
      });
      expect(answer).toMatchObject(accessDenied[route.family]);
      expect(headersOf(answer)).toMatchObject(SECURITY);
    },
  );

  it('wrote nothing, and still reads on each family (the token itself is good)', async () => {
    const get = await invoke(kvGet, {
      path: '/user-data/by-user-id/get',
      token: readOnly,
      body: { value_keys: ['read-only-probe'] },
    });
    // 1: "success, not found" (the vendor's by-user-id get table).
    expect(get.body).toEqual({ result: 1, values: [] });
    const [documentGet, userinfoGet] = await Promise.all(
      ['document-get', 'userinfo-get'].map(async (name) =>
        handlerOf(routes.find((route) => route.handler === name) as RouteDefinition),
      ),
    );
    const document = await invoke(documentGet as Handler, {
      method: 'GET',
      path: '/custom-user-data',
      token: readOnly,
    });
    expect(document).toMatchObject({ status: 200, body: { status_code: 'ok', data: {} } });
    const profile = await invoke(userinfoGet as Handler, {
      method: 'GET',
      path: '/userinfo',
      token: readOnly,
    });
    expect(profile).toMatchObject(refusal(404, 'not_found'));
  });
});

describe('the one body parser', () => {
  it.each([
    ['keyValue', 'kv-set', '/user-data/set', { status: 200, body: { result: -5 } }],
    [
      'profile',
      'userinfo-upsert',
      '/userinfo',
      { status: 415, body: { error: 'unsupported_media_type' } },
    ],
    [
      'document',
      'document-replace',
      '/custom-user-data',
      { status: 415, body: { error: 'unsupported_media_type' } },
    ],
  ] as const)('refuses a non-JSON body on %s routes', async (_family, name, path, expected) => {
    const route = routes.find((r) => r.handler === name) as RouteDefinition;
    const answer = await invoke(await handlerOf(route), {
      method: route.method,
      path,
      token: readWrite,
      headers: { 'content-type': 'text/plain' },
      rawBody: JSON.stringify(validBody[name]),
    });
    expect(answer).toMatchObject(expected);
    expect(headersOf(answer)).toMatchObject(SECURITY);
  });

  it('refuses a non-JSON body on account routes with a 415 in the account format', async () => {
    const route = routes.find((r) => r.method === 'POST' && r.path === '/user') as RouteDefinition;
    const answer = await invoke(await handlerOf(route), {
      path: route.path,
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      rawBody: 'email=a%40example.com&password=x',
    });
    expect(answer).toMatchObject({
      status: 415,
      body: { result: 0, error: 'unsupported_media_type' },
    });
  });

  it('refuses a lone surrogate anywhere in a body, and stores nothing', async () => {
    const rawBody = '{"value_key":"lone","value_data":"x\\udc00"}';
    const set = await invoke(kvSet, { path: '/user-data/set', token: readWrite, rawBody });
    expect(set.body).toEqual({ result: -5 });
    const get = await invoke(kvGet, {
      path: '/user-data/get',
      token: readWrite,
      body: { value_keys: ['lone'] },
    });
    expect(get.body).toEqual({ result: 0, values: [] });
  });
});

describe('kv get', () => {
  /** Every command the DynamoDB client sends while `run` runs. */
  async function recordCommands(run: () => Promise<unknown>) {
    const sent: Array<{ name: string; input: Record<string, unknown> }> = [];
    const stack = documentClient().middlewareStack;
    stack.add(
      (next, context) => async (args) => {
        sent.push({
          name: context.commandName ?? 'unnamed',
          input: args.input as Record<string, unknown>,
        });
        return next(args);
      },
      { step: 'initialize', name: 'pipelineTestRecorder' },
    );
    try {
      await run();
    } finally {
      stack.remove('pipelineTestRecorder');
    }
    return sent;
  }

  it('is one DynamoDB request: the revocation mark rides in the values’ BatchGetItem', async () => {
    const token = await user.signIn();
    await invoke(kvSet, {
      path: '/user-data/set',
      token,
      body: { value_key: 'one', value_data: '1' },
    });
    let answer: Awaited<ReturnType<typeof invoke>> | undefined;
    const sent = await recordCommands(async () => {
      answer = await invoke(kvGet, {
        path: '/user-data/get',
        token,
        body: { value_keys: ['one'] },
      });
    });
    expect(answer?.body).toMatchObject({
      result: 0,
      values: [{ value_key: 'one', value_data: '1' }],
    });
    expect(sent.map((command) => command.name)).toEqual(['BatchGetItemCommand']);
    const tables = Object.keys(sent[0]?.input.RequestItems as object);
    expect(tables).toHaveLength(2);
    expect(tables).toContain(process.env.REVOCATIONS_TABLE ?? 'revocations table not set');
  });

  it('refuses a token revoked by logout, with keys and without, and answers no value', async () => {
    const owner = await createUser('revoked');
    const token = await owner.signIn();
    await invoke(kvSet, {
      path: '/user-data/set',
      token,
      body: { value_key: 'secret', value_data: 's' },
    });
    const out = await invoke(logout, {
      path: '/user/logout',
      token,
      body: { projectId: DEFAULT_PROJECT_ID },
    });
    expect(out.body).toMatchObject({ result: 1 });
    for (const value_keys of [['secret'], []]) {
      const get = await invoke(kvGet, { path: '/user-data/get', token, body: { value_keys } });
      expect(get.body).toEqual({ result: -3, values: [] });
    }
  });

  it('kv set with unchanged usage is two requests: mark and usage counter in one BatchGetItem, then the write', async () => {
    const token = await user.signIn();
    const set = (value_data: string) =>
      invoke(kvSet, { path: '/user-data/set', token, body: { value_key: 'twice', value_data } });
    expect((await set('a')).body).toMatchObject({ result: 0 });
    let answer: Awaited<ReturnType<typeof invoke>> | undefined;
    const sent = await recordCommands(async () => {
      answer = await set('b');
    });
    expect(answer?.body).toMatchObject({ result: 0, version: 2 });
    expect(sent.map((command) => command.name)).toEqual([
      'BatchGetItemCommand',
      'UpdateItemCommand',
    ]);
    const tables = Object.keys(sent[0]?.input.RequestItems as object);
    expect(tables).toContain(process.env.REVOCATIONS_TABLE ?? 'revocations table not set');
    expect(tables).toContain(process.env.KEY_VALUE_TABLE ?? 'key/value table not set');
  });

  it('kv set refuses a revoked token before writing anything', async () => {
    const owner = await createUser('revoked-set');
    const token = await owner.signIn();
    await invoke(kvSet, {
      path: '/user-data/set',
      token,
      body: { value_key: 'k', value_data: 'v1' },
    });
    await invoke(logout, { path: '/user/logout', token, body: { projectId: DEFAULT_PROJECT_ID } });
    const refused = await invoke(kvSet, {
      path: '/user-data/set',
      token,
      body: { value_key: 'k', value_data: 'v2' },
    });
    expect(refused.body).toMatchObject({ result: -3 });
    // Marks have a one-second resolution: a token issued in the logout's second is revoked too.
    await new Promise((resolve) => setTimeout(resolve, 1100));
    const fresh = await owner.signIn();
    const read = await invoke(kvGet, {
      path: '/user-data/get',
      token: fresh,
      body: { value_keys: ['k'] },
    });
    expect(read.body).toMatchObject({ result: 0, values: [{ value_key: 'k', value_data: 'v1' }] });
  });
});
