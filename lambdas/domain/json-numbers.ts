/**
 * Numbers that cannot be stored as sent: JSON.parse turns `1e400` into Infinity (stored as
 * null, or refused by the DynamoDB marshaller) and integers beyond 2^53 lose digits (the
 * marshaller refuses them too). Checked before the first write, so they are a 400, never a
 * 500 after part of a change was applied.
 */
import { AppError } from '../errors.js';

/** Where the first number that cannot round-trip is, e.g. `appProfile.a[2]`; undefined if none. */
export function unstorableNumberAt(value: unknown, path: string): string | undefined {
  if (typeof value === 'number') {
    const storable =
      Number.isFinite(value) && (!Number.isInteger(value) || Number.isSafeInteger(value));
    return storable ? undefined : path;
  }
  if (Array.isArray(value)) {
    for (const [index, item] of value.entries()) {
      const found = unstorableNumberAt(item, `${path}[${index}]`);
      if (found) return found;
    }
    return undefined;
  }
  if (value !== null && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) {
      const found = unstorableNumberAt(item, `${path}.${key}`);
      if (found) return found;
    }
  }
  return undefined;
}

export function assertStorableNumbers(value: unknown, path: string): void {
  const at = unstorableNumberAt(value, path);
  if (at) {
    throw new AppError(
      'invalid_request',
      `${at}: numbers must be finite, and integers within ±(2^53 − 1)`,
    );
  }
}
