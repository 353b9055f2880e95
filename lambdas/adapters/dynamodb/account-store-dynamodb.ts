/**
 * AccountStore on DynamoDB (accounts table). Items of one user share pk = `<projectId>#<sub>`:
 * sk = `device#<deviceId>` per device, sk = `profile` for login history and app profile.
 */
import { GetCommand, PutCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { tableName } from '../../config.js';
import type { AccountStore, DeviceRecord } from '../../domain/account/account-store.js';
import { rethrowAsDependencyFailure } from '../aws-errors.js';
import { documentClient, queryByPrefix, trimLoginHistory } from './document-client.js';

const userPartition = (projectId: string, userId: string) => `${projectId}#${userId}`;
const DEVICE = 'device#';

const withoutKeys = ({ pk: _pk, sk: _sk, ...rest }: Record<string, unknown>) => rest;

export function dynamoAccountStore(table = tableName('accounts')): AccountStore {
  const client = documentClient();
  const send = async <T>(run: () => Promise<T>): Promise<T> => {
    try {
      return await run();
    } catch (error) {
      rethrowAsDependencyFailure(error, 'DynamoDB');
    }
  };

  return {
    async findDevice(projectId, userId, deviceId) {
      const { Item } = await send(() =>
        client.send(
          new GetCommand({
            TableName: table,
            Key: { pk: userPartition(projectId, userId), sk: `${DEVICE}${deviceId}` },
          }),
        ),
      );
      return Item ? (withoutKeys(Item) as unknown as DeviceRecord) : undefined;
    },

    async listDevices(projectId, userId) {
      const items = await queryByPrefix(table, userPartition(projectId, userId), DEVICE);
      return items.map((item) => withoutKeys(item) as unknown as DeviceRecord);
    },

    async saveLogin(projectId, device, maxHistory) {
      const pk = userPartition(projectId, device.userId);
      await send(() =>
        client.send(
          new PutCommand({
            TableName: table,
            Item: { pk, sk: `${DEVICE}${device.deviceId}`, ...device },
          }),
        ),
      );
      const { Attributes } = await send(() =>
        client.send(
          new UpdateCommand({
            TableName: table,
            Key: { pk, sk: 'profile' },
            UpdateExpression:
              'SET loginHistory = list_append(if_not_exists(loginHistory, :empty), :now)',
            ExpressionAttributeValues: { ':empty': [], ':now': [device.lastLogin] },
            ReturnValues: 'UPDATED_NEW',
          }),
        ),
      );
      const length = (Attributes?.loginHistory as unknown[] | undefined)?.length ?? 0;
      await trimLoginHistory(table, { pk, sk: 'profile' }, length, maxHistory);
    },

    async loadAccount(projectId, userId) {
      const { Item } = await send(() =>
        client.send(
          new GetCommand({
            TableName: table,
            Key: { pk: userPartition(projectId, userId), sk: 'profile' },
          }),
        ),
      );
      return {
        loginHistory: (Item?.loginHistory as number[] | undefined) ?? [],
        appProfile: (Item?.appProfile as Record<string, unknown> | undefined) ?? {},
      };
    },

    async saveAppProfile(projectId, userId, appProfile) {
      await send(() =>
        client.send(
          new UpdateCommand({
            TableName: table,
            Key: { pk: userPartition(projectId, userId), sk: 'profile' },
            UpdateExpression: 'SET appProfile = :appProfile',
            ExpressionAttributeValues: { ':appProfile': appProfile },
          }),
        ),
      );
    },
  };
}
