/**
 * The simplified strategy's users and the rate-limit counters, in the accounts table:
 * `anon#<projectId>#<deviceId>` / `device` (anonymous device users),
 * `nologin#<projectId>#<sha256(externalId)>` / `profile` (noLogin users),
 * `ratelimit#<bucket>` / `<window start>` (counters, removed by TTL on `expiresAt`).
 */
import { GetCommand, PutCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { tableName } from '../../config.js';
import type {
  DeviceUser,
  NoLoginUser,
  RateLimiter,
  SimplifiedUserStore,
} from '../../domain/identity-providers/simplified-users.js';
import { AppError } from '../../errors.js';
import { isConditionalCheckFailure, rethrowAsDependencyFailure } from '../aws-errors.js';
import { documentClient, trimLoginHistory } from './document-client.js';

const devicePartition = (projectId: string, deviceId: string) => `anon#${projectId}#${deviceId}`;
const noLoginPartition = (projectId: string, hash: string) => `nologin#${projectId}#${hash}`;

/** Runs a request; a failed condition answers `undefined`, other failures are typed. */
async function conditional<T>(run: () => Promise<T>): Promise<T | undefined> {
  try {
    return await run();
  } catch (error) {
    if (isConditionalCheckFailure(error)) return undefined;
    rethrowAsDependencyFailure(error, 'DynamoDB');
  }
}

const toDeviceUser = (item: Record<string, unknown>): DeviceUser => ({
  userId: item.userId as string,
  deviceId: item.deviceId as string,
  additionalId: item.additionalId as string | undefined,
  signUp: Number(item.signUp),
  lastLogin: item.lastLogin === undefined ? undefined : Number(item.lastLogin),
  loginHistory: ((item.loginHistory as number[] | undefined) ?? []).map(Number),
});

const toNoLoginUser = (item: Record<string, unknown>): NoLoginUser => ({
  userId: item.userId as string,
  appProfile: (item.appProfile as Record<string, unknown> | undefined) ?? {},
  createdAt: Number(item.createdAt),
  updatedAt: Number(item.updatedAt),
});

export function dynamoSimplifiedUserStore(table = tableName('accounts')): SimplifiedUserStore {
  const client = documentClient();
  return {
    async createDeviceUser(projectId, user, hash) {
      const done = await conditional(() =>
        client.send(
          new PutCommand({
            TableName: table,
            Item: {
              pk: devicePartition(projectId, user.deviceId),
              sk: 'device',
              ...user,
              secretHash: hash,
            },
            ConditionExpression: 'attribute_not_exists(pk)',
          }),
        ),
      );
      return done !== undefined;
    },

    async loginDeviceUser(projectId, deviceId, hash, now, maxHistory) {
      const output = await conditional(() =>
        client.send(
          new UpdateCommand({
            TableName: table,
            Key: { pk: devicePartition(projectId, deviceId), sk: 'device' },
            UpdateExpression:
              'SET lastLogin = :now, loginHistory = list_append(if_not_exists(loginHistory, :empty), :login)',
            ConditionExpression: 'secretHash = :hash',
            ExpressionAttributeValues: {
              ':now': now,
              ':empty': [],
              ':login': [now],
              ':hash': hash,
            },
            ReturnValues: 'ALL_NEW',
          }),
        ),
      );
      if (!output?.Attributes) return undefined;
      const user = toDeviceUser(output.Attributes);
      await trimLoginHistory(
        table,
        { pk: devicePartition(projectId, deviceId), sk: 'device' },
        user.loginHistory.length,
        maxHistory,
      );
      return user;
    },

    async createNoLoginUser(projectId, hash, user) {
      const done = await conditional(() =>
        client.send(
          new PutCommand({
            TableName: table,
            Item: { pk: noLoginPartition(projectId, hash), sk: 'profile', ...user },
            ConditionExpression: 'attribute_not_exists(pk)',
          }),
        ),
      );
      // 256 random bits do not collide; if they ever did, refuse rather than share a user.
      if (done === undefined) throw new AppError('conflict', 'Please retry');
    },

    async findNoLoginUser(projectId, hash) {
      const output = await conditional(() =>
        client.send(
          new GetCommand({
            TableName: table,
            Key: { pk: noLoginPartition(projectId, hash), sk: 'profile' },
          }),
        ),
      );
      return output?.Item ? toNoLoginUser(output.Item) : undefined;
    },

    async updateNoLoginUser(projectId, hash, appProfile, now) {
      const output = await conditional(() =>
        client.send(
          new UpdateCommand({
            TableName: table,
            Key: { pk: noLoginPartition(projectId, hash), sk: 'profile' },
            UpdateExpression: 'SET appProfile = :appProfile, updatedAt = :now',
            ConditionExpression: 'attribute_exists(pk)',
            ExpressionAttributeValues: { ':appProfile': appProfile, ':now': now },
            ReturnValues: 'ALL_NEW',
          }),
        ),
      );
      return output?.Attributes ? toNoLoginUser(output.Attributes) : undefined;
    },
  };
}

export function dynamoRateLimiter(table = tableName('accounts')): RateLimiter {
  const client = documentClient();
  return {
    async hit(bucket, limit, windowSeconds, now) {
      const window = now - (now % windowSeconds);
      const output = await conditional(() =>
        client.send(
          new UpdateCommand({
            TableName: table,
            Key: { pk: `ratelimit#${bucket}`, sk: String(window) },
            UpdateExpression: 'ADD hits :one SET expiresAt = :expires',
            ExpressionAttributeValues: { ':one': 1, ':expires': window + 2 * windowSeconds },
            ReturnValues: 'UPDATED_NEW',
          }),
        ),
      );
      if (Number(output?.Attributes?.hits ?? 0) > limit) {
        throw new AppError('throttled', 'Too many requests from this address; try again later');
      }
    },
  };
}
