/**
 * NoticeThrottle on the attempts table: one item per key, taken by a conditional PutItem
 * (absent, or its hold ended), so two concurrent sign-ups cannot both send; TTL deletes it.
 */
import { PutCommand } from '@aws-sdk/lib-dynamodb';
import { tableName } from '../../config.js';
import type { NoticeThrottle } from '../../domain/account/owner-notices.js';
import { isConditionalCheckFailure, rethrowAsDependencyFailure } from '../aws-errors.js';
import { documentClient } from './document-client.js';

export function dynamoNoticeThrottle(table = tableName('attempts')): NoticeThrottle {
  const client = documentClient();
  return {
    async claim(key, now, until) {
      try {
        await client.send(
          new PutCommand({
            TableName: table,
            Item: { pk: key, expiresAt: until },
            // TTL deletes late (up to days): an ended hold is taken over, not waited for.
            ConditionExpression: 'attribute_not_exists(pk) OR expiresAt <= :now',
            ExpressionAttributeValues: { ':now': now },
          }),
        );
        return true;
      } catch (error) {
        if (isConditionalCheckFailure(error)) return false;
        rethrowAsDependencyFailure(error, 'DynamoDB');
      }
    },
  };
}
