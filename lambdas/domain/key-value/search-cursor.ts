/**
 * `search_id` / `next_search_id` of shared-list-get: opaque to clients, and bound by an HMAC to
 * the partition and app client it was issued for, so it cannot be forged or replayed elsewhere.
 */
import { createHmac, timingSafeEqual } from 'node:crypto';
import { AppError } from '../../errors.js';
import { derivedKey } from '../signing.js';

const mac = (secret: string, scope: string, payload: string) =>
  createHmac('sha256', derivedKey(secret, 'kv-search-cursor'))
    .update(`${scope}\n${payload}`)
    .digest()
    .subarray(0, 16);

export function encodeCursor(secret: string, scope: string, lastKey: string): string {
  const payload = Buffer.from(lastKey, 'utf8').toString('base64url');
  return `${payload}.${mac(secret, scope, payload).toString('base64url')}`;
}

export function decodeCursor(secret: string, scope: string, cursor: string): string {
  const [payload, tag, extra] = cursor.split('.');
  const given = Buffer.from(tag ?? '', 'base64url');
  const expected = mac(secret, scope, payload ?? '');
  if (
    extra !== undefined ||
    !payload ||
    given.length !== expected.length ||
    !timingSafeEqual(given, expected)
  ) {
    throw new AppError('invalid_request', 'search_id is not valid');
  }
  return Buffer.from(payload, 'base64url').toString('utf8');
}
