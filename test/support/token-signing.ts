/**
 * Signing of the tokens the emulator cannot issue (test/support/tokens.ts), with no vitest
 * import, so `npm run bench` (outside vitest) signs the same way with its backend's key file.
 * Hand-written with node:crypto: a few lines, and no JWT library to add for tests alone.
 */
import { createSign } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { issuerDomain } from '../../lib/local/cognito-emulator.js';
import { LOCAL_USER_POOL_ID } from '../../lib/local/local-backend.js';
import type { SigningKey } from '../../lib/local/local-files.js';

const base64url = (value: string | Buffer) => Buffer.from(value).toString('base64url');

export function signAccessTokenWith(keyFile: string, claims: Record<string, unknown>): string {
  const key = JSON.parse(readFileSync(keyFile, 'utf8')) as SigningKey;
  const now = Math.floor(Date.now() / 1000);
  const header = base64url(JSON.stringify({ alg: 'RS256', typ: 'JWT', kid: key.kid }));
  const payload = base64url(
    JSON.stringify({
      iss: `${issuerDomain(LOCAL_USER_POOL_ID)}/${LOCAL_USER_POOL_ID}`,
      token_use: 'access',
      iat: now,
      exp: now + 3600,
      jti: crypto.randomUUID(),
      ...claims,
    }),
  );
  const signature = createSign('RSA-SHA256').update(`${header}.${payload}`).sign(key.privatePem);
  return `${header}.${payload}.${base64url(signature)}`;
}
