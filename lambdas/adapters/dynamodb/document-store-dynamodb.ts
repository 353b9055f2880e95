/**
 * DocumentStore on DynamoDB (documents table). The user's store: pk = `<projectId>#user#<sub>`,
 * sk = `store`, holding the JSON (as a string, so every key and null survives), its version and
 * the alias (after `alias_deleted`, a tombstone: the version alone). Alias markers: pk = `<projectId>#alias#<alias>`, sk = `owner`, keep aliases unique.
 */
import { GetCommand, TransactWriteCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { tableName } from '../../config.js';
import type { DocumentOwner, DocumentStore } from '../../domain/document/document-store.js';
import type { JsonObject } from '../../domain/document/merge-patch.js';
import { AppError } from '../../errors.js';
import {
  cancellationCodes,
  dependencyFailure,
  isConditionalCheckFailure,
  rethrowAsDependencyFailure,
} from '../aws-errors.js';
import { documentClient } from './document-client.js';

const storeKey = (owner: DocumentOwner) => ({
  pk: `${owner.projectId}#user#${owner.sub}`,
  sk: 'store',
});
const aliasKey = (projectId: string, alias: string) => ({
  pk: `${projectId}#alias#${alias}`,
  sk: 'owner',
});

export function dynamoDocumentStore(table = tableName('documents')): DocumentStore {
  const client = documentClient();
  return {
    async read(owner) {
      try {
        const { Item } = await client.send(
          new GetCommand({ TableName: table, Key: storeKey(owner), ConsistentRead: true }),
        );
        return {
          data: typeof Item?.data === 'string' ? (JSON.parse(Item.data) as JsonObject) : {},
          version: typeof Item?.version === 'number' ? Item.version : 0,
          alias: typeof Item?.alias === 'string' ? Item.alias : undefined,
        };
      } catch (error) {
        rethrowAsDependencyFailure(error, 'DynamoDB');
      }
    },

    async write(owner, data, expectedVersion) {
      try {
        await client.send(
          new UpdateCommand({
            TableName: table,
            Key: storeKey(owner),
            UpdateExpression: 'SET #data = :data, version = :next, updatedAt = :now',
            ConditionExpression:
              expectedVersion === 0 ? 'attribute_not_exists(version)' : 'version = :expected',
            ExpressionAttributeNames: { '#data': 'data' },
            ExpressionAttributeValues: {
              ':data': JSON.stringify(data),
              ':next': expectedVersion + 1,
              ':now': new Date().toISOString(),
              ...(expectedVersion === 0 ? {} : { ':expected': expectedVersion }),
            },
          }),
        );
        return true;
      } catch (error) {
        if (isConditionalCheckFailure(error)) return false;
        rethrowAsDependencyFailure(error, 'DynamoDB');
      }
    },

    async changeAlias(owner, previous, next) {
      const sameAlias =
        previous === undefined ? 'attribute_not_exists(alias)' : 'alias = :previous';
      const items = [
        ...(next === undefined
          ? []
          : [
              {
                Put: {
                  TableName: table,
                  Item: { ...aliasKey(owner.projectId, next), sub: owner.sub },
                  ConditionExpression: 'attribute_not_exists(pk)',
                },
              },
            ]),
        ...(previous === undefined
          ? []
          : [
              {
                Delete: {
                  TableName: table,
                  Key: aliasKey(owner.projectId, previous),
                  ConditionExpression: '#sub = :sub',
                  ExpressionAttributeNames: { '#sub': 'sub' },
                  ExpressionAttributeValues: { ':sub': owner.sub },
                },
              },
            ]),
        next === undefined
          ? // The store belongs to the alias: deleting the alias deletes the store's data. The
            // item stays as a tombstone holding the next version, so an ETag is never reused
            // (a stale If-Match from before the deletion cannot succeed afterwards).
            {
              Update: {
                TableName: table,
                Key: storeKey(owner),
                UpdateExpression:
                  'REMOVE #data, alias SET version = if_not_exists(version, :zero) + :one',
                ConditionExpression: sameAlias,
                ExpressionAttributeNames: { '#data': 'data' },
                ExpressionAttributeValues: { ':previous': previous, ':zero': 0, ':one': 1 },
              },
            }
          : {
              Update: {
                TableName: table,
                Key: storeKey(owner),
                UpdateExpression: 'SET alias = :next',
                ConditionExpression: sameAlias,
                ExpressionAttributeValues: {
                  ':next': next,
                  ...(previous === undefined ? {} : { ':previous': previous }),
                },
              },
            },
      ];
      try {
        await client.send(new TransactWriteCommand({ TransactItems: items }));
        return true;
      } catch (error) {
        const failure = dependencyFailure(error, 'DynamoDB');
        if (failure) throw failure;
        const codes = cancellationCodes(error);
        if (codes) {
          if (next !== undefined && codes[0] === 'ConditionalCheckFailed') return false;
          throw new AppError('conflict', 'The alias changed concurrently; try again', {
            cause: error,
          });
        }
        throw error;
      }
    },
  };
}
