/**
 * The login history every store keeps (accounts, linked profiles, device users) is trimmed by
 * one conditional REMOVE: the oldest entries go, and a trim based on a stale length removes
 * nothing (two concurrent sign-ins never both trim).
 */
import { randomUUID } from 'node:crypto';
import { GetCommand, PutCommand } from '@aws-sdk/lib-dynamodb';
import { describe, expect, it } from 'vitest';
import {
  documentClient,
  trimLoginHistory,
} from '../../lambdas/adapters/dynamodb/document-client.js';
import { tableName } from '../../lambdas/config.js';

describe('trimLoginHistory on DynamoDB', () => {
  it('keeps the newest entries, and a trim from a stale length changes nothing', async () => {
    const table = tableName('accounts');
    const key = { pk: `trim-test#${randomUUID()}`, sk: 'profile' };
    const history = () =>
      documentClient()
        .send(new GetCommand({ TableName: table, Key: key, ConsistentRead: true }))
        .then(({ Item }) => Item?.loginHistory);
    await documentClient().send(
      new PutCommand({ TableName: table, Item: { ...key, loginHistory: [1, 2, 3, 4, 5] } }),
    );
    await trimLoginHistory(table, key, 5, 3);
    expect(await history()).toEqual([3, 4, 5]);
    // A concurrent sign-in read 5 entries too: its trim must not remove again.
    await trimLoginHistory(table, key, 5, 3);
    expect(await history()).toEqual([3, 4, 5]);
    // Within the limit: nothing to do.
    await trimLoginHistory(table, key, 3, 3);
    expect(await history()).toEqual([3, 4, 5]);
  });
});
