import { GetCommand } from '@aws-sdk/lib-dynamodb';
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
