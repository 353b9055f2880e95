/**
 * cognito-local as the local Cognito, in a child process rooted in its own data folder.
 * Pools and app clients are written as the emulator's own JSON files before it starts, so
 * they keep fixed, Cognito-shaped ids (`us-east-1_…`), and the token issuer is set to the
 * real Cognito form: the handlers then verify tokens with the same CognitoJwtVerifier as in AWS.
 */
import { appendFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { stripVTControlCharacters } from 'node:util';
import { freePort, spawnService, stopService, waitUntilReady } from './child-process.js';

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

function writeJson(path: string, value: unknown) {
  writeFileSync(path, `${JSON.stringify(value, null, 2)}\n`);
}

function seed(root: string, pools: readonly EmulatedPool[], port: number) {
  const db = join(root, '.cognito', 'db');
  mkdirSync(db, { recursive: true });
  const [first] = pools;
  writeJson(join(root, '.cognito', 'config.json'), {
    TokenConfig: { IssuerDomain: first ? issuerDomain(first.userPoolId) : 'http://localhost' },
    ServerConfig: { port, hostname: '127.0.0.1' },
  });
  const clientsFile = join(db, 'clients.json');
  const stored = existsSync(clientsFile)
    ? (JSON.parse(readFileSync(clientsFile, 'utf8')) as { Clients: Record<string, unknown> })
    : { Clients: {} };
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
      stored.Clients[client.clientId] = {
        ClientId: client.clientId,
        ClientName: client.name,
        UserPoolId: pool.userPoolId,
        CreationDate: now,
        LastModifiedDate: now,
        // As in the stack (the emulator does not enforce it): admin password sign-in only.
        ExplicitAuthFlows: ['ALLOW_ADMIN_USER_PASSWORD_AUTH', 'ALLOW_REFRESH_TOKEN_AUTH'],
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
}): Promise<CognitoEmulator> {
  if (new Set(options.pools.map((pool) => issuerDomain(pool.userPoolId))).size > 1) {
    throw new Error('The emulator has one issuer domain: keep every local pool in one region');
  }
  const port = await freePort();
  seed(options.dataDir, options.pools, port);
  const codes: Array<{ destination: string; code: string }> = [];
  const waiters: Array<() => void> = [];
  let destination: string | undefined;
  // cognito-local with a log destination that never holds a code back (see the file).
  const start = fileURLToPath(new URL('./cognito-local-main.cjs', import.meta.url));
  const child = spawnService(process.execPath, [start], {
    cwd: options.dataDir,
    env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', FORCE_COLOR: '0' },
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
  const endpoint = `http://127.0.0.1:${port}`;
  const jwks: Record<string, unknown> = {};
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
    stop: () => stopService(child),
  };
}
