/**
 * ProfileStore on DynamoDB (profiles table). Items, see docs/data-model.md:
 * - profile:  pk = `<projectId>#<sub>`, sk = `profile`, `version`, `record` (JSON text)
 * - audit:    pk = `<projectId>#<sub>`, sk = `audit#<µs timestamp>#<id>`
 * - marker:   pk = `<projectId>#email#<normalised>` or `<projectId>#wallet#<normalised>`,
 *             sk = `unique`, `sub` of the holder
 * A write is one TransactWriteItems: the profile (version condition), the markers claimed
 * (free or already ours) and released (still ours), and the audit entry; for a takeover also
 * the markers moved (still the other holder's), the other record (version condition) and its
 * audit entry.
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
  clientId: string | null;
  sub: string | null;
  reason?: AuditEntry['reason'];
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

const auditItem = (pk: string, entry: AuditEntry): AuditItem => ({
  pk,
  sk: `${AUDIT_PREFIX}${entry.at}#${entry.id}`,
  at: entry.at,
  id: entry.id,
  action: entry.action,
  clientId: entry.clientId,
  sub: entry.sub,
  ...(entry.reason === undefined ? {} : { reason: entry.reason }),
  fields: [...entry.fields],
  before: JSON.stringify(entry.before),
  after: JSON.stringify(entry.after),
});

const versionCondition = (expected: number | undefined) =>
  expected === undefined
    ? { ConditionExpression: 'attribute_not_exists(pk)' }
    : {
        ConditionExpression: '#version = :expected',
        ExpressionAttributeNames: { '#version': 'version' },
        ExpressionAttributeValues: { ':expected': expected },
      };

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
              ...versionCondition(change.expectedVersion),
            },
          }
        : {
            Delete: {
              TableName: table,
              Key: { pk, sk: PROFILE_SK },
              ...versionCondition(change.expectedVersion),
            },
          };
      const markerFor = (claim: UniqueClaim, condition: string, holder: string): TransactItem => ({
        Put: {
          TableName: table,
          Item: {
            pk: markerPartition(projectId, claim),
            sk: MARKER_SK,
            sub,
            field: claim.field,
            claimedAt: change.audit.at,
          },
          ConditionExpression: condition,
          ExpressionAttributeNames: { '#sub': 'sub' },
          ExpressionAttributeValues: { ':sub': holder },
        },
      });
      const claims = change.claim.map((claim) =>
        markerFor(claim, 'attribute_not_exists(pk) OR #sub = :sub', sub),
      );
      const releases: TransactItem[] = change.release.map((claim) => ({
        Delete: {
          TableName: table,
          Key: { pk: markerPartition(projectId, claim), sk: MARKER_SK },
          ConditionExpression: '#sub = :sub',
          ExpressionAttributeNames: { '#sub': 'sub' },
          ExpressionAttributeValues: { ':sub': sub },
        },
      }));
      const putAudit = (item: AuditItem): TransactItem => ({
        Put: { TableName: table, Item: item, ConditionExpression: 'attribute_not_exists(pk)' },
      });
      // Takeovers: each marker moves only while the displaced record still holds it, and the
      // displaced record is written only at the version read.
      const takeOvers: TransactItem[] = (change.takeOver ?? []).flatMap((displacement) => {
        const from = profilePartition(displacement.from);
        return [
          ...displacement.claims.map((claim) =>
            markerFor(claim, '#sub = :sub', displacement.from.sub),
          ),
          {
            Put: {
              TableName: table,
              Item: {
                pk: from,
                sk: PROFILE_SK,
                version: displacement.next.version,
                record: JSON.stringify(displacement.next.record),
              },
              ...versionCondition(displacement.expectedVersion),
            },
          },
          putAudit(auditItem(from, displacement.audit)),
        ];
      });

      try {
        await client.send(
          new TransactWriteCommand({
            TransactItems: [
              profileItem,
              ...claims,
              ...releases,
              putAudit(auditItem(pk, change.audit)),
              ...takeOvers,
            ],
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
        // The record, a taken-over marker or a displaced record changed since it was read.
        const firstTakeOver = 2 + claims.length + releases.length;
        if (
          failed(0) ||
          codes.slice(firstTakeOver).includes('ConditionalCheckFailed') ||
          codes.includes('TransactionConflict')
        ) {
          throw new ConcurrentModification();
        }
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
            ...(item.reason === undefined ? {} : { reason: item.reason }),
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
