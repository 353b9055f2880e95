/**
 * KvStore on DynamoDB. One item per key: pk = `<projectId>#<namespace>`, sk = the key.
 * A set is one conditional PutItem; a get of N keys is BatchGetItem in chunks of 100.
 */
import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import { BatchGetCommand, PutCommand } from '@aws-sdk/lib-dynamodb';
import { tableName } from '../../config.js';
import type { AccessScope, KvItem, KvPartition, KvStore } from '../../domain/key-value/kv-store.js';
import { AppError } from '../../errors.js';
import { rethrowAsDependencyFailure } from '../aws-errors.js';
import { documentClient } from './document-client.js';

const BATCH_GET_LIMIT = 100;
const UNPROCESSED_RETRIES = 4;

const partitionKey = (partition: KvPartition) => `${partition.projectId}#${partition.namespace}`;

interface KvRecord {
  pk: string;
  sk: string;
  value: string;
  owner: string;
  scope: AccessScope;
  updatedAt: string;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export function dynamoKvStore(table = tableName('keyValue')): KvStore {
  const client = documentClient();
  return {
    async put(partition, item) {
      const record: KvRecord = {
        pk: partitionKey(partition),
        sk: item.key,
        value: item.value,
        owner: item.ownerClientId,
        scope: item.scope,
        updatedAt: new Date().toISOString(),
      };
      try {
        await client.send(
          new PutCommand({
            TableName: table,
            Item: record,
            ConditionExpression: 'attribute_not_exists(pk) OR #owner = :owner',
            ExpressionAttributeNames: { '#owner': 'owner' },
            ExpressionAttributeValues: { ':owner': item.ownerClientId },
          }),
        );
        return true;
      } catch (error) {
        if (error instanceof ConditionalCheckFailedException) return false;
        rethrowAsDependencyFailure(error, 'DynamoDB');
      }
    },

    async getMany(partition, keys) {
      const pk = partitionKey(partition);
      const items: KvItem[] = [];
      for (let start = 0; start < keys.length; start += BATCH_GET_LIMIT) {
        let pending: Array<Record<string, unknown>> = keys
          .slice(start, start + BATCH_GET_LIMIT)
          .map((sk) => ({ pk, sk }));
        // BatchGetItem may leave keys unprocessed under load: retry those, with backoff.
        for (let attempt = 0; pending.length > 0; attempt++) {
          if (attempt > UNPROCESSED_RETRIES) {
            throw new AppError('throttled', 'DynamoDB left keys unprocessed');
          }
          if (attempt > 0) await sleep(2 ** attempt * 25);
          try {
            const output = await client.send(
              new BatchGetCommand({ RequestItems: { [table]: { Keys: pending } } }),
            );
            for (const record of (output.Responses?.[table] ?? []) as KvRecord[]) {
              items.push({
                key: record.sk,
                value: record.value,
                ownerClientId: record.owner,
                scope: record.scope,
              });
            }
            pending = output.UnprocessedKeys?.[table]?.Keys ?? [];
          } catch (error) {
            rethrowAsDependencyFailure(error, 'DynamoDB');
          }
        }
      }
      return items;
    },
  };
}
