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

/**
 * How long a mark is kept: the refresh-token lifetime of the stack's app clients (30 days),
 * since /user/refresh refuses refresh tokens issued before the mark; access tokens live 1 day
 * at most.
 */
const MARK_KEPT_SECONDS = 30 * 24 * 60 * 60;

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
              expiresAt: epochSeconds + MARK_KEPT_SECONDS,
            },
          }),
        );
      } catch (error) {
        rethrowAsDependencyFailure(error, 'DynamoDB');
      }
    },
  };
}
