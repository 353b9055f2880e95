/**
 * Fault injection: DynamoDB and Cognito throttling or failing. The SDK clients are mocked
 * here only to produce faults the real emulators cannot, and each test mocks the command the
 * route really sends (asserted: the mocked command was called) and checks the typed error
 * behind the family's answer in the log (a kv -4 is "throttled" or "unavailable", never a
 * TypeError from an unmocked command: the integration setup fails on unexpected failures).
 */
import {
  AdminInitiateAuthCommand,
  CognitoIdentityProviderClient,
  DescribeUserPoolClientCommand,
  TooManyRequestsException,
} from '@aws-sdk/client-cognito-identity-provider';
import {
  DynamoDBServiceException,
  ProvisionedThroughputExceededException,
} from '@aws-sdk/client-dynamodb';
import {
  BatchGetCommand,
  DynamoDBDocumentClient,
  GetCommand,
  UpdateCommand,
} from '@aws-sdk/lib-dynamodb';
import { type AwsClientStub, mockClient } from 'aws-sdk-client-mock';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { tableName } from '../../lambdas/config.js';
import { handler as login } from '../../lambdas/handlers/account-login.js';
import { handler as documentGet } from '../../lambdas/handlers/document-get.js';
import { handler as kvGet } from '../../lambdas/handlers/kv-get.js';
import { handler as kvSet } from '../../lambdas/handlers/kv-set.js';
import { invoke } from '../support/events.js';
import { expectUnexpectedFailure, logEntries, loggedCodes } from '../support/logs.js';
import { createUser } from '../support/users.js';

const throttling = () =>
  new ProvisionedThroughputExceededException({ message: 'slow down', $metadata: {} });
const serverError = () =>
  new DynamoDBServiceException({
    name: 'InternalServerError',
    $fault: 'server',
    message: 'boom',
    $metadata: {},
  });

let token: string;
beforeAll(async () => {
  token = await (await createUser()).signIn();
});

describe('DynamoDB faults on key/value routes give -4, for the reason logged', () => {
  let dynamo: AwsClientStub<DynamoDBDocumentClient>;
  beforeEach(() => {
    dynamo = mockClient(DynamoDBDocumentClient);
  });
  afterEach(() => dynamo.restore());

  it('throttling of the UpdateItem a set sends', async () => {
    // The revocation mark and the usage counter, read together: neither exists.
    dynamo.on(BatchGetCommand).resolves({ Responses: {} });
    dynamo.on(UpdateCommand).rejects(throttling());
    const result = await invoke(kvSet, {
      path: '/user-data/set',
      token,
      body: { request_id: 7, value_key: 'k', value_data: 'v' },
    });
    expect(result.status).toBe(200);
    expect(result.body).toEqual({ request_id: 7, result: -4 });
    expect(dynamo.commandCalls(UpdateCommand)).toHaveLength(1);
    expect(loggedCodes()).toEqual(['throttled']);
  });

  it('a 5xx on the BatchGetItem of a get (values and revocation mark in one request)', async () => {
    dynamo.on(BatchGetCommand).rejects(serverError());
    // The mark was not read: the pipeline settles the revocation check alone before answering.
    dynamo.on(GetCommand).resolves({});
    const result = await invoke(kvGet, {
      path: '/user-data/get',
      token,
      body: { value_keys: ['k'] },
    });
    expect(result.body).toEqual({ result: -4, values: [] });
    expect(dynamo.commandCalls(BatchGetCommand)).toHaveLength(1);
    expect(dynamo.commandCalls(GetCommand)).toHaveLength(1);
    expect(loggedCodes()).toEqual(['unavailable']);
  });

  it('keys left unprocessed after bounded retries', async () => {
    dynamo
      .on(BatchGetCommand)
      .resolves({ UnprocessedKeys: { KeyValueTable: { Keys: [{ pk: 'x', sk: 'k' }] } } });
    const result = await invoke(kvGet, {
      path: '/user-data/get',
      token,
      body: { value_keys: ['k'] },
    });
    expect(result.body).toEqual({ result: -4, values: [] });
    expect(dynamo.commandCalls(BatchGetCommand).length).toBe(5);
    expect(loggedCodes()).toEqual(['throttled']);
  });

  it('usage counters left unprocessed on a set are read again (the mark is not), then written', async () => {
    const keyValue = tableName('keyValue');
    dynamo
      .on(BatchGetCommand)
      .resolvesOnce({
        Responses: { [tableName('revocations')]: [] },
        UnprocessedKeys: { [keyValue]: { Keys: [{ pk: 'usage#p#u', sk: 'total' }] } },
      })
      .resolves({ Responses: { [keyValue]: [] } });
    dynamo.on(UpdateCommand).resolves({});
    const result = await invoke(kvSet, {
      path: '/user-data/set',
      token,
      body: { value_key: 'k', value_data: 'v' },
    });
    expect(result.body).toEqual({ result: 0, version: 1 });
    const reads = dynamo.commandCalls(BatchGetCommand);
    expect(reads).toHaveLength(2);
    expect(Object.keys(reads[1]?.args[0].input.RequestItems ?? {})).toEqual([keyValue]);
    // The write, then the namespace's and the user's counters.
    expect(dynamo.commandCalls(UpdateCommand)).toHaveLength(3);
  });

  it('a usage counter update failing after the write: the set still answers success, the failure is logged', async () => {
    dynamo.on(BatchGetCommand).resolves({ Responses: {} });
    // The value's UpdateItem (a new key: no old item), then the two counters' ADDs fail.
    dynamo.on(UpdateCommand).resolvesOnce({}).rejects(throttling());
    const result = await invoke(kvSet, {
      path: '/user-data/set',
      token,
      body: { value_key: 'counted', value_data: 'v' },
    });
    expect(result.body).toEqual({ result: 0, version: 1 });
    expect(dynamo.commandCalls(UpdateCommand)).toHaveLength(3);
    const warned = logEntries().filter((entry) => entry.level === 'warn');
    expect(warned.map((entry) => entry.message)).toEqual([
      'usage counter not updated; corrected at the next quota recount',
    ]);
    expect(warned[0]?.extra[0]).toMatchObject({
      reason: 'usage-counter-failed',
      delta: { keys: 1 },
    });
  });

  it('the revocation check of a set failing is -4, not a pass, and nothing is written', async () => {
    // The BatchGetItem of the mark and the usage counter, then the pipeline's own mark read.
    dynamo.on(BatchGetCommand).rejects(throttling());
    dynamo.on(GetCommand).rejects(throttling());
    const result = await invoke(kvSet, {
      path: '/user-data/set',
      token,
      body: { value_key: 'k', value_data: 'v' },
    });
    expect(result.body).toEqual({ result: -4 });
    expect(dynamo.commandCalls(BatchGetCommand)).toHaveLength(1);
    expect(dynamo.commandCalls(GetCommand)).toHaveLength(1);
    expect(dynamo.commandCalls(UpdateCommand)).toHaveLength(0);
    expect(loggedCodes()).toEqual(['throttled']);
  });
});

describe('DynamoDB faults on the document family', () => {
  let dynamo: AwsClientStub<DynamoDBDocumentClient>;
  beforeEach(() => {
    dynamo = mockClient(DynamoDBDocumentClient);
  });
  afterEach(() => dynamo.restore());

  it('throttling of the store read gives 429 throttled', async () => {
    dynamo.on(GetCommand).resolvesOnce({}).rejects(throttling());
    const result = await invoke(documentGet, { method: 'GET', path: '/custom-user-data', token });
    expect(result.status).toBe(429);
    expect(result.body).toMatchObject({ error: 'throttled' });
    expect(dynamo.commandCalls(GetCommand)).toHaveLength(2);
    expect(loggedCodes()).toEqual(['throttled']);
  });
});

describe('Cognito faults on account routes', () => {
  let cognito: AwsClientStub<CognitoIdentityProviderClient>;
  beforeEach(() => {
    cognito = mockClient(CognitoIdentityProviderClient);
    // The app client's secret is read (the sign-in proves it); the fault is in the sign-in.
    cognito
      .on(DescribeUserPoolClientCommand)
      .resolves({ UserPoolClient: { ClientSecret: 'fault-test-secret' } });
  });
  afterEach(() => cognito.restore());

  const signIn = () =>
    invoke(login, {
      method: 'PUT',
      path: '/user/login',
      body: { data: { email: 'a@example.com', password: 'x' } },
    });

  it('throttling gives 429 with result 0', async () => {
    cognito
      .on(AdminInitiateAuthCommand)
      .rejects(new TooManyRequestsException({ message: 'slow down', $metadata: {} }));
    const result = await signIn();
    expect(result.status).toBe(429);
    expect(result.body).toMatchObject({ result: 0, error: 'throttled' });
    expect(cognito.commandCalls(AdminInitiateAuthCommand)).toHaveLength(1);
    expect(loggedCodes()).toEqual(['throttled']);
  });

  it('an outage gives 503 with result 0', async () => {
    const outage = Object.assign(new Error('connect ECONNREFUSED'), { code: 'ECONNREFUSED' });
    cognito.on(AdminInitiateAuthCommand).rejects(outage);
    const result = await signIn();
    expect(result.status).toBe(503);
    expect(result.body).toMatchObject({ result: 0, error: 'unavailable' });
    expect(cognito.commandCalls(AdminInitiateAuthCommand)).toHaveLength(1);
    expect(loggedCodes()).toEqual(['unavailable']);
  });

  it('an unexpected failure is a generic 500 without details', async () => {
    expectUnexpectedFailure();
    cognito.on(AdminInitiateAuthCommand).rejects(new Error('secret internals at line 42'));
    const result = await signIn();
    expect(result.status).toBe(500);
    expect(result.body).toMatchObject({ result: 0, error: 'internal' });
    expect(JSON.stringify(result.body)).not.toContain('secret internals');
  });
});
