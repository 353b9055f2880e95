/**
 * `npm start`: the whole API on http://127.0.0.1:3000 (PORT overrides), backed by DynamoDB
 * Local and the Cognito emulator. Data persists under .local/ (LOCAL_DATA_DIR overrides);
 * `npm start -- --in-memory` (or LOCAL_IN_MEMORY=1) keeps nothing.
 */
import { resolve } from 'node:path';
import { resolveConfig } from '../lib/config.js';
import { startLocalBackend } from '../lib/local/local-backend.js';
import { localDefaultConfig } from '../lib/local/local-default-config.js';
import { startLocalServer } from '../lib/local/local-server.js';

const log = (line: string) => console.log(line);
// The Lambdas run on Node 24; local tooling on Node 20 need not hear about it on every start.
process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';
const inMemory = process.argv.includes('--in-memory') || process.env.LOCAL_IN_MEMORY === '1';
const dataDir = inMemory ? undefined : resolve(process.env.LOCAL_DATA_DIR ?? '.local');
const port = Number(process.env.PORT ?? 3000);
const config = resolveConfig(process.env.BACKEND_CONFIG ?? localDefaultConfig);

// Whatever a request does, the server keeps serving: a stray rejection or exception is logged,
// never fatal (the handlers and the server itself catch everything they expect).
process.on('unhandledRejection', (reason) =>
  log(`unhandled rejection (server keeps running): ${(reason as Error)?.stack ?? reason}`),
);
process.on('uncaughtException', (error) =>
  log(`uncaught exception (server keeps running): ${error.stack ?? error}`),
);

let stopping = false;
let stopServer: () => Promise<void> = async () => undefined;
/** An emulator that cannot be restarted: stop everything and say why, rather than answer 5xx. */
const giveUp = (error: Error) => {
  console.error(`Local backend stopped: ${error.message}. Data is kept; run \`npm start\` again.`);
  if (stopping) return;
  stopping = true;
  void stopServer()
    .catch(() => undefined)
    .finally(() => process.exit(1));
};

let backend: Awaited<ReturnType<typeof startLocalBackend>>;
try {
  backend = await startLocalBackend({
    config,
    dataDir,
    log,
    onGiveUp: giveUp,
    standInsPort: Number(process.env.STAND_INS_PORT ?? port + 1),
  });
} catch (error) {
  console.error(`Local backend failed to start: ${(error as Error).message}`);
  process.exit(1);
}
Object.assign(process.env, backend.env, {
  POWERTOOLS_LOG_LEVEL: process.env.POWERTOOLS_LOG_LEVEL ?? 'WARN',
});
const server = await startLocalServer({ port, log });

for (const project of config.projects) {
  log(
    `project ${project.projectId}: user pool ${backend.pool.userPoolId}, app clients ${project.appClients.join(', ')}`,
  );
}
log(dataDir ? `data in ${dataDir}` : 'in-memory run: nothing is kept');
if (dataDir)
  log(
    `app clients' backend secrets (BindIdBackend authvalue keys): ${dataDir}/client-secrets.json`,
  );
log(
  `provider stand-ins (Auth0, Google, Facebook, Twitter) on ${backend.standIns.url}; ` +
    `mint tokens with: npm run dev-token -- --dir ${backend.standIns.dir} --provider google --sub alice`,
);
log(`mail the API sends (SES SendEmail) is written to ${backend.outboxDir}/*.eml`);
log(`User data backend listening on ${server.url}`);
log(`API explorer (Swagger UI): ${server.url}/explorer/ — the OpenAPI document: /openapi.json`);

stopServer = async () => {
  await server.close();
  await backend.stop();
};
const stop = async () => {
  if (stopping) return;
  stopping = true;
  await stopServer();
  process.exit(0);
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
