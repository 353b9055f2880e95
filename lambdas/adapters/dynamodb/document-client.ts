import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { sdkClientDefaults } from '../aws-errors.js';

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
