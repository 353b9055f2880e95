/**
 * kill -9 of each emulator while `npm start` is busy writing: the supervisor restarts it on
 * the same port and data, and every write acknowledged before the kill is still there,
 * after the restart and after a restart of the whole server. A damaged pool file stops the
 * next start with the recovery steps; killing the server takes its emulators with it.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_PROJECT_ID } from '../../lib/config.js';
import { freePort } from '../../lib/local/child-process.js';
import { LOCAL_USER_POOL_ID } from '../../lib/local/local-backend.js';
import { type LocalProcess, spawnLocal, startLocal } from './local-process.js';

const dataDir = mkdtempSync(join(tmpdir(), 'local-kill-'));
const poolFile = join(dataDir, 'cognito', '.cognito', 'db', `${LOCAL_USER_POOL_ID}.json`);
let server: LocalProcess;
beforeAll(async () => {
  server = await startLocal({ dataDir });
}, 180_000);
afterAll(async () => {
  await server?.stop();
  rmSync(dataDir, { recursive: true, force: true });
});

const params = { projectId: DEFAULT_PROJECT_ID, strategy: 'email', provider: 'awsCognito' };
const PASSWORD = 'bID>idfsf23!';
// Each test starts or restarts emulators (Java takes seconds on a busy machine).
const SLOW = 180_000;

async function call(method: string, path: string, body: unknown, token?: string) {
  const response = await fetch(`${server.url}${path}`, {
    method,
    headers: {
      'content-type': 'application/json',
      ...(token ? { authorization: `Bearer ${token}` } : {}),
    },
    body: JSON.stringify(body),
    signal: AbortSignal.timeout(20_000),
  });
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

const register = (email: string) =>
  call('POST', '/user', { ...params, data: { email, password: PASSWORD } });
async function login(email: string) {
  const answer = await call('PUT', '/user/login', {
    ...params,
    data: { email, password: PASSWORD },
  });
  return {
    status: answer.status,
    token: (answer.body.data as { accessToken?: string } | undefined)?.accessToken,
  };
}

/**
 * Runs `workers` sequential loops of `step` until stopped. A step resolves true when its
 * write was acknowledged; after a refused one the loop pauses (the emulator is restarting).
 */
function keepWriting(workers: number, step: (worker: number, round: number) => Promise<boolean>) {
  let stopped = false;
  const loops = Array.from({ length: workers }, async (_, worker) => {
    for (let round = 0; !stopped; round++) {
      const acknowledged = await step(worker, round).catch(() => false);
      if (!acknowledged) await new Promise((resolve) => setTimeout(resolve, 100));
    }
  });
  return async () => {
    stopped = true;
    await Promise.all(loops);
  };
}

async function until(condition: () => boolean) {
  while (!condition()) await new Promise((resolve) => setTimeout(resolve, 20));
}

let owner: { email: string; token: string };
const acknowledgedValues = new Map<string, string>();
const acknowledgedUsers: string[] = [];

async function expectEveryAcknowledgedWrite() {
  const keys = [...acknowledgedValues.keys()];
  for (let start = 0; start < keys.length; start += 100) {
    const batch = keys.slice(start, start + 100);
    const got = await call('POST', '/user-data/get', { value_keys: batch }, owner.token);
    const values = got.body.values as Array<{ value_key: string; value_data: string }>;
    expect(Object.fromEntries(values.map((value) => [value.value_key, value.value_data]))).toEqual(
      Object.fromEntries(batch.map((key) => [key, acknowledgedValues.get(key)])),
    );
  }
  for (const email of acknowledgedUsers) {
    expect((await login(email)).status, email).toBe(200);
  }
}

describe('kill -9 of a child during writes', () => {
  it(
    'DynamoDB Local is restarted and keeps every acknowledged write',
    async () => {
      owner = { email: `owner-${Date.now()}@example.com`, token: '' };
      expect((await register(owner.email)).status).toBe(201);
      owner.token = (await login(owner.email)).token ?? '';

      const stop = keepWriting(4, async (worker, round) => {
        const key = `key-${worker}-${round}`;
        const value = `value-${worker}-${round}`;
        const answer = await call(
          'POST',
          '/user-data/set',
          { value_key: key, value_data: value },
          owner.token,
        );
        if (answer.status !== 200 || answer.body.result !== 0) return false;
        acknowledgedValues.set(key, value);
        return true;
      });
      await until(() => acknowledgedValues.size >= 20);
      process.kill(server.childPid('DynamoDB Local'), 'SIGKILL');
      await server.waitForLine(/DynamoDB Local restarted/);
      const before = acknowledgedValues.size;
      await until(() => acknowledgedValues.size >= before + 20);
      await stop();

      expect(
        server.lines.some((line) => /DynamoDB Local \(pid \d+\) exited with SIGKILL/.test(line)),
      ).toBe(true);
      await expectEveryAcknowledgedWrite();
    },
    SLOW,
  );

  it(
    'cognito-local is restarted and keeps every acknowledged account; tokens stay valid',
    async () => {
      const stop = keepWriting(4, async (worker, round) => {
        const email = `signup-${worker}-${round}-${Date.now()}@example.com`;
        if ((await register(email)).status !== 201) return false;
        acknowledgedUsers.push(email);
        await login(email); // A sign-in rewrites the pool file too.
        return true;
      });
      await until(() => acknowledgedUsers.length >= 8);
      process.kill(server.childPid('cognito-local'), 'SIGKILL');
      await server.waitForLine(/cognito-local restarted/);
      const before = acknowledgedUsers.length;
      await until(() => acknowledgedUsers.length >= before + 8);
      await stop();

      expect(
        server.lines.some((line) => /cognito-local \(pid \d+\) exited with SIGKILL/.test(line)),
      ).toBe(true);
      // The key is the data directory's: a token issued before the kill still verifies.
      const get = await call('POST', '/user-data/get', { value_keys: ['key-0-0'] }, owner.token);
      expect(get.body.result).toBe(0);
      await expectEveryAcknowledgedWrite();
      expect(server.hasExited()).toBe(false);
    },
    SLOW,
  );
});

describe('restarting npm start on the same data', () => {
  it(
    'refuses an empty or torn pool file, saying how to recover, and leaves it untouched',
    async () => {
      await server.stop();
      expect(await server.exited).toBe(0);
      const good = readFileSync(poolFile, 'utf8');
      expect(JSON.parse(readFileSync(`${poolFile}.bak`, 'utf8'))).toHaveProperty('Users');

      for (const [damage, reason] of [
        ['', 'the file is empty'],
        [good.slice(0, good.length / 2), 'JSON'],
      ] as const) {
        writeFileSync(poolFile, damage);
        const refused = spawnLocal({ dataDir, port: await freePort() });
        expect(await refused.exited).toBe(1);
        const output = refused.lines.join('\n');
        expect(output).toContain(`${poolFile} is unreadable (`);
        expect(output).toContain(reason);
        expect(output).toContain(`cp '${poolFile}.bak' '${poolFile}'`);
        expect(output).not.toMatch(/backend listening on/);
        expect(readFileSync(poolFile, 'utf8')).toBe(damage);
      }
      writeFileSync(poolFile, good);
    },
    SLOW,
  );

  it(
    'serves every acknowledged write and account again',
    async () => {
      server = await startLocal({ dataDir });
      await expectEveryAcknowledgedWrite();
    },
    SLOW,
  );

  it(
    'kill -9 of the server takes its emulators with it',
    async () => {
      const children = [server.childPid('DynamoDB Local'), server.childPid('cognito-local')];
      server.process.kill('SIGKILL');
      await server.exited;
      const alive = (pid: number) => {
        try {
          process.kill(pid, 0);
          return true;
        } catch {
          return false;
        }
      };
      await until(() => children.every((pid) => !alive(pid)));
      expect(children.filter(alive)).toEqual([]);
    },
    SLOW,
  );
});
