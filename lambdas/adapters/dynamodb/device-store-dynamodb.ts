/**
 * DeviceStore on DynamoDB (accounts table). Items of one user share pk = `<projectId>#<sub>`:
 * sk = `device#<deviceId>` per device, sk = `profile` for login history (and, later, app profile).
 */
import { GetCommand, PutCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { tableName } from '../../config.js';
import type { DeviceRecord, DeviceStore } from '../../domain/account/device-store.js';
import { rethrowAsDependencyFailure } from '../aws-errors.js';
import { documentClient } from './document-client.js';

export const userPartition = (projectId: string, userId: string) => `${projectId}#${userId}`;

export function dynamoDeviceStore(table = tableName('accounts')): DeviceStore {
  const client = documentClient();
  return {
    async findDevice(projectId, userId, deviceId) {
      try {
        const { Item } = await client.send(
          new GetCommand({
            TableName: table,
            Key: { pk: userPartition(projectId, userId), sk: `device#${deviceId}` },
          }),
        );
        return Item as DeviceRecord | undefined;
      } catch (error) {
        rethrowAsDependencyFailure(error, 'DynamoDB');
      }
    },

    async saveLogin(projectId, device, maxHistory) {
      const pk = userPartition(projectId, device.userId);
      try {
        await client.send(
          new PutCommand({
            TableName: table,
            Item: { pk, sk: `device#${device.deviceId}`, ...device },
          }),
        );
        const { Attributes } = await client.send(
          new UpdateCommand({
            TableName: table,
            Key: { pk, sk: 'profile' },
            UpdateExpression:
              'SET loginHistory = list_append(if_not_exists(loginHistory, :empty), :now)',
            ExpressionAttributeValues: { ':empty': [], ':now': [device.lastLogin] },
            ReturnValues: 'UPDATED_NEW',
          }),
        );
        const length = (Attributes?.loginHistory as unknown[] | undefined)?.length ?? 0;
        if (length > maxHistory) {
          // Trim the oldest entries; the condition keeps a concurrent trim from removing twice.
          const excess = length - maxHistory;
          await client
            .send(
              new UpdateCommand({
                TableName: table,
                Key: { pk, sk: 'profile' },
                UpdateExpression: `REMOVE ${Array.from({ length: excess }, (_, i) => `loginHistory[${i}]`).join(', ')}`,
                ConditionExpression: 'size(loginHistory) = :length',
                ExpressionAttributeValues: { ':length': length },
              }),
            )
            .catch((error: unknown) => {
              if ((error as Error).name !== 'ConditionalCheckFailedException') throw error;
            });
        }
      } catch (error) {
        rethrowAsDependencyFailure(error, 'DynamoDB');
      }
    },
  };
}
