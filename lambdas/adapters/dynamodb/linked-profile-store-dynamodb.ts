/**
 * LinkedProfileStore on DynamoDB (accounts table). One user of an external provider is the
 * partition `idp#<projectId>#<issuer>#<subject>`: sk `profile`, and `device#<deviceId>` per
 * device. The prefix keeps them apart from Cognito users' partitions (`<projectId>#<sub>`).
 */
import { randomUUID } from 'node:crypto';
import { UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { tableName } from '../../config.js';
import type { ExternalIdentity } from '../../domain/identity-providers/external-identity.js';
import type {
  LinkedDevice,
  LinkedKey,
  LinkedProfile,
  LinkedProfileStore,
} from '../../domain/identity-providers/linked-profile.js';
import { rethrowAsDependencyFailure } from '../aws-errors.js';
import { documentClient, queryByPrefix, trimLoginHistory } from './document-client.js';

const partition = (key: LinkedKey) => `idp#${key.projectId}#${key.issuer}#${key.subject}`;
const DEVICE = 'device#';

async function send<T>(run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (error) {
    rethrowAsDependencyFailure(error, 'DynamoDB');
  }
}

function toProfile(item: Record<string, unknown> | undefined): LinkedProfile {
  if (!item) throw new Error('an UpdateItem with ALL_NEW answered no item');
  return {
    userId: item.userId as string,
    provider: item.provider as string,
    username: item.username as string | undefined,
    nickname: item.nickname as string | undefined,
    email: item.email as string | undefined,
    appProfile: (item.appProfile as Record<string, unknown> | undefined) ?? {},
    loginHistory: ((item.loginHistory as number[] | undefined) ?? []).map(Number),
    createdAt: Number(item.createdAt),
    updatedAt: Number(item.updatedAt),
  };
}

export function dynamoLinkedProfileStore(table = tableName('accounts')): LinkedProfileStore {
  const client = documentClient();

  /** One UpdateItem: creates the profile if absent, sets what the provider vouches for. */
  async function upsert(
    key: LinkedKey,
    identity: ExternalIdentity,
    now: number,
    extra: { set?: string[]; values?: Record<string, unknown>; names?: Record<string, string> },
  ): Promise<LinkedProfile> {
    const set = [
      'userId = if_not_exists(userId, :userId)',
      'provider = :provider',
      'issuer = :issuer',
      'subject = :subject',
      'createdAt = if_not_exists(createdAt, :now)',
      'updatedAt = :now',
      ...(identity.email ? ['email = :email'] : []),
      ...(identity.nickname ? ['nickname = :nickname'] : []),
      ...(extra.set ?? []),
    ];
    const { Attributes } = await send(() =>
      client.send(
        new UpdateCommand({
          TableName: table,
          Key: { pk: partition(key), sk: 'profile' },
          UpdateExpression: `SET ${set.join(', ')}`,
          ExpressionAttributeNames: extra.names,
          ExpressionAttributeValues: {
            ':userId': randomUUID(),
            ':provider': identity.provider,
            ':issuer': key.issuer,
            ':subject': key.subject,
            ':now': now,
            ...(identity.email ? { ':email': identity.email } : {}),
            ...(identity.nickname ? { ':nickname': identity.nickname } : {}),
            ...extra.values,
          },
          ReturnValues: 'ALL_NEW',
        }),
      ),
    );
    return toProfile(Attributes);
  }

  return {
    touch: (key, identity, now) => upsert(key, identity, now, {}),

    update(key, identity, changes, now) {
      const set: string[] = [];
      const values: Record<string, unknown> = {};
      if (changes.username !== undefined) {
        set.push('username = :username');
        values[':username'] = changes.username;
      }
      if (changes.appProfile !== undefined) {
        set.push('appProfile = :appProfile');
        values[':appProfile'] = changes.appProfile;
      }
      return upsert(key, identity, now, { set, values });
    },

    async recordLogin(key, identity, deviceId, now, maxHistory) {
      const profile = await upsert(key, identity, now, {
        set: ['loginHistory = list_append(if_not_exists(loginHistory, :empty), :login)'],
        values: { ':empty': [], ':login': [now] },
      });
      await send(() =>
        client.send(
          new UpdateCommand({
            TableName: table,
            Key: { pk: partition(key), sk: `${DEVICE}${deviceId}` },
            UpdateExpression:
              'SET deviceId = :deviceId, userId = :userId, signUp = if_not_exists(signUp, :now), lastLogin = :now',
            ExpressionAttributeValues: {
              ':deviceId': deviceId,
              ':userId': profile.userId,
              ':now': now,
            },
          }),
        ),
      );
      const excess = profile.loginHistory.length - maxHistory;
      if (excess <= 0) return profile;
      await trimLoginHistory(
        table,
        { pk: partition(key), sk: 'profile' },
        profile.loginHistory.length,
        maxHistory,
      );
      return { ...profile, loginHistory: profile.loginHistory.slice(excess) };
    },

    async listDevices(key) {
      const items = await queryByPrefix(table, partition(key), DEVICE);
      return items.map(
        (item): LinkedDevice => ({
          deviceId: item.deviceId as string,
          userId: item.userId as string,
          signUp: Number(item.signUp),
          lastLogin: Number(item.lastLogin),
        }),
      );
    },
  };
}
