/**
 * The `BindIdBackend` authvalue: base64 of HMAC-SHA256(token) under the app client's backend
 * secret. Only the canonical encodings of the digest are accepted — standard base64 with its
 * padding, or base64url without — never a lenient decoding (stray characters, missing or
 * extra padding, non-zero trailing bits), and the comparison takes constant time.
 */
import { createHmac, timingSafeEqual } from 'node:crypto';

export function authvalueMatches(secret: string, token: string, authvalue: string): boolean {
  const digest = createHmac('sha256', secret).update(token).digest();
  const given = Buffer.from(authvalue, 'utf8');
  // Both candidates are compared, whichever matches, so the timing says nothing of which.
  let matches = false;
  for (const encoding of ['base64', 'base64url'] as const) {
    const expected = Buffer.from(digest.toString(encoding), 'utf8');
    if (given.length === expected.length && timingSafeEqual(given, expected)) matches = true;
  }
  return matches;
}
