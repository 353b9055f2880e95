/**
 * SessionRegistry on DynamoDB: pk = `refresh#<SHA-256 of the token>` (the token itself is
 * never stored), deleted by TTL when the refresh token would expire anyway.
 */
import { createHash } from 'node:crypto';
import { GetCommand, PutCommand } from '@aws-sdk/lib-dynamodb';
import { tableName } from '../../config.js';
import type { RefreshTokenRecord, SessionRegistry } from '../../domain/account/session-registry.js';
import { rethrowAsDependencyFailure } from '../aws-errors.js';
import { documentClient } from './document-client.js';

const key = (refreshToken: string) => ({
  pk: `refresh#${createHash('sha256').update(refreshToken).digest('base64url')}`,
});

export function dynamoSessionRegistry(table = tableName('sessions')): SessionRegistry {
  const client = documentClient();
  return {
    async remember(refreshToken, record, expiresAt) {
      try {
        await client.send(
          new PutCommand({
            TableName: table,
            Item: { ...key(refreshToken), ...record, expiresAt },
          }),
        );
      } catch (error) {
        rethrowAsDependencyFailure(error, 'DynamoDB');
      }
    },
    async find(refreshToken) {
      try {
        const { Item } = await client.send(
          new GetCommand({ TableName: table, Key: key(refreshToken), ConsistentRead: true }),
        );
        if (!Item || (typeof Item.expiresAt === 'number' && Item.expiresAt <= Date.now() / 1000)) {
          return undefined;
        }
        const { userPoolId, clientId, sub, issuedAt } = Item as RefreshTokenRecord;
        return { userPoolId, clientId, sub, issuedAt };
      } catch (error) {
        rethrowAsDependencyFailure(error, 'DynamoDB');
      }
    },
  };
}
