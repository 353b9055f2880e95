/**
 * `npm start` as a developer runs it: the owner notice of a second sign-up with one address
 * lands as an `.eml` file in `<data dir>/outbox`, announced by one log line.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_PROJECT_ID } from '../../lib/config.js';
import { PASSWORD, uniqueEmail } from '../support/users.js';
import { type LocalProcess, startLocal } from './local-process.js';

let server: LocalProcess;
const dataDir = mkdtempSync(join(tmpdir(), 'local-outbox-'));
// Starting npm start (Java included) takes long on a busy machine.
beforeAll(async () => {
  server = await startLocal({ dataDir });
}, 180_000);
afterAll(async () => {
  await server?.stop();
  rmSync(dataDir, { recursive: true, force: true });
});

const register = async (email: string) => {
  const response = await fetch(`${server.url}/user`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      projectId: DEFAULT_PROJECT_ID,
      strategy: 'email',
      provider: 'awsCognito',
      data: { email, password: PASSWORD },
    }),
  });
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
};

describe('npm start: the mail outbox', () => {
  it('prints where mail goes, and writes the owner notice there', async () => {
    const outbox = join(dataDir, 'outbox');
    await server.waitForLine(new RegExp(`is written to ${outbox}/\\*\\.eml$`));
    const email = uniqueEmail('outbox');
    const first = await register(email);
    const again = await register(email);
    // The same answer (the userId is random either way).
    expect({ ...again, body: { ...again.body, data: null } }).toEqual({
      ...first,
      body: { ...first.body, data: null },
    });

    const line = await server.waitForLine(new RegExp(`^mail to ${email}: `));
    const files = readdirSync(outbox).filter((name) => name.endsWith('.eml'));
    expect(files).toHaveLength(1);
    expect(line).toBe(
      `mail to ${email}: "Someone tried to create an account with your e-mail address" (${join(outbox, files[0] ?? '')})`,
    );
    const eml = readFileSync(join(outbox, files[0] ?? ''), 'utf8');
    expect(eml).toContain(`\r\nTo: ${email}\r\n`);
    expect(eml).toContain('From: no-reply@user-data-backend.invalid\r\n');
    expect(eml).toContain('If it was you: sign in with your password, or reset your password');
  });
});
