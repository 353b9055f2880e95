/**
 * ProfileStore on DynamoDB (profiles table). Items, see docs/data-model.md:
 * - profile:  pk = `<projectId>#<sub>`, sk = `profile`, `version`, `record` (JSON text)
 * - audit:    pk = `<projectId>#<sub>`, sk = `audit#<µs timestamp>#<id>`
 * - marker:   pk = `<projectId>#email#<normalised>` or `<projectId>#wallet#<normalised>`,
 *             sk = `unique`, `sub` of the holder
 * A write is one TransactWriteItems: the profile (version condition), the markers claimed
 * (free or already ours) and released (still ours), and the audit entry.
 */
import {
  GetCommand,
  QueryCommand,
  TransactWriteCommand,
  type TransactWriteCommandInput,
} from '@aws-sdk/lib-dynamodb';
import { tableName } from '../../config.js';
import type { ProfileRecord } from '../../domain/profile/profile.js';
import {
  type AuditEntry,
  ConcurrentModification,
  type ProfileOwner,
  type ProfileStore,
  type UniqueClaim,
  UniqueValueTaken,
} from '../../domain/profile/profile-store.js';
import { AppError } from '../../errors.js';
import { cancellationCodes, dependencyFailure, rethrowAsDependencyFailure } from '../aws-errors.js';
import { documentClient } from './document-client.js';

type TransactItem = NonNullable<TransactWriteCommandInput['TransactItems']>[number];

const PROFILE_SK = 'profile';
const MARKER_SK = 'unique';
const AUDIT_PREFIX = 'audit#';

export const profilePartition = (owner: ProfileOwner) => `${owner.projectId}#${owner.sub}`;
const markerPartition = (projectId: string, claim: UniqueClaim) =>
  `${projectId}#${claim.field === 'email' ? 'email' : 'wallet'}#${claim.key}`;

interface AuditItem {
  pk: string;
  sk: string;
  at: string;
  id: string;
  action: AuditEntry['action'];
  clientId: string;
  sub: string;
  fields: string[];
  /** JSON text, like the record: user JSON (address, identities) never becomes item structure. */
  before: string;
  after: string;
}

const encodeCursor = (sk: string) => Buffer.from(sk, 'utf8').toString('base64url');
function decodeCursor(cursor: string): string {
  const sk = Buffer.from(cursor, 'base64url').toString('utf8');
  if (cursor.length > 200 || !sk.startsWith(AUDIT_PREFIX) || encodeCursor(sk) !== cursor) {
    throw new AppError('invalid_request', 'cursor is not one this API returned');
  }
  return sk;
}

export function dynamoProfileStore(table = tableName('profiles')): ProfileStore {
  const client = documentClient();

  return {
    async get(owner) {
      try {
        const { Item } = await client.send(
          new GetCommand({
            TableName: table,
            Key: { pk: profilePartition(owner), sk: PROFILE_SK },
            ConsistentRead: true,
          }),
        );
        if (!Item) return undefined;
        return {
          record: JSON.parse(Item.record as string) as ProfileRecord,
          version: Item.version,
        };
      } catch (error) {
        rethrowAsDependencyFailure(error, 'DynamoDB');
      }
    },

    async ownerOf(projectId, claim) {
      try {
        const { Item } = await client.send(
          new GetCommand({
            TableName: table,
            Key: { pk: markerPartition(projectId, claim), sk: MARKER_SK },
            ConsistentRead: true,
          }),
        );
        return typeof Item?.sub === 'string' ? Item.sub : undefined;
      } catch (error) {
        rethrowAsDependencyFailure(error, 'DynamoDB');
      }
    },

    async apply(change) {
      const pk = profilePartition(change.owner);
      const { projectId, sub } = change.owner;
      const versionCondition =
        change.expectedVersion === undefined
          ? { ConditionExpression: 'attribute_not_exists(pk)' }
          : {
              ConditionExpression: '#version = :expected',
              ExpressionAttributeNames: { '#version': 'version' },
              ExpressionAttributeValues: { ':expected': change.expectedVersion },
            };
      const profileItem: TransactItem = change.next
        ? {
            Put: {
              TableName: table,
              Item: {
                pk,
                sk: PROFILE_SK,
                version: change.next.version,
                record: JSON.stringify(change.next.record),
              },
              ...versionCondition,
            },
          }
        : { Delete: { TableName: table, Key: { pk, sk: PROFILE_SK }, ...versionCondition } };
      const claims: TransactItem[] = change.claim.map((claim) => ({
        Put: {
          TableName: table,
          Item: {
            pk: markerPartition(projectId, claim),
            sk: MARKER_SK,
            sub,
            field: claim.field,
            claimedAt: change.audit.at,
          },
          ConditionExpression: 'attribute_not_exists(pk) OR #sub = :sub',
          ExpressionAttributeNames: { '#sub': 'sub' },
          ExpressionAttributeValues: { ':sub': sub },
        },
      }));
      const releases: TransactItem[] = change.release.map((claim) => ({
        Delete: {
          TableName: table,
          Key: { pk: markerPartition(projectId, claim), sk: MARKER_SK },
          ConditionExpression: '#sub = :sub',
          ExpressionAttributeNames: { '#sub': 'sub' },
          ExpressionAttributeValues: { ':sub': sub },
        },
      }));
      const audit: AuditItem = {
        pk,
        sk: `${AUDIT_PREFIX}${change.audit.at}#${change.audit.id}`,
        at: change.audit.at,
        id: change.audit.id,
        action: change.audit.action,
        clientId: change.audit.clientId,
        sub: change.audit.sub,
        fields: [...change.audit.fields],
        before: JSON.stringify(change.audit.before),
        after: JSON.stringify(change.audit.after),
      };
      const auditItem: TransactItem = {
        Put: { TableName: table, Item: audit, ConditionExpression: 'attribute_not_exists(pk)' },
      };

      try {
        await client.send(
          new TransactWriteCommand({
            TransactItems: [profileItem, ...claims, ...releases, auditItem],
          }),
        );
      } catch (error) {
        const codes = cancellationCodes(error);
        if (!codes) rethrowAsDependencyFailure(error, 'DynamoDB');
        const failed = (index: number) => codes[index] === 'ConditionalCheckFailed';
        // A unique value held by another user: 409 whatever else happened.
        const taken = change.claim.findIndex((_claim, i) => failed(1 + i));
        if (taken >= 0) throw new UniqueValueTaken(change.claim[taken]?.field ?? 'email');
        const throttled = dependencyFailure(error, 'DynamoDB');
        if (throttled) throw throttled;
        if (failed(0) || codes.includes('TransactionConflict')) throw new ConcurrentModification();
        // A marker to release that is not ours, while the profile was as read: the markers
        // and the record disagree, which one transaction per change should make impossible.
        throw new AppError('internal', `Profile transaction cancelled: ${codes.join(', ')}`, {
          cause: error,
        });
      }
    },

    async history(owner, page) {
      const pk = profilePartition(owner);
      const start = page.cursor === undefined ? undefined : decodeCursor(page.cursor);
      try {
        const { Items = [] } = await client.send(
          new QueryCommand({
            TableName: table,
            KeyConditionExpression: 'pk = :pk AND begins_with(sk, :audit)',
            ExpressionAttributeValues: { ':pk': pk, ':audit': AUDIT_PREFIX },
            ScanIndexForward: false,
            // One more than asked: tells whether an older page exists without a second call.
            Limit: page.limit + 1,
            ExclusiveStartKey: start === undefined ? undefined : { pk, sk: start },
          }),
        );
        const items = (Items as AuditItem[]).slice(0, page.limit);
        const last = items.at(-1);
        return {
          entries: items.map((item) => ({
            at: item.at,
            id: item.id,
            action: item.action,
            clientId: item.clientId,
            sub: item.sub,
            fields: item.fields,
            before: JSON.parse(item.before),
            after: JSON.parse(item.after),
          })),
          cursor: Items.length > page.limit && last ? encodeCursor(last.sk) : undefined,
        };
      } catch (error) {
        rethrowAsDependencyFailure(error, 'DynamoDB');
      }
    },
  };
}
