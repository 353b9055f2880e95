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

/** Longest access-token lifetime Cognito allows (1 day): after that a mark revokes nothing. */
const MAX_ACCESS_TOKEN_SECONDS = 24 * 60 * 60;

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
          expiresAt: epochSeconds + MAX_ACCESS_TOKEN_SECONDS,
        },
      }),
    );
  } catch (error) {
    rethrowAsDependencyFailure(error, 'DynamoDB');
  }
}
