/**
 * Everything the handlers need locally, started and stopped together: DynamoDB Local with
 * the stack's tables, the Cognito emulator with one pool and the projects' app clients, and
 * the environment variables that point the unchanged handlers at them.
 */
import { createHash, randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type BackendConfig, emailSenderOf } from '../config.js';
import { tables } from '../tables.js';
import { checkPoolFile, type EmulatedPool, startCognitoEmulator } from './cognito-emulator.js';
import { localCredentials, startDynamoDbLocal } from './dynamodb-local.js';
import { readJsonFile, writeFileAtomic, writeJsonAtomic } from './local-files.js';
import { startMailStandIn } from './stand-ins/mail-stand-in.js';
import { standInSettings, startProviderStandIns } from './stand-ins/provider-stand-ins.js';

export const LOCAL_REGION = 'us-east-1';
export const LOCAL_USER_POOL_ID = `${LOCAL_REGION}_localpool`;

/** Deterministic, Cognito-shaped (26 characters) client ids, stable across runs. */
export const localClientId = (projectId: string, clientName: string) =>
  createHash('sha256').update(`${projectId}/${clientName}`).digest('hex').slice(0, 26);

export interface LocalBackend {
  /** Environment for the handlers (the same variables the stack sets, plus local endpoints). */
  readonly env: Record<string, string>;
  readonly pool: EmulatedPool;
  /** JSON lines `{destination, code}` of every code the emulator "sent". */
  readonly codesFile: string;
  /** The provider stand-ins' base URL and key directory (`npm run dev-token -- --dir`). */
  readonly standIns: { readonly url: string; readonly dir: string };
  /** Where the mail stand-in writes each mail the handlers send (`<data dir>/outbox/*.eml`). */
  readonly outboxDir: string;
  nextCode(destination: string, timeoutMs?: number): Promise<string>;
  /** The key pair the Cognito emulator signs with (tests sign tokens it cannot issue). */
  readonly signingKeyFile: string;
  /** Process ids of the running emulators (they change when a restart replaces one). */
  pids(): { dynamodb: number | undefined; cognito: number | undefined };
  stop(): Promise<void>;
}

export async function startLocalBackend(options: {
  config: BackendConfig;
  /** Persist data here; undefined runs in memory and leaves nothing behind. */
  dataDir?: string;
  /** Extra app clients, e.g. a short-lived-token client for tests: [projectId, client]. */
  extraClients?: ReadonlyArray<{ projectId: string; name: string; accessTokenSeconds: number }>;
  log?: (line: string) => void;
  /** Port of the provider stand-ins (Auth0, Google, Facebook, Twitter); 0 or absent picks one. */
  standInsPort?: number;
  /** Told when an emulator died and could not be restarted (the server should then exit). */
  onGiveUp?: (error: Error) => void;
}): Promise<LocalBackend> {
  const { config } = options;
  const scratch = options.dataDir ?? mkdtempSync(join(tmpdir(), 'user-data-backend-'));
  const cognitoDir = join(scratch, 'cognito');
  mkdirSync(cognitoDir, { recursive: true });
  // Before anything starts: a damaged pool file stops the run here, with the way out.
  checkPoolFile(join(cognitoDir, '.cognito', 'db', `${LOCAL_USER_POOL_ID}.json`));

  const clientsOf = (projectId: string) => [
    ...(config.projects.find((p) => p.projectId === projectId)?.appClients ?? []).map((name) => ({
      name,
      clientId: localClientId(projectId, name),
    })),
    ...(options.extraClients ?? [])
      .filter((extra) => extra.projectId === projectId)
      .map((extra) => ({ ...extra, clientId: localClientId(projectId, extra.name) })),
  ];
  const pool: EmulatedPool = {
    userPoolId: LOCAL_USER_POOL_ID,
    clients: config.projects.flatMap((project) => clientsOf(project.projectId)),
  };

  const dynamo = await startDynamoDbLocal({
    dataDir: options.dataDir ? join(options.dataDir, 'dynamodb') : undefined,
    log: options.log,
    onGiveUp: options.onGiveUp,
  });
  const codesFile = join(scratch, 'confirmation-codes.jsonl');
  const cognito = await startCognitoEmulator({
    dataDir: cognitoDir,
    pools: [pool],
    log: options.log,
    codesFile,
    onGiveUp: options.onGiveUp,
  }).catch(async (error: unknown) => {
    await dynamo.stop();
    throw error;
  });

  // Auth0, Google, Facebook and Twitter stand-ins; the projects' provider settings point at them.
  const standIns = await startProviderStandIns({
    dir: join(scratch, 'stand-ins'),
    port: options.standInsPort,
  }).catch(async (error: unknown) => {
    await Promise.all([cognito.stop(), dynamo.stop()]);
    throw error;
  });

  // SES SendEmail: each mail lands in the outbox (and one log line), never on the network.
  const mail = await startMailStandIn({
    outboxDir: join(scratch, 'outbox'),
    log: options.log,
  }).catch(async (error: unknown) => {
    await Promise.all([standIns.stop(), cognito.stop(), dynamo.stop()]);
    throw error;
  });

  const env: Record<string, string> = {
    AWS_REGION: LOCAL_REGION,
    AWS_ACCESS_KEY_ID: localCredentials.accessKeyId,
    AWS_SECRET_ACCESS_KEY: localCredentials.secretAccessKey,
    AWS_ENDPOINT_URL_DYNAMODB: dynamo.endpoint,
    AWS_ENDPOINT_URL_COGNITO_IDENTITY_PROVIDER: cognito.endpoint,
    PROJECTS: JSON.stringify(
      config.projects.map((project) => ({
        projectId: project.projectId,
        userPoolId: LOCAL_USER_POOL_ID,
        clientIds: clientsOf(project.projectId).map((client) => client.clientId),
        strategies: project.strategies,
        providers: project.providers,
        // Nobody reads local e-mail: sign-ups are confirmed at once.
        autoConfirmSignUp: true,
        customAttributes: project.customAttributes,
        // Auth0, Google, Facebook and Twitter: the stand-ins, never the real hosts.
        identityProviders: standInSettings(standIns, project.providers),
      })),
    ),
    LIMITS: JSON.stringify(config.limits),
    PASSWORD_POLICY: JSON.stringify(config.passwordPolicy),
    WALLET_CHAINS: JSON.stringify(config.walletChains),
    JWKS_PRELOAD: JSON.stringify(cognito.jwks),
    AWS_ENDPOINT_URL_SESV2: mail.url,
    // The configured sender, or a placeholder: locally every mail goes to the outbox.
    EMAIL_SENDER: JSON.stringify(
      emailSenderOf(config.email ?? { fromEmail: 'no-reply@user-data-backend.invalid' }),
    ),
    SIGNING_SECRET: signingSecret(scratch),
    CLIENT_SECRETS: JSON.stringify(clientSecrets(scratch, pool)),
    ...Object.fromEntries(Object.values(tables).map((table) => [table.envVar, table.id])),
  };

  return {
    env,
    pool,
    codesFile,
    standIns: { url: standIns.url, dir: standIns.dir },
    outboxDir: mail.outboxDir,
    nextCode: cognito.nextCode,
    signingKeyFile: cognito.signingKeyFile,
    pids: () => ({ dynamodb: dynamo.pid, cognito: cognito.pid }),
    async stop() {
      await Promise.all([cognito.stop(), dynamo.stop(), standIns.stop(), mail.stop()]);
      if (!options.dataDir) rmSync(scratch, { recursive: true, force: true });
    },
  };
}

/** Random backend secrets of the app clients (the BindIdBackend authvalue key), kept with the data. */
function clientSecrets(dir: string, pool: EmulatedPool): Record<string, string> {
  const file = join(dir, 'client-secrets.json');
  const known = existsSync(file)
    ? readJsonFile<Record<string, string>>(
        file,
        `Restore it, or delete it to give every app client a new backend secret.`,
      )
    : {};
  for (const client of pool.clients) known[client.clientId] ??= randomBytes(24).toString('hex');
  writeJsonAtomic(file, known);
  return known;
}

/** A random signing secret, kept with the data so signatures and cursors survive restarts. */
function signingSecret(dir: string): string {
  const file = join(dir, 'signing-secret');
  if (!existsSync(file)) writeFileAtomic(file, randomBytes(32).toString('hex'));
  const secret = readFileSync(file, 'utf8').trim();
  if (secret === '') {
    throw new Error(
      `${file} is empty. Delete it to create a new secret (cursors and signatures made before then stop verifying).`,
    );
  }
  return secret;
}
