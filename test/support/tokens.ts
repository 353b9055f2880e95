/**
 * Tokens the emulator cannot issue: OAuth-scoped access tokens (cognito-local only signs
 * sign-in tokens). Signed with the emulator's own key, exactly as it would sign them.
 * Hand-written with node:crypto: a few lines, and no JWT library to add for tests alone.
 */
import { createSign } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { issuerDomain } from '../../lib/local/cognito-emulator.js';
import { LOCAL_USER_POOL_ID } from '../../lib/local/local-backend.js';

const keyFile = join(
  dirname(createRequire(import.meta.url).resolve('cognito-local/package.json')),
  'lib/keys/cognitoLocal.private.json',
);

const base64url = (value: string | Buffer) => Buffer.from(value).toString('base64url');

export function signAccessToken(claims: Record<string, unknown>): string {
  const { pem } = JSON.parse(readFileSync(keyFile, 'utf8')) as { pem: string };
  const now = Math.floor(Date.now() / 1000);
  const header = base64url(JSON.stringify({ alg: 'RS256', typ: 'JWT', kid: 'CognitoLocal' }));
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
  const signature = createSign('RSA-SHA256').update(`${header}.${payload}`).sign(pem);
  return `${header}.${payload}.${base64url(signature)}`;
}
