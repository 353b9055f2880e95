import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { authvalueMatches } from '../../lambdas/domain/document/authvalue.js';

describe('BindIdBackend authvalue', () => {
  const digest = createHmac('sha256', 'secret').update('token').digest();
  const standard = digest.toString('base64');

  it('accepts the canonical base64 and base64url encodings of the HMAC', () => {
    expect(standard.endsWith('=')).toBe(true);
    expect(authvalueMatches('secret', 'token', standard)).toBe(true);
    expect(authvalueMatches('secret', 'token', digest.toString('base64url'))).toBe(true);
  });

  it('refuses every non-canonical spelling a lenient decoder would accept', () => {
    // The last character before the padding carries 2 unused bits: flip them.
    const last = standard.at(-2) as string;
    const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
    const sameBytes = alphabet[alphabet.indexOf(last) ^ 1] as string;
    expect(Buffer.from(`${standard.slice(0, -2)}${sameBytes}=`, 'base64')).toEqual(digest);
    for (const variant of [
      `${standard.slice(0, -2)}${sameBytes}=`,
      `${standard.slice(0, -1)}==`,
      `${standard}=`,
      ` ${standard}`,
      `${standard.slice(0, 10)}!${standard.slice(10)}`,
      `${digest.toString('base64url')}=`,
    ]) {
      expect(authvalueMatches('secret', 'token', variant), variant).toBe(false);
    }
  });

  it('refuses another token’s or another secret’s HMAC', () => {
    expect(authvalueMatches('secret', 'other', standard)).toBe(false);
    expect(authvalueMatches('other', 'token', standard)).toBe(false);
  });
});
