/**
 * NamespaceMover on DynamoDB: moves a user's items between partitions of the key/value,
 * documents and profiles tables (key layouts: docs/data-model.md). Each item is copied with
 * `attribute_not_exists(pk)` (the target's own item wins) and then deleted; the uniqueness
 * markers the moved items hold (document alias, profile e-mail and wallet) are handed over
 * with a condition on their current holder.
 */
import {
  DeleteCommand,
  GetCommand,
  PutCommand,
  QueryCommand,
  UpdateCommand,
} from '@aws-sdk/lib-dynamodb';
import { tableName } from '../../config.js';
import type { MoveCount, NamespaceMover } from '../../domain/identity-providers/guest-upgrade.js';
import { pairBytes } from '../../domain/key-value/kv-store.js';
import { UNIQUE_FIELDS, uniqueKey } from '../../domain/profile/profile.js';
import { isConditionalCheckFailure, rethrowAsDependencyFailure } from '../aws-errors.js';
import { documentClient } from './document-client.js';
import { dynamoKvStore } from './kv-store-dynamodb.js';

type Item = Record<string, unknown>;

async function send<T>(run: () => Promise<T>): Promise<T | undefined> {
  try {
    return await run();
  } catch (error) {
    if (isConditionalCheckFailure(error)) return undefined;
    rethrowAsDependencyFailure(error, 'DynamoDB');
  }
}

export function dynamoNamespaceMover(): NamespaceMover {
  const client = documentClient();

  async function partitionItems(table: string, pk: string): Promise<Item[]> {
    const items: Item[] = [];
    let ExclusiveStartKey: Item | undefined;
    do {
      const page = await send(() =>
        client.send(
          new QueryCommand({
            TableName: table,
            KeyConditionExpression: 'pk = :pk',
            ExpressionAttributeValues: { ':pk': pk },
            ConsistentRead: true,
            ExclusiveStartKey,
          }),
        ),
      );
      items.push(...(page?.Items ?? []));
      ExclusiveStartKey = page?.LastEvaluatedKey;
    } while (ExclusiveStartKey);
    return items;
  }

  /** Copies the item under `pk` unless the target has it; deletes the original either way. */
  async function moveItem(table: string, item: Item, pk: string): Promise<boolean> {
    const copied = await send(() =>
      client.send(
        new PutCommand({
          TableName: table,
          Item: { ...item, pk },
          ConditionExpression: 'attribute_not_exists(pk)',
        }),
      ),
    );
    await send(() =>
      client.send(new DeleteCommand({ TableName: table, Key: { pk: item.pk, sk: item.sk } })),
    );
    return copied !== undefined;
  }

  /**
   * Hands a uniqueness marker from one holder to the other, if the first still holds it; or,
   * when the guest's item was dropped (`to` undefined), frees it.
   */
  async function handOver(
    table: string,
    key: Item,
    attribute: string,
    from: string,
    to: string | undefined,
  ) {
    if (to === undefined) {
      await send(() =>
        client.send(
          new DeleteCommand({
            TableName: table,
            Key: key,
            ConditionExpression: '#holder = :from',
            ExpressionAttributeNames: { '#holder': attribute },
            ExpressionAttributeValues: { ':from': from },
          }),
        ),
      );
      return;
    }
    await send(() =>
      client.send(
        new UpdateCommand({
          TableName: table,
          Key: key,
          UpdateExpression: 'SET #holder = :to',
          ConditionExpression: '#holder = :from',
          ExpressionAttributeNames: { '#holder': attribute },
          ExpressionAttributeValues: { ':from': from, ':to': to },
        }),
      ),
    );
  }

  const count = (results: boolean[]): MoveCount => ({
    moved: results.filter(Boolean).length,
    dropped: results.filter((moved) => !moved).length,
  });

  return {
    async moveKeyValues(from, to) {
      const table = tableName('keyValue');
      const items = await partitionItems(table, `${from.projectId}#user:${from.sub}`);
      const results: boolean[] = [];
      for (const item of items) {
        results.push(await moveItem(table, item, `${to.projectId}#user:${to.sub}`));
      }
      // The quotas' usage counters follow the keys: what moved counts for the account now,
      // and the guest's namespace (every item deleted, moved or not) is empty. Expired items
      // not yet swept count as absent, as everywhere in the quotas (kv-service.ts).
      const now = Math.floor(Date.now() / 1000);
      const usage = (keys: Item[]) => {
        const live = keys.filter(
          (item) => item.expiresAt === undefined || Number(item.expiresAt) > now,
        );
        return {
          keys: live.length,
          bytes: live.reduce(
            (sum, item) => sum + pairBytes(String(item.sk), String(item.value)),
            0,
          ),
        };
      };
      const moved = usage(items.filter((_, index) => results[index]));
      const removed = usage(items);
      const kvStore = dynamoKvStore(table);
      const userNamespace = (owner: typeof from) => ({
        projectId: owner.projectId,
        namespace: `user:${owner.sub}`,
        owner: owner.sub,
      });
      if (moved.keys > 0) await kvStore.adjustUsage(userNamespace(to), moved);
      if (removed.keys > 0) {
        await kvStore.adjustUsage(userNamespace(from), {
          keys: -removed.keys,
          bytes: -removed.bytes,
        });
      }
      return count(results);
    },

    async moveDocument(from, to) {
      const table = tableName('documents');
      const key = { pk: `${from.projectId}#user#${from.sub}`, sk: 'store' };
      const found = await send(() =>
        client.send(new GetCommand({ TableName: table, Key: key, ConsistentRead: true })),
      );
      if (!found?.Item) return { moved: 0, dropped: 0 };
      const target = `${to.projectId}#user#${to.sub}`;
      const alias = typeof found.Item.alias === 'string' ? found.Item.alias : undefined;
      const moved = await moveItem(table, found.Item, target);
      if (alias) {
        const marker = { pk: `${from.projectId}#alias#${alias}`, sk: 'owner' };
        await handOver(table, marker, 'sub', from.sub, moved ? to.sub : undefined);
      }
      return count([moved]);
    },

    async moveProfile(from, to) {
      const table = tableName('profiles');
      const items = await partitionItems(table, `${from.projectId}#${from.sub}`);
      const results: boolean[] = [];
      for (const item of items) {
        const isProfile = item.sk === 'profile';
        let moving = item;
        let claims: Array<{ field: string; value: string }> = [];
        if (isProfile && typeof item.record === 'string') {
          const record = JSON.parse(item.record) as Record<string, unknown>;
          claims = markerKeysOf(record);
          moving = { ...item, record: JSON.stringify({ ...record, sub: to.sub }) };
        }
        const moved = await moveItem(table, moving, `${to.projectId}#${to.sub}`);
        if (isProfile) {
          results.push(moved);
          for (const claim of claims) {
            await handOver(
              table,
              { pk: `${from.projectId}#${claim.field}#${claim.value}`, sk: 'unique' },
              'sub',
              from.sub,
              moved ? to.sub : undefined,
            );
          }
        }
      }
      return count(results);
    },
  };
}

/** The unique markers a profile record holds, keyed as the profile store keys them. */
function markerKeysOf(record: Record<string, unknown>): Array<{ field: string; value: string }> {
  return UNIQUE_FIELDS.flatMap((field) => {
    const value = record[field];
    return typeof value === 'string' && value.trim()
      ? [{ field: field === 'email' ? 'email' : 'wallet', value: uniqueKey(field, value) }]
      : [];
  });
}
