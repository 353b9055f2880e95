/** Key/value rules: limits, ownership and visibility. Free of AWS types. */
import { AppError } from '../../errors.js';
import type { Limits } from '../../limits.js';
import { AccessScope, type KvItem, type KvPartition, type KvStore } from './kv-store.js';

/** Who is acting: a user, through one app client of one project. */
export interface KvCaller {
  readonly projectId: string;
  readonly clientId: string;
  readonly sub: string;
}

export const userPartition = (caller: KvCaller): KvPartition => ({
  projectId: caller.projectId,
  namespace: `user:${caller.sub}`,
});

function assertKey(key: string, limits: Limits): void {
  if (key.length === 0 || key.length > limits.maxKeyLength) {
    throw new AppError(
      'invalid_request',
      `value_key must be 1 to ${limits.maxKeyLength} characters`,
    );
  }
}

export async function setValue(
  store: KvStore,
  limits: Limits,
  caller: KvCaller,
  input: { key: string; value: string; scope?: AccessScope },
): Promise<void> {
  assertKey(input.key, limits);
  if (Buffer.byteLength(input.value, 'utf8') > limits.maxValueBytes) {
    throw new AppError('invalid_request', `value_data exceeds ${limits.maxValueBytes} bytes`);
  }
  const written = await store.put(userPartition(caller), {
    key: input.key,
    value: input.value,
    ownerClientId: caller.clientId,
    scope: input.scope ?? AccessScope.public,
  });
  if (!written) {
    throw new AppError('key_access_denied', 'The key belongs to another app client');
  }
}

/** A caller sees its own client's keys and the public keys of the project's other clients. */
export const isVisibleTo = (caller: KvCaller, item: KvItem): boolean =>
  item.ownerClientId === caller.clientId || item.scope === AccessScope.public;

export async function getValues(
  store: KvStore,
  limits: Limits,
  caller: KvCaller,
  keys: readonly string[],
): Promise<Array<{ key: string; value: string }>> {
  if (keys.length > limits.maxKeysPerCall) {
    throw new AppError('invalid_request', `At most ${limits.maxKeysPerCall} keys per call`);
  }
  for (const key of keys) assertKey(key, limits);
  const unique = [...new Set(keys)];
  if (unique.length === 0) return [];
  const found = await store.getMany(userPartition(caller), unique);
  const byKey = new Map(
    found.filter((item) => isVisibleTo(caller, item)).map((item) => [item.key, item]),
  );
  // Answer in the order the caller asked.
  return unique.flatMap((key) => {
    const item = byKey.get(key);
    return item ? [{ key, value: item.value }] : [];
  });
}
