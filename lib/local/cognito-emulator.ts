/**
 * cognito-local as the local Cognito, in a child process rooted in its own data folder.
 * Pools and app clients are written as the emulator's own JSON files before it starts, so
 * they keep fixed, Cognito-shaped ids (`us-east-1_…`), and the token issuer is set to the
 * real Cognito form: the handlers then verify tokens with the same CognitoJwtVerifier as in AWS.
 *
 * The child runs with cognito-local-preload.cjs, which makes the emulator's file writes
 * atomic (with a `.bak` of the previous version) and signs with a key pair made for this
 * data directory. A pool file that is empty, torn or missing-with-a-backup is refused at
 * start with the recovery steps, never replaced by an empty pool. The child is supervised:
 * restarted on the same port and data if it dies.
 */
import { randomBytes } from 'node:crypto';
import { appendFileSync, existsSync, mkdirSync, readdirSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { stripVTControlCharacters } from 'node:util';
import { freePort, spawnService, stopService, supervise, waitUntilReady } from './child-process.js';
import { ensureSigningKey, readJsonFile, writeJsonAtomic } from './local-files.js';

export interface EmulatedClient {
  readonly clientId: string;
  readonly name: string;
  /** Access-token lifetime in seconds (default one hour, as in the stack). */
  readonly accessTokenSeconds?: number;
}

export interface EmulatedPool {
  readonly userPoolId: string;
  readonly clients: readonly EmulatedClient[];
}

export interface CognitoEmulator {
  readonly endpoint: string;
  /** JWKS per pool id, as the emulator serves it. */
  readonly jwks: Record<string, unknown>;
  /** The running process (it changes when a restart replaces it). */
  readonly pid: number | undefined;
  /** The data directory's token-signing key pair (see local-files.ts `SigningKey`). */
  readonly signingKeyFile: string;
  /** Resolves with the next confirmation code the emulator "sends" to `destination`. */
  nextCode(destination: string, timeoutMs?: number): Promise<string>;
  stop(): Promise<void>;
}

/** The region part of the pool ids decides the issuer aws-jwt-verify expects. */
export const issuerDomain = (userPoolId: string) =>
  `https://cognito-idp.${userPoolId.split('_')[0]}.amazonaws.com`;

/** The standard attributes the emulator gives a pool it creates itself. */
function emulatorDefaultSchema(): unknown[] {
  const require = createRequire(import.meta.url);
  const service = require('cognito-local/lib/services/cognitoService.js') as {
    USER_POOL_AWS_DEFAULTS: { SchemaAttributes: unknown[] };
  };
  return service.USER_POOL_AWS_DEFAULTS.SchemaAttributes;
}

const writeJson = (path: string, value: unknown) => writeJsonAtomic(path, value, 0o600);

/** 256 random bits, hex (Cognito's own secrets are 51 characters of [a-z0-9]). */
const newClientSecret = () => randomBytes(32).toString('hex');

/** What to do about a damaged pool file: the message the server stops with. */
export const poolRecovery = (file: string) =>
  'Refusing to start with an empty user pool: every account would be lost and its data ' +
  'orphaned. To recover, stop the server, then either restore the version before the last ' +
  `change with \`cp '${file}.bak' '${file}'\` (check it first: \`node -e ` +
  `"JSON.parse(require('fs').readFileSync('${file}.bak','utf8'))"\`), or delete '${file}' ` +
  'to start over with no users (their stored data stays, unreachable under the new ids).';

/** Refuses a pool file that is empty, torn, not a pool, or gone while its backup remains. */
export function checkPoolFile(file: string): void {
  if (!existsSync(file)) {
    if (existsSync(`${file}.bak`)) {
      throw new Error(`${file} is missing but its backup exists. ${poolRecovery(file)}`);
    }
    return;
  }
  const pool = readJsonFile<{ Users?: unknown; Options?: unknown }>(file, poolRecovery(file));
  if (typeof pool?.Users !== 'object' || typeof pool?.Options !== 'object') {
    throw new Error(`${file} is not a user pool (no Users/Options). ${poolRecovery(file)}`);
  }
}

function seed(
  root: string,
  pools: readonly EmulatedPool[],
  port: number,
  log?: (line: string) => void,
) {
  const db = join(root, '.cognito', 'db');
  mkdirSync(db, { recursive: true });
  const [first] = pools;
  writeJson(join(root, '.cognito', 'config.json'), {
    TokenConfig: { IssuerDomain: first ? issuerDomain(first.userPoolId) : 'http://localhost' },
    ServerConfig: { port, hostname: '127.0.0.1' },
  });
  // Leftovers of writes a kill interrupted: the files they were meant to replace are intact.
  for (const name of readdirSync(db)) {
    if (name.includes('.tmp-')) rmSync(join(db, name), { force: true });
  }
  for (const pool of pools) checkPoolFile(join(db, `${pool.userPoolId}.json`));
  const clientsFile = join(db, 'clients.json');
  let stored: { Clients: Record<string, unknown> } = { Clients: {} };
  try {
    if (existsSync(clientsFile)) stored = readJsonFile(clientsFile, '');
  } catch (error) {
    // Every app client comes from the configuration: rebuilt below, nothing is lost.
    log?.(`[cognito] ${(error as Error).message} Rebuilding it from the configuration.`);
  }
  const now = new Date().toISOString();
  for (const pool of pools) {
    const poolFile = join(db, `${pool.userPoolId}.json`);
    if (!existsSync(poolFile)) {
      writeJson(poolFile, {
        Users: {},
        Options: {
          Id: pool.userPoolId,
          Name: 'local',
          UsernameAttributes: ['email'],
          // As in the stack; the emulator does not enforce it (its SignUp still works).
          AdminCreateUserConfig: { AllowAdminCreateUserOnly: true },
          // No AutoVerifiedAttributes: local sign-ups are confirmed (and their e-mail marked
          // verified) at once, so the only codes "sent" are password-reset codes.
          // Cognito sets `identities` on federated users; the emulator has no federation, so
          // its schema admits the attribute for an administrator (the tests) to set.
          SchemaAttributes: [
            ...emulatorDefaultSchema(),
            { Name: 'identities', AttributeDataType: 'String', Mutable: true },
          ],
        },
      });
    }
    for (const client of pool.clients) {
      const before = stored.Clients[client.clientId] as { ClientSecret?: unknown } | undefined;
      stored.Clients[client.clientId] = {
        ClientId: client.clientId,
        ClientName: client.name,
        UserPoolId: pool.userPoolId,
        CreationDate: now,
        LastModifiedDate: now,
        // As in the stack (the emulator does not enforce it): admin password sign-in only.
        ExplicitAuthFlows: ['ALLOW_ADMIN_USER_PASSWORD_AUTH', 'ALLOW_REFRESH_TOKEN_AUTH'],
        // As in the stack, a client secret (cognito-local-preload.cjs makes the emulator
        // demand its proof). Kept across restarts; a client stored before secrets existed,
        // or rebuilt from the configuration, gets a new one: the handlers read it from the
        // emulator (DescribeUserPoolClient), so nothing else holds a copy to go stale.
        ClientSecret:
          typeof before?.ClientSecret === 'string' && before.ClientSecret !== ''
            ? before.ClientSecret
            : newClientSecret(),
        PreventUserExistenceErrors: 'ENABLED',
        EnableTokenRevocation: true,
        AccessTokenValidity: client.accessTokenSeconds ?? 3600,
        IdTokenValidity: client.accessTokenSeconds ?? 3600,
        RefreshTokenValidity: 30,
        TokenValidityUnits: { AccessToken: 'seconds', IdToken: 'seconds', RefreshToken: 'days' },
      };
    }
  }
  writeJson(clientsFile, stored);
}

export async function startCognitoEmulator(options: {
  dataDir: string;
  pools: readonly EmulatedPool[];
  log?: (line: string) => void;
  /** Also append each code as a JSON line here (how test workers read them). */
  codesFile?: string;
  /** Told when the emulator died and could not be restarted. */
  onGiveUp?: (error: Error) => void;
}): Promise<CognitoEmulator> {
  if (new Set(options.pools.map((pool) => issuerDomain(pool.userPoolId))).size > 1) {
    throw new Error('The emulator has one issuer domain: keep every local pool in one region');
  }
  const port = await freePort();
  seed(options.dataDir, options.pools, port, options.log);
  const keyFile = ensureSigningKey(options.dataDir);
  const codes: Array<{ destination: string; code: string }> = [];
  const waiters: Array<() => void> = [];
  let destination: string | undefined;
  // cognito-local with a log destination that never holds a code back (see the file).
  const start = fileURLToPath(new URL('./cognito-local-main.cjs', import.meta.url));
  const preload = fileURLToPath(new URL('./cognito-local-preload.cjs', import.meta.url));
  const endpoint = `http://127.0.0.1:${port}`;
  const jwks: Record<string, unknown> = {};
  const db = join(options.dataDir, '.cognito', 'db');
  const launch = async () => {
    // Checked again on a restart: the file may have been damaged while it ran.
    for (const pool of options.pools) checkPoolFile(join(db, `${pool.userPoolId}.json`));
    const child = spawnService(process.execPath, ['--require', preload, start], {
      cwd: options.dataDir,
      env: {
        ...process.env,
        PORT: String(port),
        HOST: '127.0.0.1',
        FORCE_COLOR: '0',
        COGNITO_LOCAL_SIGNING_KEY_FILE: keyFile,
      },
      onLine: (raw) => {
        const line = stripVTControlCharacters(raw);
        // The emulator "delivers" codes by printing a box: Destination, then Code.
        const to = /Destination:\s+(\S+)/.exec(line)?.[1];
        if (to) destination = to;
        const code = /Code:\s+(\S+)/.exec(line)?.[1];
        if (code && destination) {
          codes.push({ destination, code });
          if (options.codesFile) {
            appendFileSync(options.codesFile, `${JSON.stringify({ destination, code })}\n`);
          }
          options.log?.(`[cognito] confirmation code for ${destination}: ${code}`);
          for (const wake of waiters.splice(0)) wake();
        }
        if (/error/i.test(line)) options.log?.(`[cognito] ${line.trim()}`);
      },
    });
    try {
      await waitUntilReady(
        'cognito-local',
        async () => {
          for (const pool of options.pools) {
            const response = await fetch(`${endpoint}/${pool.userPoolId}/.well-known/jwks.json`);
            if (!response.ok) throw new Error(`JWKS answered ${response.status}`);
            jwks[pool.userPoolId] = await response.json();
          }
        },
        child,
      );
    } catch (error) {
      await stopService(child);
      throw error;
    }
    return child;
  };
  const service = await supervise({
    name: 'cognito-local',
    launch,
    endpoint,
    log: options.log,
    onGiveUp: options.onGiveUp ?? ((error) => options.log?.(`[cognito] ${error.message}`)),
  });

  return {
    endpoint,
    jwks,
    async nextCode(to, timeoutMs = 5_000) {
      const deadline = Date.now() + timeoutMs;
      for (;;) {
        const index = codes.findIndex((entry) => entry.destination === to);
        if (index >= 0) return codes.splice(index, 1)[0]?.code as string;
        if (Date.now() > deadline) throw new Error(`No confirmation code sent to ${to}`);
        await new Promise<void>((resolve) => {
          waiters.push(resolve);
          setTimeout(resolve, 100);
        });
      }
    },
    get pid() {
      return service.child.pid;
    },
    signingKeyFile: keyFile,
    stop: () => service.stop(),
  };
}
