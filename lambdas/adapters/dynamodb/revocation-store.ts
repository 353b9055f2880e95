import { GetCommand, PutCommand } from '@aws-sdk/lib-dynamodb';
import { tableName } from '../../config.js';
import { rethrowAsDependencyFailure } from '../aws-errors.js';
import { documentClient } from './document-client.js';

const key = (userPoolId: string, sub: string) => ({ pk: `${userPoolId}#${sub}` });

/** Epoch seconds before which (inclusive) the user's access tokens are revoked, if any. */
export async function revokedBefore(userPoolId: string, sub: string): Promise<number | undefined> {
  try {
    const { Item } = await documentClient().send(
      new GetCommand({
        TableName: tableName('revocations'),
        Key: key(userPoolId, sub),
        ConsistentRead: true,
      }),
    );
    return typeof Item?.revokedBefore === 'number' ? Item.revokedBefore : undefined;
  } catch (error) {
    rethrowAsDependencyFailure(error, 'DynamoDB');
  }
}

/**
 * How long a mark is kept: the refresh-token lifetime of the stack's app clients (30 days),
 * since /user/refresh refuses refresh tokens issued before the mark; access tokens live 1 day
 * at most.
 */
const MARK_KEPT_SECONDS = 30 * 24 * 60 * 60;

/** Refuses, from now on, every access token of the user issued at or before `epochSeconds`. */
export async function revokeTokensIssuedUntil(
  userPoolId: string,
  sub: string,
  epochSeconds: number,
): Promise<void> {
  try {
    await documentClient().send(
      new PutCommand({
        TableName: tableName('revocations'),
        Item: {
          ...key(userPoolId, sub),
          revokedBefore: epochSeconds,
          expiresAt: epochSeconds + MARK_KEPT_SECONDS,
        },
      }),
    );
  } catch (error) {
    rethrowAsDependencyFailure(error, 'DynamoDB');
  }
}
