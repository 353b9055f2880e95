/**
 * Fault injection: DynamoDB and Cognito throttling or failing. The SDK clients are mocked
 * here only to produce faults the real emulators cannot.
 */
import {
  CognitoIdentityProviderClient,
  InitiateAuthCommand,
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
  PutCommand,
} from '@aws-sdk/lib-dynamodb';
import { type AwsClientStub, mockClient } from 'aws-sdk-client-mock';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { handler as login } from '../../lambdas/handlers/account-login.js';
import { handler as kvGet } from '../../lambdas/handlers/kv-get.js';
import { handler as kvSet } from '../../lambdas/handlers/kv-set.js';
import { invoke } from '../support/events.js';
import { createUser } from '../support/users.js';

let token: string;
beforeAll(async () => {
  token = await (await createUser()).signIn();
});

describe('DynamoDB faults on key/value routes give -4', () => {
  let dynamo: AwsClientStub<DynamoDBDocumentClient>;
  beforeEach(() => {
    dynamo = mockClient(DynamoDBDocumentClient);
  });
  afterEach(() => dynamo.restore());

  it('throttling on set', async () => {
    dynamo.on(GetCommand).resolves({});
    dynamo
      .on(PutCommand)
      .rejects(new ProvisionedThroughputExceededException({ message: 'slow down', $metadata: {} }));
    const result = await invoke(kvSet, {
      path: '/user-data/set',
      token,
      body: { value_key: 'k', value_data: 'v' },
    });
    expect(result).toEqual({ status: 200, body: { result: -4 }, headers: expect.anything() });
  });

  it('a 5xx on get', async () => {
    dynamo.on(GetCommand).resolves({});
    dynamo.on(BatchGetCommand).rejects(
      new DynamoDBServiceException({
        name: 'InternalServerError',
        $fault: 'server',
        message: 'boom',
        $metadata: {},
      }),
    );
    const result = await invoke(kvGet, {
      path: '/user-data/get',
      token,
      body: { value_keys: ['k'] },
    });
    expect(result.body).toEqual({ result: -4, values: [] });
  });

  it('keys left unprocessed after bounded retries', async () => {
    dynamo.on(GetCommand).resolves({});
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
  });

  it('the revocation check failing is -4, not a pass', async () => {
    dynamo
      .on(GetCommand)
      .rejects(new ProvisionedThroughputExceededException({ message: 'slow down', $metadata: {} }));
    const result = await invoke(kvGet, {
      path: '/user-data/get',
      token,
      body: { value_keys: ['k'] },
    });
    expect(result.body).toEqual({ result: -4, values: [] });
  });
});

describe('Cognito faults on account routes', () => {
  let cognito: AwsClientStub<CognitoIdentityProviderClient>;
  beforeEach(() => {
    cognito = mockClient(CognitoIdentityProviderClient);
  });
  afterEach(() => cognito.restore());

  it('throttling gives 429 with result 0', async () => {
    cognito
      .on(InitiateAuthCommand)
      .rejects(new TooManyRequestsException({ message: 'slow down', $metadata: {} }));
    const result = await invoke(login, {
      method: 'PUT',
      path: '/user/login',
      body: { data: { email: 'a@example.com', password: 'x' } },
    });
    expect(result.status).toBe(429);
    expect(result.body).toMatchObject({ result: 0, error: 'throttled' });
  });

  it('an outage gives 503 with result 0', async () => {
    const outage = Object.assign(new Error('connect ECONNREFUSED'), { code: 'ECONNREFUSED' });
    cognito.on(InitiateAuthCommand).rejects(outage);
    const result = await invoke(login, {
      method: 'PUT',
      path: '/user/login',
      body: { data: { email: 'a@example.com', password: 'x' } },
    });
    expect(result.status).toBe(503);
    expect(result.body).toMatchObject({ result: 0, error: 'unavailable' });
  });

  it('an unexpected failure is a generic 500 without details', async () => {
    cognito.on(InitiateAuthCommand).rejects(new Error('secret internals at line 42'));
    const result = await invoke(login, {
      method: 'PUT',
      path: '/user/login',
      body: { data: { email: 'a@example.com', password: 'x' } },
    });
    expect(result.status).toBe(500);
    expect(JSON.stringify(result.body)).not.toContain('secret internals');
  });
});
