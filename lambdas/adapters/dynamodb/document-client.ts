import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient, QueryCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import {
  isConditionalCheckFailure,
  rethrowAsDependencyFailure,
  sdkClientDefaults,
} from '../aws-errors.js';

let client: DynamoDBDocumentClient | undefined;

/**
 * The DynamoDB document client, created on first use and kept for the life of the container.
 * Locally the endpoint comes from AWS_ENDPOINT_URL_DYNAMODB, so no code differs.
 */
export function documentClient(): DynamoDBDocumentClient {
  client ??= DynamoDBDocumentClient.from(new DynamoDBClient(sdkClientDefaults), {
    marshallOptions: { removeUndefinedValues: true },
  });
  return client;
}

/**
 * Every item of one partition whose sort key starts with `prefix`, page after page: for the
 * small per-user sets (devices, wallets) that are always answered whole. A DynamoDB fault
 * becomes the dependency failure the routes answer as "unavailable".
 */
export async function queryByPrefix(
  table: string,
  pk: string,
  prefix: string,
  options: { consistentRead?: boolean } = {},
): Promise<Array<Record<string, unknown>>> {
  const items: Array<Record<string, unknown>> = [];
  let ExclusiveStartKey: Record<string, unknown> | undefined;
  try {
    do {
      const page = await documentClient().send(
        new QueryCommand({
          TableName: table,
          KeyConditionExpression: 'pk = :pk AND begins_with(sk, :prefix)',
          ExpressionAttributeValues: { ':pk': pk, ':prefix': prefix },
          ConsistentRead: options.consistentRead,
          ExclusiveStartKey,
        }),
      );
      items.push(...(page.Items ?? []));
      ExclusiveStartKey = page.LastEvaluatedKey;
    } while (ExclusiveStartKey);
  } catch (error) {
    rethrowAsDependencyFailure(error, 'DynamoDB');
  }
  return items;
}

/**
 * Drops the oldest entries of an item's `loginHistory` list of `length` entries down to
 * `keep`. Conditioned on the length read, so two concurrent trims never both remove: the one
 * that loses leaves the list to the winner.
 */
export async function trimLoginHistory(
  table: string,
  key: Record<string, string>,
  length: number,
  keep: number,
): Promise<void> {
  const excess = length - keep;
  if (excess <= 0) return;
  try {
    await documentClient().send(
      new UpdateCommand({
        TableName: table,
        Key: key,
        UpdateExpression: `REMOVE ${Array.from({ length: excess }, (_, i) => `loginHistory[${i}]`).join(', ')}`,
        ConditionExpression: 'size(loginHistory) = :length',
        ExpressionAttributeValues: { ':length': length },
      }),
    );
  } catch (error) {
    if (!isConditionalCheckFailure(error)) rethrowAsDependencyFailure(error, 'DynamoDB');
  }
}
