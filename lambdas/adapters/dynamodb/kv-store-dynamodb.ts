/**
 * KvStore on DynamoDB. One item per key: pk = `<projectId>#<namespace>`, sk = the key.
 * A set is one conditional UpdateItem, a delete one conditional DeleteItem, a get of N keys
 * BatchGetItem in chunks of 100, listing a Query on the partition — never a scan.
 */
import {
  BatchGetCommand,
  DeleteCommand,
  PutCommand,
  QueryCommand,
  UpdateCommand,
} from '@aws-sdk/lib-dynamodb';
import { tableName } from '../../config.js';
import {
  type KvItem,
  type KvPartition,
  type KvStore,
  type MarkRead,
  pairBytes,
} from '../../domain/key-value/kv-store.js';
import { AppError } from '../../errors.js';
import { logger } from '../../logger.js';
import { isConditionalCheckFailure, rethrowAsDependencyFailure } from '../aws-errors.js';
import { documentClient, queryByPrefix } from './document-client.js';
import { revocationKey, revokedBeforeOf } from './revocation-store.js';

const BATCH_GET_LIMIT = 100;
const UNPROCESSED_RETRIES = 4;

const partitionKey = (partition: KvPartition) => `${partition.projectId}#${partition.namespace}`;
/**
 * The usage counters live apart from the keys (never in a namespace's Query), in one partition
 * per user: `usage#<projectId>#<sub>` holds a counter per namespace (sk `ns#<namespace>`) and
 * the user's total (sk `total`). `usage#…` cannot be a namespace's pk, which starts with the
 * project's UUID.
 */
const usagePartition = (partition: KvPartition) =>
  `usage#${partition.projectId}#${partition.owner}`;
const usageKey = (partition: KvPartition) => ({
  pk: usagePartition(partition),
  sk: `ns#${partition.namespace}`,
});
const userUsageKey = (partition: KvPartition) => ({ pk: usagePartition(partition), sk: 'total' });

const usageOf = (item: Record<string, unknown> | undefined) => ({
  keys: Number(item?.keys ?? 0),
  bytes: Number(item?.bytes ?? 0),
});

interface KvRecord {
  pk: string;
  sk: string;
  value: string;
  owner: string;
  scope: KvItem['scope'];
  version: number;
  updatedAt: string;
  expiresAt?: number;
}

const toItem = (record: KvRecord): KvItem => ({
  key: record.sk,
  value: record.value,
  ownerClientId: record.owner,
  scope: record.scope,
  version: record.version,
  expiresAt: record.expiresAt,
});

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * One BatchGetItem of up to 100 keys of `table`, plus the caller's revocation mark when given
 * (a consistent read on its table; reported to `mark`), retrying what DynamoDB leaves
 * unprocessed under load with backoff. Returns the items found.
 */
async function batchGet(
  table: string,
  keys: ReadonlyArray<Record<string, unknown>>,
  mark: MarkRead | undefined,
  consistentRead: boolean,
): Promise<Array<Record<string, unknown>>> {
  const client = documentClient();
  const revocations = tableName('revocations');
  const found: Array<Record<string, unknown>> = [];
  let pending = [...keys];
  let markPending = mark !== undefined;
  for (let attempt = 0; pending.length > 0 || markPending; attempt++) {
    if (attempt > UNPROCESSED_RETRIES) {
      throw new AppError('throttled', 'DynamoDB left keys unprocessed');
    }
    if (attempt > 0) await sleep(2 ** attempt * 25);
    const withMark = mark !== undefined && markPending;
    try {
      const output = await client.send(
        new BatchGetCommand({
          RequestItems: {
            ...(pending.length > 0
              ? { [table]: { Keys: pending, ...(consistentRead ? { ConsistentRead: true } : {}) } }
              : {}),
            ...(withMark
              ? { [revocations]: { Keys: [revocationKey(mark)], ConsistentRead: true } }
              : {}),
          },
        }),
      );
      found.push(...(output.Responses?.[table] ?? []));
      pending = output.UnprocessedKeys?.[table]?.Keys ?? [];
      if (withMark && !output.UnprocessedKeys?.[revocations]?.Keys?.length) {
        mark.report(revokedBeforeOf(output.Responses?.[revocations]?.[0]));
        markPending = false;
      }
    } catch (error) {
      rethrowAsDependencyFailure(error, 'DynamoDB');
    }
  }
  return found;
}

export function dynamoKvStore(table = tableName('keyValue')): KvStore {
  const client = documentClient();
  return {
    async put(partition, item) {
      // Another client's key may be written only once it has expired.
      const free = 'attribute_not_exists(pk) OR expiresAt <= :now';
      const conditions = [`(${free} OR #owner = :owner)`];
      const values: Record<string, unknown> = {
        ':value': item.value,
        ':owner': item.ownerClientId,
        ':scope': item.scope,
        ':updatedAt': new Date(item.now * 1000).toISOString(),
        ':one': 1,
        ':now': item.now,
      };
      if (item.expectedVersion === 0) conditions.push(`(${free})`);
      else if (item.expectedVersion !== undefined) {
        conditions.push('(version = :expected AND NOT (expiresAt <= :now))');
        values[':expected'] = item.expectedVersion;
      }
      if (item.expiresAt !== undefined) values[':expiresAt'] = item.expiresAt;
      try {
        const { Attributes } = await client.send(
          new UpdateCommand({
            TableName: table,
            Key: { pk: partitionKey(partition), sk: item.key },
            UpdateExpression: `SET #value = :value, #owner = :owner, #scope = :scope, updatedAt = :updatedAt${
              item.expiresAt === undefined ? '' : ', expiresAt = :expiresAt'
            } ADD version :one${item.expiresAt === undefined ? ' REMOVE expiresAt' : ''}`,
            ConditionExpression: conditions.join(' AND '),
            ExpressionAttributeNames: { '#value': 'value', '#owner': 'owner', '#scope': 'scope' },
            ExpressionAttributeValues: values,
            ReturnValues: 'ALL_OLD',
            ReturnValuesOnConditionCheckFailure: 'ALL_OLD',
          }),
        );
        const old = Attributes as KvRecord | undefined;
        return {
          written: true,
          version: Number(old?.version ?? 0) + 1,
          replaced: old
            ? { bytes: pairBytes(old.sk, old.value), expiresAt: old.expiresAt }
            : undefined,
        };
      } catch (error) {
        if (isConditionalCheckFailure(error)) {
          const old = (error as { Item?: unknown }).Item as
            | { owner?: { S?: string }; expiresAt?: { N?: string } }
            | undefined;
          const live = !old?.expiresAt?.N || Number(old.expiresAt.N) > item.now;
          const foreign = old?.owner?.S !== undefined && old.owner.S !== item.ownerClientId;
          return {
            written: false,
            reason: foreign && live ? 'owned_by_other_client' : 'version_mismatch',
          };
        }
        rethrowAsDependencyFailure(error, 'DynamoDB');
      }
    },

    async getMany(partition, keys, mark) {
      const pk = partitionKey(partition);
      const items: KvItem[] = [];
      for (let start = 0; start < keys.length; start += BATCH_GET_LIMIT) {
        const chunk = keys.slice(start, start + BATCH_GET_LIMIT).map((sk) => ({ pk, sk }));
        // The revocation mark rides in the first batch as one more key: a kv get is one
        // DynamoDB request, token check included.
        const records = await batchGet(table, chunk, start === 0 ? mark : undefined, false);
        items.push(...(records as unknown as KvRecord[]).map(toItem));
      }
      return items;
    },

    async deleteOwned(partition, key, ownerClientId) {
      try {
        const { Attributes } = await client.send(
          new DeleteCommand({
            TableName: table,
            Key: { pk: partitionKey(partition), sk: key },
            ConditionExpression: '#owner = :owner',
            ExpressionAttributeNames: { '#owner': 'owner' },
            ExpressionAttributeValues: { ':owner': ownerClientId },
            ReturnValues: 'ALL_OLD',
          }),
        );
        const old = Attributes as KvRecord | undefined;
        return { bytes: old ? pairBytes(old.sk, old.value) : 0, expiresAt: old?.expiresAt };
      } catch (error) {
        if (isConditionalCheckFailure(error)) return undefined;
        rethrowAsDependencyFailure(error, 'DynamoDB');
      }
    },

    async page(partition, { startAfter, limit }) {
      const pk = partitionKey(partition);
      try {
        const output = await client.send(
          new QueryCommand({
            TableName: table,
            KeyConditionExpression: 'pk = :pk',
            ExpressionAttributeValues: { ':pk': pk },
            ExclusiveStartKey: startAfter === undefined ? undefined : { pk, sk: startAfter },
            Limit: limit,
          }),
        );
        return {
          items: ((output.Items ?? []) as KvRecord[]).map(toItem),
          lastKey: output.LastEvaluatedKey?.sk as string | undefined,
        };
      } catch (error) {
        rethrowAsDependencyFailure(error, 'DynamoDB');
      }
    },

    async usage(partition, mark) {
      // Both counters, and the caller's revocation mark when given: with an unchanged usage,
      // a set is this read and its write.
      const records = await batchGet(
        table,
        [usageKey(partition), userUsageKey(partition)],
        mark,
        true,
      );
      const found = new Map(records.map((item) => [String(item.sk), item]));
      return {
        namespace: usageOf(found.get(usageKey(partition).sk)),
        user: usageOf(found.get(userUsageKey(partition).sk)),
      };
    },

    async adjustUsage(partition, delta) {
      // Two atomic ADDs sent together (one round trip); not a transaction, which would
      // conflict with every concurrent set of the same user on the shared total.
      const add = (Key: Record<string, string>) =>
        client.send(
          new UpdateCommand({
            TableName: table,
            Key,
            UpdateExpression: 'ADD #keys :keys, #bytes :bytes',
            ExpressionAttributeNames: { '#keys': 'keys', '#bytes': 'bytes' },
            ExpressionAttributeValues: { ':keys': delta.keys, ':bytes': delta.bytes },
          }),
        );
      // Best effort: the write it follows has happened, so failing the request now would
      // tell the client a stored value was not stored (and its retry would count as an
      // overwrite anyway). The counter stays low by this delta until the next recount.
      const outcomes = await Promise.allSettled([
        add(usageKey(partition)),
        add(userUsageKey(partition)),
      ]);
      const failed = outcomes.find((outcome) => outcome.status === 'rejected');
      if (failed) {
        logger.warn('usage counter not updated; corrected at the next quota recount', {
          reason: 'usage-counter-failed',
          delta,
          error: failed.reason,
        });
      }
    },

    async setUsage(partition, usage) {
      try {
        await client.send(
          new PutCommand({ TableName: table, Item: { ...usageKey(partition), ...usage } }),
        );
      } catch (error) {
        rethrowAsDependencyFailure(error, 'DynamoDB');
      }
    },

    async namespaceUsages(partition) {
      const items = await queryByPrefix(table, usagePartition(partition), 'ns#', {
        consistentRead: true,
      });
      return new Map(items.map((item) => [String(item.sk).slice('ns#'.length), usageOf(item)]));
    },

    async setUserUsage(partition, usage) {
      try {
        await client.send(
          new PutCommand({ TableName: table, Item: { ...userUsageKey(partition), ...usage } }),
        );
      } catch (error) {
        rethrowAsDependencyFailure(error, 'DynamoDB');
      }
    },
  };
}
