/**
 * What cognito-local keeps on disk and signs with, as local mode runs it: the pool file is
 * written atomically (a kill -9 amid concurrent writes leaves a whole file with every
 * acknowledged write), and tokens are signed with a key made for the data directory, so a
 * token forged with the emulator's published key is refused.
 */
import { spawn } from 'node:child_process';
import { createSign } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { DEFAULT_PROJECT_ID } from '../../lib/config.js';
import { ensureSigningKey } from '../../lib/local/local-files.js';
import { useLocalServer } from '../support/local-server.js';
import { uniqueEmail } from '../support/users.js';

const require = createRequire(import.meta.url);
const preload = join(
  dirname(fileURLToPath(import.meta.url)),
  '../../lib/local/cognito-local-preload.cjs',
);
const scratch = mkdtempSync(join(tmpdir(), 'emulator-files-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/**
 * A child that drives cognito-local's own store engine (stormdb, as the emulator configures
 * it: async writes) with overlapping writes of states of varying size, printing each
 * acknowledged state number; it is killed with SIGKILL while writing.
 */
const writer = `
const { createRequire } = require('node:module');
const cognito = createRequire(process.argv[3]);
const StormDB = cognito('stormdb');
const engine = new StormDB.localFileEngine(process.argv[2], { async: true });
const db = new StormDB(engine);
let n = 0;
function next() {
  n += 1;
  const state = n;
  const size = (state * 7919) % 3000;
  db.set('Users', { state, filler: 'x'.repeat(size) });
  db.set('Options', { Id: 'pool' });
  db.save().then(() => console.log('acked ' + state));
}
setInterval(() => { for (let i = 0; i < 20; i++) next(); }, 1);
`;

async function killWhileWriting(file: string, withPreload: boolean) {
  const script = join(scratch, 'writer.cjs');
  writeFileSync(script, writer);
  const child = spawn(
    process.execPath,
    [
      ...(withPreload ? ['--require', preload] : []),
      script,
      file,
      require.resolve('cognito-local/package.json'),
    ],
    {
      cwd: dirname(fileURLToPath(import.meta.url)),
      env: { ...process.env, COGNITO_LOCAL_SIGNING_KEY_FILE: ensureSigningKey(scratch) },
      stdio: ['pipe', 'pipe', 'inherit'],
    },
  );
  let acked = 0;
  await new Promise<void>((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`the writer exited early (${code})`)));
    child.stdout.on('data', (chunk: Buffer) => {
      for (const match of chunk.toString().matchAll(/acked (\d+)/g)) {
        acked = Math.max(acked, Number(match[1]));
      }
      if (acked >= 100 && child.exitCode === null && !child.killed) {
        child.kill('SIGKILL');
        resolve();
      }
    });
  });
  await new Promise((resolve) => child.once('exit', resolve));
  return acked;
}

describe('the pool file under concurrent writes and kill -9', () => {
  it('is always a whole file holding at least every acknowledged write, with a backup', async () => {
    for (let run = 0; run < 3; run++) {
      const file = join(scratch, `pool-${run}.json`);
      const acked = await killWhileWriting(file, true);
      const stored = JSON.parse(readFileSync(file, 'utf8')) as { Users: { state: number } };
      expect(stored.Users.state).toBeGreaterThanOrEqual(acked);
      const backup = JSON.parse(readFileSync(`${file}.bak`, 'utf8')) as {
        Users: { state: number };
      };
      expect(backup.Users.state).toBeLessThan(stored.Users.state);
    }
  });

  it('refuses to read an empty store file as an empty store', async () => {
    const file = join(scratch, 'empty.json');
    writeFileSync(file, '');
    const child = spawn(
      process.execPath,
      [
        '--require',
        preload,
        '-e',
        `const c = require('node:module').createRequire(require.resolve('cognito-local/package.json'));
         const S = c('stormdb'); new S(new S.localFileEngine(process.argv[1], { async: true }));`,
        file,
      ],
      {
        cwd: dirname(fileURLToPath(import.meta.url)),
        env: { ...process.env, COGNITO_LOCAL_SIGNING_KEY_FILE: ensureSigningKey(scratch) },
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk.toString();
    });
    const code = await new Promise((resolve) => child.once('exit', resolve));
    expect(code).not.toBe(0);
    expect(stderr).toContain('is empty: refusing to read it as an empty store');
    expect(readFileSync(file, 'utf8')).toBe('');
  });
});

describe('signing keys', () => {
  const server = useLocalServer();
  const published = require('cognito-local/lib/keys/cognitoLocal.private.json') as {
    pem: string;
  };
  const publishedPublic = require('cognito-local/lib/keys/cognitoLocal.public.json') as {
    jwk: { n: string };
  };

  function resign(token: string, kid: string, pem: string): string {
    const [, payload] = token.split('.');
    const header = Buffer.from(JSON.stringify({ alg: 'RS256', typ: 'JWT', kid })).toString(
      'base64url',
    );
    const signature = createSign('RSA-SHA256').update(`${header}.${payload}`).sign(pem);
    return `${header}.${payload}.${signature.toString('base64url')}`;
  }

  it('the JWKS is the data directory’s own key, never the emulator’s published one', () => {
    const jwks = JSON.parse(process.env.JWKS_PRELOAD ?? '{}') as Record<
      string,
      { keys: Array<{ kid: string; n: string }> }
    >;
    const keys = Object.values(jwks).flatMap((set) => set.keys);
    expect(keys.length).toBeGreaterThan(0);
    for (const key of keys) {
      expect(key.n).not.toBe(publishedPublic.jwk.n);
      expect(key.kid).toMatch(/^local-[0-9a-f]{16}$/);
    }
  });

  it('each data directory gets its own key, kept across restarts', () => {
    const a = mkdtempSync(join(scratch, 'a-'));
    const b = mkdtempSync(join(scratch, 'b-'));
    const keyA = readFileSync(ensureSigningKey(a), 'utf8');
    expect(readFileSync(ensureSigningKey(a), 'utf8')).toBe(keyA);
    expect(readFileSync(ensureSigningKey(b), 'utf8')).not.toBe(keyA);
  });

  it('refuses a token re-signed with the emulator’s published key', async () => {
    const params = { projectId: DEFAULT_PROJECT_ID, strategy: 'email', provider: 'awsCognito' };
    const data = { email: uniqueEmail('forge'), password: 'bID>idfsf23!' };
    expect((await server.request('POST', '/user', { body: { ...params, data } })).status).toBe(201);
    const login = await server.request('PUT', '/user/login', { body: { ...params, data } });
    const token = (login.body.data as { accessToken: string }).accessToken;
    const body = { value_keys: ['anything'] };
    expect(
      (
        await server.request('POST', '/user-data/set', {
          token,
          body: { value_key: 'anything', value_data: 'secret' },
        })
      ).body,
    ).toMatchObject({ result: 0 });
    // The genuine token reads it; the same claims signed with the published key do not.
    const genuine = await server.request('POST', '/user-data/get', { token, body });
    expect(genuine.body).toMatchObject({ result: 0, values: [{ value_data: 'secret' }] });
    const header = JSON.parse(Buffer.from(token.split('.')[0] ?? '', 'base64url').toString()) as {
      kid: string;
    };
    for (const kid of ['CognitoLocal', header.kid]) {
      const forged = resign(token, kid, published.pem);
      const answer = await server.request('POST', '/user-data/get', { token: forged, body });
      expect(answer.body, kid).toMatchObject({ result: -1 });
      expect(JSON.stringify(answer.body), kid).not.toContain('secret');
    }
  });
});
