/**
 * Key/value abuse limits against DynamoDB Local: per-namespace quotas (keys, bytes) with an
 * error naming the limit, list routes that read one Query page, key length in characters,
 * lone surrogates.
 */
import { randomUUID } from 'node:crypto';
import { GetCommand } from '@aws-sdk/lib-dynamodb';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { documentClient } from '../../lambdas/adapters/dynamodb/document-client.js';
import { dynamoKvStore } from '../../lambdas/adapters/dynamodb/kv-store-dynamodb.js';
import { dynamoNamespaceMover } from '../../lambdas/adapters/dynamodb/namespace-mover-dynamodb.js';
import { tableName } from '../../lambdas/config.js';
import {
  deleteValues,
  getValues,
  type KvContext,
  setValue,
} from '../../lambdas/domain/key-value/kv-service.js';
import { defaultLimits } from '../../lambdas/limits.js';
import { kv } from '../support/kv.js';
import { createUser } from '../support/users.js';
import { newSession, params } from './support.js';

const context = (limits: Partial<typeof defaultLimits> = {}): KvContext => ({
  store: dynamoKvStore(),
  limits: { ...defaultLimits, ...limits },
  partition: ((owner) => ({ projectId: randomUUID(), namespace: `user:${owner}`, owner }))(
    randomUUID(),
  ),
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

describe('per-user quotas (all of a user’s namespaces together)', () => {
  /** One user's namespaces: the same project and owner, as resolvePartition builds them. */
  const namespacesOf = (limits: Partial<typeof defaultLimits>) => {
    const projectId = randomUUID();
    const owner = randomUUID();
    return (namespace: string): KvContext => ({
      ...context(limits),
      partition: { projectId, namespace: `${namespace}:${owner}`, owner },
    });
  };

  it('keys and bytes of user-id, e-mail and wallet namespaces add up; the refusal names the limit', async () => {
    const of = namespacesOf({ maxKeysPerUser: 3, maxBytesPerUser: 1000 });
    await setValue(of('user'), { key: 'a', value: '1' });
    await setValue(of('email:a@example.com'), { key: 'b', value: '2' });
    await setValue(of('wallet:0xabc'), { key: 'c', value: '3' });
    await expect(setValue(of('idp:google:1'), { key: 'd', value: '4' })).rejects.toMatchObject({
      code: 'invalid_request',
      message: 'Quota exceeded: maxKeysPerUser (3 keys per user, all namespaces together)',
    });
    expect(await getValues(of('idp:google:1'), ['d'])).toEqual([]);
    await deleteValues(of('wallet:0xabc'), ['c']);
    expect(await setValue(of('idp:google:1'), { key: 'd', value: '4' })).toEqual({ version: 1 });

    const bytes = namespacesOf({ maxBytesPerUser: 100 });
    await setValue(bytes('user'), { key: 'k', value: 'x'.repeat(60) });
    await expect(
      setValue(bytes('email:a@example.com'), { key: 'k', value: 'x'.repeat(60) }),
    ).rejects.toMatchObject({
      message: 'Quota exceeded: maxBytesPerUser (100 bytes per user, all namespaces together)',
    });
  });

  it('concurrent sets in several namespaces keep the user’s counter equal to what was written', async () => {
    const of = namespacesOf({});
    const store = dynamoKvStore();
    const namespaces = ['user', 'email:a@example.com', 'wallet:0xabc'];
    await Promise.all(
      Array.from({ length: 30 }, (_, index) =>
        setValue(of(namespaces[index % 3] ?? 'user'), {
          key: `k${index}`,
          value: 'é'.repeat(index),
        }),
      ),
    );
    // Overwrites and deletes, also concurrent.
    await Promise.all([
      ...Array.from({ length: 10 }, (_, index) =>
        setValue(of(namespaces[index % 3] ?? 'user'), { key: `k${index}`, value: 'y' }),
      ),
      deleteValues(of(namespaces[0] ?? 'user'), ['k27', 'k24']),
    ]);
    let keys = 0;
    let bytes = 0;
    for (const namespace of namespaces) {
      const page = await store.page(of(namespace).partition, { limit: 1000 });
      keys += page.items.length;
      for (const item of page.items) bytes += Buffer.byteLength(item.key + item.value, 'utf8');
    }
    expect(keys).toBe(28);
    expect((await store.usage(of('user').partition)).user).toEqual({ keys, bytes });
  });

  it('a guest upgrade moves the usage with the keys: the account’s counters include them', async () => {
    const projectId = randomUUID();
    const [guest, account] = [randomUUID(), randomUUID()];
    const as = (owner: string): KvContext => ({
      ...context(),
      partition: { projectId, namespace: `user:${owner}`, owner },
    });
    await setValue(as(guest), { key: 'a', value: '12345' });
    await setValue(as(guest), { key: 'shared', value: 'guest' });
    await setValue(as(account), { key: 'shared', value: 'account' });
    expect(
      await dynamoNamespaceMover().moveKeyValues(
        { projectId, sub: guest },
        { projectId, sub: account },
      ),
    ).toEqual({ moved: 1, dropped: 1 });
    const store = dynamoKvStore();
    const accountUsage = { keys: 2, bytes: 'a12345'.length + 'sharedaccount'.length };
    expect(await store.usage(as(account).partition)).toEqual({
      namespace: accountUsage,
      user: accountUsage,
    });
    const empty = { keys: 0, bytes: 0 };
    expect(await store.usage(as(guest).partition)).toEqual({ namespace: empty, user: empty });
  });

  it('a set of a new key costs 4 requests in 3 round trips; an overwrite of the same size 2', async () => {
    const session = await newSession('quota-requests');
    const sent: string[] = [];
    const name = 'count-set-requests';
    documentClient().middlewareStack.add(
      (next, context) => async (args) => {
        sent.push(context.commandName ?? 'unnamed');
        return next(args);
      },
      { step: 'initialize', name },
    );
    try {
      const set = (value_data: string) =>
        kv('by-email', 'set', session.accessToken, { value_key: 'k', value_data });
      expect(await set('first')).toMatchObject({ result: 0 });
      // The e-mail namespace's facts come from Cognito, not DynamoDB: these are all the set's.
      expect(sent).toEqual([
        'BatchGetItemCommand',
        'UpdateItemCommand',
        'UpdateItemCommand',
        'UpdateItemCommand',
      ]);
      sent.length = 0;
      expect(await set('other')).toMatchObject({ result: 0, version: 2 });
      expect(sent).toEqual(['BatchGetItemCommand', 'UpdateItemCommand']);
    } finally {
      documentClient().middlewareStack.remove(name);
    }
    // The by-email set counted towards the user's total, beside the by-user-id namespace.
    expect(
      await kv('by-user-id', 'set', session.accessToken, { value_key: 'k', value_data: '12' }),
    ).toMatchObject({ result: 0 });
    const total = await documentClient().send(
      new GetCommand({
        TableName: tableName('keyValue'),
        Key: { pk: `usage#${params.projectId}#${session.userId}`, sk: 'total' },
        ConsistentRead: true,
      }),
    );
    expect(total.Item).toMatchObject({
      keys: 2,
      bytes: 'k'.length + 'other'.length + 'k'.length + 2,
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
