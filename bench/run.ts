/**
 * `npm run bench`: bundle sizes, cold-start and warm-path ratios, DynamoDB requests and
 * capacity per route, and a cost model — all measured side by side in one run, against an
 * in-memory DynamoDB Local and the Cognito emulator. Prints a table, writes bench/results.json.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { BatchGetItemCommand, DynamoDBClient, PutItemCommand } from '@aws-sdk/client-dynamodb';
import type { APIGatewayProxyEventV2 } from 'aws-lambda';
import { build } from 'esbuild';
import { bundleSettings } from '../lib/bundling.js';
import { DEFAULT_PROJECT_ID, resolveConfig } from '../lib/config.js';
import { toApiGatewayEvent } from '../lib/local/api-gateway-event.js';
import { startLocalBackend } from '../lib/local/local-backend.js';
import { handlerEntry, type RouteDefinition, routes } from '../lib/routes.js';
import * as price from './prices.js';

const root = join(fileURLToPath(new URL('.', import.meta.url)), '..');
const outDir = join(root, 'bench', 'out');
const COLD_RUNS = Number(process.env.BENCH_COLD_RUNS ?? 15);
const WARM_RUNS = Number(process.env.BENCH_WARM_RUNS ?? 200);
const MEMORY_MB = resolveConfig().lambda.memorySize;

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2
    ? (sorted[middle] as number)
    : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
};
const round = (value: number, digits = 2) => Number(value.toFixed(digits));

// 1. Production bundles, built with the stack's esbuild settings.
async function bundle(name: string, entry: string) {
  const result = await build({
    entryPoints: [join(root, entry)],
    outfile: join(outDir, `${name}.mjs`),
    bundle: true,
    metafile: true,
    format: bundleSettings.format,
    platform: bundleSettings.platform,
    target: bundleSettings.target,
    minify: bundleSettings.minify,
    sourcemap: bundleSettings.sourcemap,
    mainFields: [...bundleSettings.mainFields],
    banner: { js: bundleSettings.banner },
    external: [...bundleSettings.external],
    logLevel: 'error',
  });
  const output = Object.values(result.metafile.outputs)[0];
  const inputs = Object.entries(output?.inputs ?? {})
    .map(([path, info]) => ({
      path: path.replace(/^.*node_modules\//, ''),
      bytes: info.bytesInOutput,
    }))
    .sort((a, b) => b.bytes - a.bytes)
    .slice(0, 5);
  return { file: join(outDir, `${name}.mjs`), bytes: output?.bytes ?? 0, topInputs: inputs };
}

mkdirSync(outDir, { recursive: true });
const handlerRoutes = new Map<string, RouteDefinition>();
for (const route of routes)
  if (!handlerRoutes.has(route.handler)) handlerRoutes.set(route.handler, route);
const bundles: Record<string, Awaited<ReturnType<typeof bundle>>> = {};
for (const [name, route] of handlerRoutes) bundles[name] = await bundle(name, handlerEntry(route));
const empty = await bundle('empty-handler', 'bench/empty-handler.ts');
console.log(`built ${handlerRoutes.size} handler bundles`);

// 2. The local backend, and the handlers' environment pointed at it.
const config = resolveConfig();
const backend = await startLocalBackend({ config });
Object.assign(process.env, backend.env, {
  POWERTOOLS_LOG_LEVEL: 'SILENT',
  AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true',
});

type Handler = (
  event: APIGatewayProxyEventV2,
  context: unknown,
) => Promise<{ statusCode?: number; body?: string }>;
const context = {
  functionName: 'bench',
  awsRequestId: 'bench',
  getRemainingTimeInMillis: () => 10_000,
};
const load = async (file: string) =>
  ((await import(pathToFileURL(file).href)) as { handler: Handler }).handler;
const event = (
  route: RouteDefinition,
  token: string | undefined,
  payload: Record<string, unknown>,
) =>
  toApiGatewayEvent(
    {
      method: route.method,
      url:
        route.method === 'GET'
          ? `${route.path}?${new URLSearchParams(payload as Record<string, string>)}`
          : route.path,
      headers: {
        'content-type': 'application/json',
        ...(token ? { authorization: `Bearer ${token}` } : {}),
      },
      body: route.method === 'GET' ? undefined : JSON.stringify(payload),
    },
    `${route.method} ${route.path}`,
  );

// A signed-in user with a profile, a device, and a key, for realistic events.
const call = async (
  path: string,
  method: RouteDefinition['method'],
  token: string | undefined,
  payload: Record<string, unknown>,
) => {
  const route = routes.find((r) => r.path === path && r.method === method) as RouteDefinition;
  const result = await (await load(bundles[route.handler]?.file as string))(
    event(route, token, payload),
    context,
  );
  return JSON.parse(result.body ?? '{}') as Record<string, unknown>;
};
const params = { projectId: DEFAULT_PROJECT_ID, strategy: 'email', provider: 'awsCognito' };
const password = 'bID>idfsf23!';
async function session(label: string) {
  const email = `${label}-${Date.now()}@example.com`;
  await call('/user', 'POST', undefined, { ...params, data: { email, password } });
  const login = (
    await call('/user/login', 'PUT', undefined, { ...params, data: { email, password } })
  ).data as Record<string, string>;
  return {
    email,
    token: login.accessToken as string,
    deviceId: login.deviceId as string,
    refreshToken: login.refreshToken as string,
  };
}
const main = await session('bench');
await call('/userinfo', 'POST', main.token, { name: 'Bench User', wallet_address: '0xbe4c4' });
await call('/user-data/set', 'POST', main.token, {
  value_key: 'bench-key',
  value_data: 'x'.repeat(100),
});

/** The event each route is measured with: the seed's bodies where there are some. */
function sample(
  route: RouteDefinition,
  who = main,
): { token?: string; payload: Record<string, unknown> } {
  const token = route.auth === 'none' ? undefined : who.token;
  const data = { email: who.email, password };
  const byHandler: Record<string, Record<string, unknown>> = {
    'kv-set': { value_key: 'bench-key', value_data: 'x'.repeat(100), identity_provider: 'Google' },
    'kv-get': { value_keys: ['bench-key'], identity_provider: 'Google' },
    'kv-delete': { value_keys: ['missing-key'], identity_provider: 'Google' },
    'kv-list-get': { identity_provider: 'Google' },
    'kv-shared-list-get': { identity_provider: 'Google' },
    'account-user-create': { ...params, data },
    'account-user-login': { ...params, data },
    'account-refresh': { ...params, refreshToken: who.refreshToken },
    'account-logout': params,
    'account-user-get': params,
    'account-user-update': { ...params, data: { nickname: 'bench' } },
    'account-change-password': { ...params, data: { password, previousPassword: 'Wrong-pass1!' } },
    'account-forgot-password': { ...params, data: { email: who.email } },
    'account-confirm-forgot-password': {
      ...params,
      data: { email: who.email, confirmationCode: '000000', password },
    },
    'account-user-check': { ...params, deviceId: who.deviceId },
    'userinfo-upsert': { nickname: 'bench' },
    'userinfo-lookup': { email: who.email },
    'userinfo-history': {},
    'document-replace': { data: { account_type: 'VIP' } },
    'document-patch': { data: { plan: 'gold' } },
  };
  return { token, payload: byHandler[route.handler] ?? {} };
}

// 3. Cold starts: fresh node processes, each importing a bundle and invoking it once.
function coldRun(file: string, evt: APIGatewayProxyEventV2): number {
  const started = performance.now();
  execFileSync(
    process.execPath,
    [join(root, 'bench', 'cold-start-child.mjs'), file, JSON.stringify(evt)],
    {
      env: process.env,
      stdio: ['ignore', 'pipe', 'ignore'],
    },
  );
  return performance.now() - started;
}
const emptyRoute = routes[0] as RouteDefinition;
const emptyTimes = Array.from({ length: COLD_RUNS }, () =>
  coldRun(empty.file, event(emptyRoute, undefined, {})),
);
const baseline = median(emptyTimes);
// Routes that end the session run last, on a user of their own.
const destructive = new Set(['account-logout', 'userinfo-delete']);
const order = [...handlerRoutes.keys()].sort(
  (a, b) => Number(destructive.has(a)) - Number(destructive.has(b)),
);
const spare = await session('bench-spare');
const cold: Record<string, { medianMs: number; ratio: number }> = {};
for (const name of order) {
  const route = handlerRoutes.get(name) as RouteDefinition;
  const { token, payload } = sample(route, destructive.has(name) ? spare : main);
  const times = Array.from({ length: COLD_RUNS }, () =>
    coldRun(bundles[name]?.file as string, event(route, token, payload)),
  );
  cold[name] = { medianMs: round(median(times), 1), ratio: round(median(times) / baseline) };
  process.stdout.write('.');
}
console.log(
  `\ncold starts measured (${COLD_RUNS} processes each; empty handler ${round(baseline, 1)} ms)`,
);

// 4. Warm path: handler invocations against the bare SDK call they make, in this process.
const dynamo = new DynamoDBClient({});
const kvTable = backend.env.KEY_VALUE_TABLE as string;
async function timed(run: () => Promise<unknown>) {
  for (let i = 0; i < 20; i++) await run();
  const times: number[] = [];
  for (let i = 0; i < WARM_RUNS; i++) {
    const started = performance.now();
    await run();
    times.push(performance.now() - started);
  }
  return median(times);
}
const warmRoute = (path: string) => routes.find((r) => r.path === path) as RouteDefinition;
const kvGet = await load(bundles['kv-get']?.file as string);
const kvSet = await load(bundles['kv-set']?.file as string);
const getEvent = event(warmRoute('/user-data/get'), main.token, { value_keys: ['bench-key'] });
const setEvent = event(warmRoute('/user-data/set'), main.token, {
  value_key: 'bench-key',
  value_data: 'x'.repeat(100),
});
const key = { pk: { S: 'bench#bare' }, sk: { S: 'bench-key' } };
const warm = {
  'POST /user-data/get': {
    handlerMs: await timed(() => kvGet(getEvent, context)),
    bareMs: await timed(() =>
      dynamo.send(new BatchGetItemCommand({ RequestItems: { [kvTable]: { Keys: [key] } } })),
    ),
  },
  'POST /user-data/set': {
    handlerMs: await timed(() => kvSet(setEvent, context)),
    bareMs: await timed(() =>
      dynamo.send(
        new PutItemCommand({ TableName: kvTable, Item: { ...key, value: { S: 'x'.repeat(100) } } }),
      ),
    ),
  },
};
console.log('warm paths measured');

// 5. DynamoDB requests and capacity per route: every command of the handlers' shared client
// is counted and asked for its consumed capacity.
const { documentClient } = await import('../lambdas/adapters/dynamodb/document-client.js');
let counted = { requests: 0, rcu: 0, wcu: 0 };
const READS = /^(Get|BatchGet|Query|Scan|TransactGet)/;
documentClient().middlewareStack.add(
  (next, handlerContext) => async (args) => {
    const input = args.input as Record<string, unknown>;
    input.ReturnConsumedCapacity = 'TOTAL';
    counted.requests++;
    const result = await next(args);
    const consumed = (result.output as { ConsumedCapacity?: unknown }).ConsumedCapacity;
    const isRead = READS.test(String(handlerContext.commandName));
    type Units = {
      ReadCapacityUnits?: number;
      WriteCapacityUnits?: number;
      CapacityUnits?: number;
    };
    for (const entry of [consumed].flat() as Array<Units | undefined>) {
      // DynamoDB Local reports only the total for most operations.
      const total = entry?.CapacityUnits ?? 0;
      counted.rcu += entry?.ReadCapacityUnits ?? (isRead ? total : 0);
      counted.wcu += entry?.WriteCapacityUnits ?? (isRead ? 0 : total);
    }
    return result;
  },
  { step: 'initialize', name: 'benchCounter' },
);
const ops: Record<
  string,
  { requests: number; rcu: number; wcu: number; ms: number; status: number }
> = {};
const opsUser = await session('bench-ops');
await call('/userinfo', 'POST', opsUser.token, { name: 'Ops User', wallet_address: '0xbe4c5' });
for (const route of [...routes].sort(
  (a, b) => Number(destructive.has(a.handler)) - Number(destructive.has(b.handler)),
)) {
  const module = (await import(pathToFileURL(join(root, handlerEntry(route))).href)) as {
    handler: Handler;
  };
  const { token, payload } = sample(route, opsUser);
  counted = { requests: 0, rcu: 0, wcu: 0 };
  const started = performance.now();
  const answer = await module.handler(event(route, token, payload), context);
  ops[`${route.method} ${route.path}`] = {
    ...counted,
    ms: performance.now() - started,
    status: answer.statusCode ?? 200,
  };
}
console.log('operations counted');
await backend.stop();

// 6. Cost per million calls: API Gateway + Lambda requests and duration + DynamoDB units.
const costPerMillionUSD: Record<string, number> = {};
for (const [routeKey, op] of Object.entries(ops)) {
  const ms = (warm as Record<string, { handlerMs: number }>)[routeKey]?.handlerMs ?? op.ms;
  const gbSeconds = (Math.ceil(ms) / 1000) * (MEMORY_MB / 1024);
  costPerMillionUSD[routeKey] = round(
    price.HTTP_API_PER_MILLION_USD +
      price.LAMBDA_REQUESTS_PER_MILLION_USD +
      gbSeconds * price.LAMBDA_ARM64_PER_GB_SECOND_USD * 1e6 +
      op.wcu * price.DYNAMODB_PER_MILLION_WRU_USD +
      op.rcu * price.DYNAMODB_PER_MILLION_RRU_USD,
    3,
  );
}

const results = {
  measuredAt: new Date().toISOString(),
  machine: { node: process.version, cpus: (await import('node:os')).cpus().length },
  coldRuns: COLD_RUNS,
  warmRuns: WARM_RUNS,
  emptyHandlerColdMs: round(baseline, 1),
  handlers: Object.fromEntries(
    Object.entries(bundles).map(([name, info]) => [
      name,
      {
        bytes: info.bytes,
        coldInitRatio: cold[name]?.ratio,
        coldMs: cold[name]?.medianMs,
        topInputs: info.topInputs,
      },
    ]),
  ),
  warm: Object.fromEntries(
    Object.entries(warm).map(([route, w]) => [
      route,
      {
        overheadRatio: round(w.handlerMs / w.bareMs),
        handlerMs: round(w.handlerMs),
        bareMs: round(w.bareMs),
      },
    ]),
  ),
  ops: Object.fromEntries(
    Object.entries(ops).map(([route, op]) => [
      route,
      { requests: op.requests, wcu: round(op.wcu), rcu: round(op.rcu), status: op.status },
    ]),
  ),
  costPerMillionUSD,
};
writeFileSync(join(root, 'bench', 'results.json'), `${JSON.stringify(results, null, 2)}\n`);

console.log('\nhandler                          bytes   cold ms  cold ratio (goal ≤ 1.3)');
for (const [name, info] of Object.entries(results.handlers)) {
  console.log(
    `${name.padEnd(32)} ${String(info.bytes).padStart(7)} ${String(info.coldMs).padStart(8)} ${String(info.coldInitRatio).padStart(8)}`,
  );
}
console.log('\nwarm route                 handler ms  bare SDK ms  ratio (goal ≤ 1.15)');
for (const [route, w] of Object.entries(results.warm)) {
  console.log(
    `${route.padEnd(26)} ${String(w.handlerMs).padStart(10)} ${String(w.bareMs).padStart(12)} ${String(w.overheadRatio).padStart(7)}`,
  );
}
console.log('\nroute                                         requests   RCU   WCU  $/million');
for (const [route, op] of Object.entries(results.ops)) {
  console.log(
    `${route.padEnd(45)} ${String(op.requests).padStart(8)} ${String(op.rcu).padStart(5)} ${String(op.wcu).padStart(5)} ${String(costPerMillionUSD[route]).padStart(9)}`,
  );
}
console.log('\nwrote bench/results.json');
process.exit(0);
