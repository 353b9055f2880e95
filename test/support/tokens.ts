/**
 * Tokens the emulator cannot issue: OAuth-scoped access tokens (cognito-local only signs
 * sign-in tokens). Signed with the key the emulator signs with (the data directory's own),
 * exactly as it would sign them.
 * Hand-written with node:crypto: a few lines, and no JWT library to add for tests alone.
 */
import { createSign } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { inject } from 'vitest';
import { issuerDomain } from '../../lib/local/cognito-emulator.js';
import { LOCAL_USER_POOL_ID } from '../../lib/local/local-backend.js';
import type { SigningKey } from '../../lib/local/local-files.js';

const base64url = (value: string | Buffer) => Buffer.from(value).toString('base64url');

export function signAccessToken(claims: Record<string, unknown>): string {
  const key = JSON.parse(readFileSync(inject('signingKeyFile'), 'utf8')) as SigningKey;
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
