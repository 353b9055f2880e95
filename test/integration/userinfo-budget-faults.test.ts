/**
 * The profile write budget (one read, one TransactWriteItems), observed on the real client,
 * and DynamoDB faults on profile routes (injected with aws-sdk-client-mock).
 */
import {
  ProvisionedThroughputExceededException,
  TransactionCanceledException,
} from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient, GetCommand, TransactWriteCommand } from '@aws-sdk/lib-dynamodb';
import { type AwsClientStub, mockClient } from 'aws-sdk-client-mock';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { documentClient } from '../../lambdas/adapters/dynamodb/document-client.js';
import { tableName } from '../../lambdas/config.js';
import { handler as deleteUserinfo } from '../../lambdas/handlers/userinfo-delete.js';
import { handler as getUserinfo } from '../../lambdas/handlers/userinfo-get.js';
import { handler as upsert } from '../../lambdas/handlers/userinfo-upsert.js';
import { invoke } from '../support/events.js';
import { expectUnexpectedFailure, loggedCodes } from '../support/logs.js';
import { createUser, uniqueEmail } from '../support/users.js';

const post = (token: string, body: unknown) =>
  invoke(upsert, { method: 'POST', path: '/userinfo', token, body });

let token: string;
beforeAll(async () => {
  token = await (await createUser()).signIn();
});

describe('write budget', () => {
  afterEach(() => vi.restoreAllMocks());

  /** Commands sent to the profiles table during `act` (the revocation check is elsewhere). */
  async function profileCalls(act: () => Promise<unknown>): Promise<string[]> {
    const send = vi.spyOn(documentClient(), 'send');
    await act();
    const table = tableName('profiles');
    return send.mock.calls
      .map(([command]) => command)
      .filter((command) => JSON.stringify(command.input).includes(table))
      .map((command) => command.constructor.name);
  }

  it('an upsert that changes email is one GetItem and one TransactWriteItems', async () => {
    await post(token, { email: uniqueEmail(), name: 'Before' });
    const calls = await profileCalls(() => post(token, { email: uniqueEmail(), name: 'After' }));
    expect(calls).toEqual(['GetCommand', 'TransactWriteCommand']);
  });

  it('a delete is one GetItem and one TransactWriteItems', async () => {
    const other = await (await createUser()).signIn();
    await post(other, { email: uniqueEmail() });
    const calls = await profileCalls(() =>
      invoke(deleteUserinfo, { method: 'DELETE', path: '/userinfo', token: other }),
    );
    expect(calls).toEqual(['GetCommand', 'TransactWriteCommand']);
  });
});

describe('DynamoDB faults on profile routes', () => {
  let dynamo: AwsClientStub<DynamoDBDocumentClient>;
  afterEach(() => dynamo.restore());

  it('throttling of the transaction gives 429 throttled', async () => {
    dynamo = mockClient(DynamoDBDocumentClient);
    dynamo.on(GetCommand).resolves({});
    dynamo.on(TransactWriteCommand).rejects(
      new TransactionCanceledException({
        message: 'cancelled',
        $metadata: {},
        CancellationReasons: [{ Code: 'ThrottlingError' }, { Code: 'None' }],
      }),
    );
    const result = await post(token, { name: 'x' });
    expect(result).toMatchObject({ status: 429, body: { error: 'throttled' } });
    expect(dynamo.commandCalls(TransactWriteCommand)).toHaveLength(1);
    expect(loggedCodes()).toEqual(['throttled']);
  });

  it('throttling of the read gives 429 throttled', async () => {
    dynamo = mockClient(DynamoDBDocumentClient);
    dynamo
      .on(GetCommand)
      .resolvesOnce({})
      .rejects(new ProvisionedThroughputExceededException({ message: 'slow', $metadata: {} }));
    const result = await invoke(getUserinfo, { method: 'GET', path: '/userinfo', token });
    expect(result).toMatchObject({ status: 429, body: { error: 'throttled' } });
    // The revocation mark, then the profile.
    expect(dynamo.commandCalls(GetCommand)).toHaveLength(2);
    expect(loggedCodes()).toEqual(['throttled']);
  });

  it('a concurrent modification that never settles ends in 409 after 4 attempts', async () => {
    dynamo = mockClient(DynamoDBDocumentClient);
    dynamo.on(GetCommand).resolves({});
    dynamo.on(TransactWriteCommand).rejects(
      new TransactionCanceledException({
        message: 'cancelled',
        $metadata: {},
        CancellationReasons: [{ Code: 'TransactionConflict' }, { Code: 'None' }],
      }),
    );
    const result = await post(token, { name: 'x' });
    expect(result).toMatchObject({ status: 409, body: { error: 'conflict' } });
    expect(dynamo.commandCalls(TransactWriteCommand)).toHaveLength(4);
    expect(loggedCodes()).toEqual(['conflict']);
  });

  it('an unexpected failure is a generic 500 without details', async () => {
    expectUnexpectedFailure();
    dynamo = mockClient(DynamoDBDocumentClient);
    dynamo.on(GetCommand).resolves({});
    dynamo.on(TransactWriteCommand).rejects(new Error('secret internals at line 42'));
    const result = await post(token, { name: 'x' });
    expect(result.status).toBe(500);
    expect(result.body).toEqual({ error: 'internal', error_description: 'Internal error' });
  });
});
