import { GetCommand, PutCommand } from '@aws-sdk/lib-dynamodb';
import type { RevocationMarks, UserRef } from '../../auth/revocations.js';
import { tableName } from '../../config.js';
import { rethrowAsDependencyFailure } from '../aws-errors.js';
import { documentClient } from './document-client.js';

/** The mark's key; the kv store reads it inside its BatchGetItem (kv get = one request). */
export const revocationKey = (user: UserRef) => ({ pk: `${user.userPoolId}#${user.sub}` });

/** The mark's value in an item read from the revocations table. */
export const revokedBeforeOf = (item: Record<string, unknown> | undefined): number | undefined =>
  typeof item?.revokedBefore === 'number' ? item.revokedBefore : undefined;

/** Longest access-token lifetime Cognito allows (1 day): after that a mark revokes nothing. */
const MAX_ACCESS_TOKEN_SECONDS = 24 * 60 * 60;

export function dynamoRevocationMarks(): RevocationMarks {
  return {
    async revokedBefore(user) {
      try {
        const { Item } = await documentClient().send(
          new GetCommand({
            TableName: tableName('revocations'),
            Key: revocationKey(user),
            ConsistentRead: true,
          }),
        );
        return revokedBeforeOf(Item);
      } catch (error) {
        rethrowAsDependencyFailure(error, 'DynamoDB');
      }
    },
    async revoke(user, epochSeconds) {
      try {
        await documentClient().send(
          new PutCommand({
            TableName: tableName('revocations'),
            Item: {
              ...revocationKey(user),
              revokedBefore: epochSeconds,
              // The table's TTL attribute: the mark is deleted once no token it revokes lives.
              expiresAt: epochSeconds + MAX_ACCESS_TOKEN_SECONDS,
            },
          }),
        );
      } catch (error) {
        rethrowAsDependencyFailure(error, 'DynamoDB');
      }
    },
  };
}
