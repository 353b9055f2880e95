/** The backend's own access tokens: round trip, tampering, expiry, namespace derivation. */
import { describe, expect, it } from 'vitest';
import {
  ANONYMOUS_ISSUER,
  BACKEND_TOKEN_SECONDS,
  isBackendToken,
  mintBackendToken,
  namespaceSubject,
  verifyBackendToken,
} from '../../lambdas/domain/identity-providers/backend-token.js';

const SECRET = 'unit-test-signing-secret';
const NOW = 1_800_000_000;
const input = { projectId: 'p-1', issuer: ANONYMOUS_ISSUER, subject: 'user-1' };

const codeOf = (run: () => unknown) => {
  try {
    run();
    return 'accepted';
  } catch (error) {
    return (error as { code?: string }).code;
  }
};

describe('backend tokens', () => {
  it('verify with the same secret until they expire', () => {
    const { accessToken, sub, expiresIn } = mintBackendToken(SECRET, input, NOW);
    expect(expiresIn).toBe(BACKEND_TOKEN_SECONDS);
    expect(isBackendToken(accessToken)).toBe(true);
    expect(verifyBackendToken(SECRET, accessToken, NOW + 10)).toMatchObject({
      sub,
      aud: 'p-1',
      idp: ANONYMOUS_ISSUER,
      idp_sub: 'user-1',
      scope: 'user-data-get user-data-set',
    });
    expect(codeOf(() => verifyBackendToken(SECRET, accessToken, NOW + expiresIn))).toBe(
      'expired_token',
    );
  });

  it('refuse another secret, a changed claim and a changed algorithm', () => {
    const { accessToken } = mintBackendToken(SECRET, input, NOW);
    expect(codeOf(() => verifyBackendToken('other', accessToken, NOW))).toBe('invalid_token');
    const [header, payload, signature] = accessToken.split('.');
    const claims = JSON.parse(Buffer.from(payload ?? '', 'base64url').toString());
    const changed = Buffer.from(JSON.stringify({ ...claims, aud: 'p-2' })).toString('base64url');
    expect(codeOf(() => verifyBackendToken(SECRET, `${header}.${changed}.${signature}`, NOW))).toBe(
      'invalid_token',
    );
    const none = Buffer.from(JSON.stringify({ alg: 'none', typ: 'JWT' })).toString('base64url');
    expect(isBackendToken(`${none}.${payload}.`)).toBe(false);
    expect(codeOf(() => verifyBackendToken(SECRET, `${none}.${payload}.`, NOW))).toBe(
      'invalid_token',
    );
  });

  it('derive a namespace per (issuer, subject), never shaped like a Cognito sub', () => {
    const google = namespaceSubject('https://accounts.google.com', '42');
    const twitter = namespaceSubject('https://twitter.com', '42');
    expect(google).not.toBe(twitter);
    expect(google).toBe(namespaceSubject('https://accounts.google.com', '42'));
    expect(google).toMatch(/^u[0-9a-f]{40}$/);
    expect(google).not.toMatch(/^[0-9a-f]{8}-/);
  });
});
