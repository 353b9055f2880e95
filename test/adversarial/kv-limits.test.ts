/**
 * Key/value abuse limits against DynamoDB Local: per-namespace quotas (keys, bytes) with an
 * error naming the limit, list routes that read one Query page, key length in characters,
 * lone surrogates.
 */
import { randomUUID } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { documentClient } from '../../lambdas/adapters/dynamodb/document-client.js';
import { dynamoKvStore } from '../../lambdas/adapters/dynamodb/kv-store-dynamodb.js';
import {
  deleteValues,
  getValues,
  type KvContext,
  setValue,
} from '../../lambdas/domain/key-value/kv-service.js';
import { defaultLimits } from '../../lambdas/limits.js';
import { kv } from '../support/kv.js';
import { createUser } from '../support/users.js';

const context = (limits: Partial<typeof defaultLimits> = {}): KvContext => ({
  store: dynamoKvStore(),
  limits: { ...defaultLimits, ...limits },
  partition: { projectId: randomUUID(), namespace: `user:${randomUUID()}` },
  clientId: 'client-a',
  now: Math.floor(Date.now() / 1000),
});

describe('per-namespace quotas', () => {
  it('refuses a new key past maxKeysPerNamespace, naming the limit; overwrites and deletes free it', async () => {
    const kvContext = context({ maxKeysPerNamespace: 3 });
    for (const key of ['a', 'b', 'c']) await setValue(kvContext, { key, value: key });
    await expect(setValue(kvContext, { key: 'd', value: 'd' })).rejects.toMatchObject({
      code: 'invalid_request',
      message: expect.stringContaining('maxKeysPerNamespace (3 keys'),
    });
    expect(await getValues(kvContext, ['d'])).toEqual([]);
    // Overwriting an existing key is no new key.
    expect(await setValue(kvContext, { key: 'a', value: 'again' })).toEqual({ version: 2 });
    await deleteValues(kvContext, ['b']);
    expect(await setValue(kvContext, { key: 'd', value: 'd' })).toEqual({ version: 1 });
  });

  it('refuses a write past maxBytesPerNamespace (keys plus values, UTF-8), naming the limit', async () => {
    const kvContext = context({ maxBytesPerNamespace: 100 });
    await setValue(kvContext, { key: 'k1', value: 'x'.repeat(60) });
    await expect(setValue(kvContext, { key: 'k2', value: 'é'.repeat(20) })).rejects.toMatchObject({
      message: expect.stringContaining('maxBytesPerNamespace (100 bytes'),
    });
    // Shrinking an existing value fits.
    expect(await setValue(kvContext, { key: 'k1', value: 'small' })).toEqual({ version: 2 });
    expect(await setValue(kvContext, { key: 'k2', value: 'é'.repeat(20) })).toEqual({ version: 1 });
  });

  it('expired keys stop counting once the namespace is recounted at the edge', async () => {
    const kvContext = context({ maxKeysPerNamespace: 2 });
    await setValue(kvContext, { key: 'short', value: 'x', ttlSeconds: 1 });
    await setValue(kvContext, { key: 'kept', value: 'x' });
    const later = { ...kvContext, now: kvContext.now + 5 };
    expect(await setValue(later, { key: 'new', value: 'x' })).toEqual({ version: 1 });
    await expect(setValue(later, { key: 'newer', value: 'x' })).rejects.toMatchObject({
      message: expect.stringContaining('maxKeysPerNamespace'),
    });
  });
});

describe('input canon of keys', () => {
  it('key length counts characters (code points), not UTF-16 units', async () => {
    const kvContext = context({ maxKeyLength: 4 });
    expect(await setValue(kvContext, { key: '😀😀😀😀', value: 'x' })).toEqual({ version: 1 });
    await expect(setValue(kvContext, { key: '😀😀😀😀😀', value: 'x' })).rejects.toMatchObject({
      code: 'invalid_key',
    });
  });

  it('lone surrogates are refused, so \\ud800 cannot overwrite \\udc00', async () => {
    const kvContext = context();
    for (const key of ['\ud800', '\udc00', `a\ud800b`]) {
      await expect(setValue(kvContext, { key, value: 'x' })).rejects.toMatchObject({
        code: 'invalid_key',
      });
    }
    await expect(setValue(kvContext, { key: 'k', value: '\udc00' })).rejects.toMatchObject({
      code: 'invalid_request',
    });
  });
});

describe('list routes read one Query page', () => {
  let queries = 0;
  let itemsRead = 0;
  const counter = 'count-queries';
  beforeEach(() => {
    queries = 0;
    documentClient().middlewareStack.add(
      (next, context) => async (args) => {
        const result = await next(args);
        if (context.commandName === 'QueryCommand') {
          queries++;
          itemsRead += Number((result.output as { Count?: number }).Count ?? 0);
        }
        return result;
      },
      { step: 'initialize', name: counter },
    );
  });
  afterEach(() => {
    documentClient().middlewareStack.remove(counter);
  });

  it('shared-list-get page_size 1 over 30 keys: one Query reading one item; list-get one Query', async () => {
    const user = await createUser();
    const writer = await user.signIn({ clientName: 'mobile' });
    const reader = await user.signIn({ clientName: 'web' });
    await Promise.all(
      Array.from({ length: 30 }, (_, index) =>
        kv('by-user-id', 'set', writer, { value_key: `k${index}`, value_data: 'x' }),
      ),
    );
    queries = 0;
    itemsRead = 0;
    const page = await kv('by-user-id', 'shared-list-get', reader, { page_size: 1 });
    expect(page.keys_shared).toHaveLength(1);
    expect(page.next_search_id).not.toBe('');
    expect(queries).toBe(1);
    expect(itemsRead).toBe(1);
    queries = 0;
    const own = await kv('by-user-id', 'list-get', writer);
    expect(own.keys_public).toHaveLength(30);
    expect(queries).toBe(1);
  });
});
