/** AttemptCounter on DynamoDB: one item per key and window, deleted by TTL after the window. */
import { BatchGetCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { tableName } from '../../config.js';
import type { AttemptCounter } from '../../domain/account/attempt-limiter.js';
import { rethrowAsDependencyFailure } from '../aws-errors.js';
import { documentClient } from './document-client.js';

export function dynamoAttemptCounter(table = tableName('attempts')): AttemptCounter {
  const client = documentClient();
  return {
    async failures(keys) {
      try {
        const output = await client.send(
          new BatchGetCommand({
            RequestItems: { [table]: { Keys: keys.map((pk) => ({ pk })), ConsistentRead: true } },
          }),
        );
        const items = (output.Responses?.[table] ?? []) as Array<{ pk: string; count?: number }>;
        return new Map(items.map((item) => [item.pk, Number(item.count ?? 0)]));
      } catch (error) {
        rethrowAsDependencyFailure(error, 'DynamoDB');
      }
    },
    async recordFailure(keys, windowEnd) {
      try {
        await Promise.all(
          keys.map((pk) =>
            client.send(
              new UpdateCommand({
                TableName: table,
                Key: { pk },
                UpdateExpression: 'ADD #count :one SET expiresAt = :end',
                ExpressionAttributeNames: { '#count': 'count' },
                ExpressionAttributeValues: { ':one': 1, ':end': windowEnd },
              }),
            ),
          ),
        );
      } catch (error) {
        rethrowAsDependencyFailure(error, 'DynamoDB');
      }
    },
  };
}
