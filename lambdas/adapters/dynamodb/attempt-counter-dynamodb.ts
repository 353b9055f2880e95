/**
 * AttemptCounter on DynamoDB: one item per key and window, deleted by TTL after the window.
 * A reservation is one conditional UpdateItem (`count < limit`), so concurrent attempts
 * cannot pass the same free unit; a release is one conditional UpdateItem subtracting it.
 */
import { UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { tableName } from '../../config.js';
import type { AttemptCounter } from '../../domain/account/attempt-limiter.js';
import { isConditionalCheckFailure, rethrowAsDependencyFailure } from '../aws-errors.js';
import { documentClient } from './document-client.js';

export function dynamoAttemptCounter(table = tableName('attempts')): AttemptCounter {
  const client = documentClient();
  return {
    async reserve(pk, limit, windowEnd) {
      try {
        await client.send(
          new UpdateCommand({
            TableName: table,
            Key: { pk },
            UpdateExpression: 'ADD #count :one SET expiresAt = :end',
            ConditionExpression: 'attribute_not_exists(#count) OR #count < :limit',
            ExpressionAttributeNames: { '#count': 'count' },
            ExpressionAttributeValues: { ':one': 1, ':end': windowEnd, ':limit': limit },
          }),
        );
        return true;
      } catch (error) {
        if (isConditionalCheckFailure(error)) return false;
        rethrowAsDependencyFailure(error, 'DynamoDB');
      }
    },
    async release(pk) {
      try {
        await client.send(
          new UpdateCommand({
            TableName: table,
            Key: { pk },
            UpdateExpression: 'ADD #count :minusOne',
            // An item TTL already deleted stays deleted (no count -1 without an expiry).
            ConditionExpression: '#count > :zero',
            ExpressionAttributeNames: { '#count': 'count' },
            ExpressionAttributeValues: { ':minusOne': -1, ':zero': 0 },
          }),
        );
      } catch (error) {
        if (isConditionalCheckFailure(error)) return;
        rethrowAsDependencyFailure(error, 'DynamoDB');
      }
    },
  };
}
