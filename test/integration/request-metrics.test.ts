/**
 * The request pipeline's EMF metrics (lambdas/metrics.ts): one line per request with the
 * route and the family's outcome class, read from the handler's stdout as CloudWatch would.
 * The key/value family answers its errors with HTTP 200, so its class comes from the result,
 * not the status. Metrics are off in every other test file (test/support/backend-env.ts).
 */
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
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';

vi.hoisted(() => {
  // Before the handlers are imported: their Metrics instance reads these once.
  process.env.POWERTOOLS_METRICS_DISABLED = 'false';
  process.env.POWERTOOLS_METRICS_NAMESPACE = 'UserDataTest';
  process.env.POWERTOOLS_SERVICE_NAME = 'user-data-test';
  // As Lambda sets it for an on-demand instance: Powertools counts no cold start without it.
  process.env.AWS_LAMBDA_INITIALIZATION_TYPE = 'on-demand';
});

import { handler as login } from '../../lambdas/handlers/account-login.js';
import { handler as documentReplace } from '../../lambdas/handlers/document-replace.js';
import { handler as kvGet } from '../../lambdas/handlers/kv-get.js';
import { handler as kvGetLinked } from '../../lambdas/handlers/kv-get-linked.js';
import { handler as kvSet } from '../../lambdas/handlers/kv-set.js';
import { invoke } from '../support/events.js';
import { expectUnexpectedFailure } from '../support/logs.js';
import { createUser } from '../support/users.js';

interface EmfLine {
  _aws: {
    CloudWatchMetrics: Array<{
      Namespace: string;
      Dimensions: string[][];
      Metrics: Array<{ Name: string; Unit: string }>;
    }>;
  };
  [field: string]: unknown;
}

/** Every EMF line written so far in this file (kept off the test output). */
const lines: EmfLine[] = [];
const write = process.stdout.write.bind(process.stdout);
const stdout = vi.spyOn(process.stdout, 'write').mockImplementation((chunk, ...rest) => {
  const text = String(chunk);
  if (!text.includes('"_aws"')) return write(chunk, ...(rest as []));
  for (const line of text.split('\n').filter(Boolean)) lines.push(JSON.parse(line) as EmfLine);
  return true;
});
afterAll(() => stdout.mockRestore());

/** The lines one request wrote (the cold start aside). */
async function linesOf<T>(request: () => Promise<T>): Promise<{ answer: T; emf: EmfLine[] }> {
  const before = lines.length;
  const answer = await request();
  return {
    answer,
    emf: lines.slice(before).filter((line) => !('ColdStart' in line)),
  };
}

/** The two lines of a request: per route (dashboard), then per outcome (alarms). */
function expectRequestLines(emf: EmfLine[], route: string, outcome: string) {
  expect(emf).toHaveLength(2);
  const [perRoute, perOutcome] = emf;
  expect(perRoute?._aws.CloudWatchMetrics).toEqual([
    {
      Namespace: 'UserDataTest',
      Dimensions: [['service', 'route', 'outcome']],
      Metrics: [
        { Name: 'requests', Unit: 'Count' },
        { Name: 'latency', Unit: 'Milliseconds' },
      ],
    },
  ]);
  expect(perRoute).toMatchObject({ service: 'user-data-test', route, outcome, requests: 1 });
  expect(perRoute?.latency).toBeTypeOf('number');
  expect(perOutcome?._aws.CloudWatchMetrics).toEqual([
    {
      Namespace: 'UserDataTest',
      Dimensions: [['service', 'outcome']],
      Metrics: [{ Name: 'requests', Unit: 'Count' }],
    },
  ]);
  expect(perOutcome).toMatchObject({ service: 'user-data-test', outcome, requests: 1 });
  expect(perOutcome).not.toHaveProperty('route');
}

let token: string;
beforeAll(async () => {
  token = await (await createUser()).signIn();
});

describe('request metrics by the family’s result', () => {
  it('a key/value success is ok', async () => {
    const { answer, emf } = await linesOf(() =>
      invoke(kvSet, { path: '/user-data/set', token, body: { value_key: 'k', value_data: 'v' } }),
    );
    expect(answer).toMatchObject({ status: 200, body: { result: 0 } });
    expectRequestLines(emf, 'POST /user-data/set', 'ok');
  });

  it('a key/value refusal (HTTP 200, result -1) is a client error', async () => {
    const { answer, emf } = await linesOf(() =>
      invoke(kvGet, { path: '/user-data/get', body: { value_keys: ['k'] } }),
    );
    expect(answer).toMatchObject({ status: 200, body: { result: -1, values: [] } });
    expectRequestLines(emf, 'POST /user-data/get', 'client_error');
  });

  it('an account 4xx is a client error', async () => {
    const { answer, emf } = await linesOf(() =>
      invoke(login, { method: 'PUT', path: '/user/login', rawBody: '{"data":' }),
    );
    expect(answer).toMatchObject({ status: 400, body: { result: 0, error: 'invalid_request' } });
    expectRequestLines(emf, 'PUT /user/login', 'client_error');
  });

  it('a document size_exceeded (HTTP 200, the family’s own refusal) is a client error', async () => {
    const { answer, emf } = await linesOf(() =>
      invoke(documentReplace, {
        path: '/custom-user-data',
        token,
        body: { data: { blob: 'x'.repeat(64 * 1024) } },
      }),
    );
    expect(answer).toMatchObject({ status: 200, body: { status_code: 'size_exceeded' } });
    expectRequestLines(emf, 'POST /custom-user-data', 'client_error');
  });

  it('a by-idp array-form answer carrying a provider’s failure (-6 inside a 200) is a client error', async () => {
    const { answer, emf } = await linesOf(() =>
      invoke(kvGetLinked, {
        path: '/user-data/by-idp/get',
        token,
        body: { identity_providers: ['google'], value_keys: ['k'] },
      }),
    );
    // The caller has no identity at Google: the provider's own -6, and at the top.
    expect(answer).toMatchObject({
      status: 200,
      body: { result: -6, identity_providers: [{ identity_provider_name: 'google', result: -6 }] },
    });
    expectRequestLines(emf, 'POST /user-data/by-idp/get', 'client_error');
  });

  it('a cold start is counted once per instance, with the function name', () => {
    const coldStarts = lines.filter((line) => 'ColdStart' in line);
    expect(coldStarts).toHaveLength(1);
    expect(coldStarts[0]).toMatchObject({ ColdStart: 1, function_name: 'test' });
  });
});

describe('a key/value -4 (HTTP 200) is counted by its cause', () => {
  let dynamo: AwsClientStub<DynamoDBDocumentClient>;
  beforeEach(() => {
    dynamo = mockClient(DynamoDBDocumentClient);
  });
  afterEach(() => dynamo.restore());

  it('throttled', async () => {
    dynamo.on(BatchGetCommand).resolves({ Responses: {} });
    dynamo
      .on(UpdateCommand)
      .rejects(new ProvisionedThroughputExceededException({ message: 'slow', $metadata: {} }));
    const { answer, emf } = await linesOf(() =>
      invoke(kvSet, { path: '/user-data/set', token, body: { value_key: 'k', value_data: 'v' } }),
    );
    expect(answer).toMatchObject({ status: 200, body: { result: -4 } });
    expect(dynamo.commandCalls(UpdateCommand)).toHaveLength(1);
    expectRequestLines(emf, 'POST /user-data/set', 'throttled');
  });

  it('unavailable', async () => {
    dynamo.on(BatchGetCommand).rejects(
      new DynamoDBServiceException({
        name: 'InternalServerError',
        $fault: 'server',
        message: 'boom',
        $metadata: {},
      }),
    );
    // The mark was not read with the values: the pipeline reads it alone before answering.
    dynamo.on(GetCommand).resolves({});
    const { answer, emf } = await linesOf(() =>
      invoke(kvGet, { path: '/user-data/get', token, body: { value_keys: ['k'] } }),
    );
    expect(answer).toMatchObject({ status: 200, body: { result: -4, values: [] } });
    expect(dynamo.commandCalls(BatchGetCommand)).toHaveLength(1);
    expectRequestLines(emf, 'POST /user-data/get', 'unavailable');
  });

  it('a bug behind a -4 is a server error', async () => {
    expectUnexpectedFailure();
    dynamo.on(BatchGetCommand).resolves({ Responses: {} });
    dynamo.on(UpdateCommand).rejects(new TypeError('a bug in the store'));
    const { answer, emf } = await linesOf(() =>
      invoke(kvSet, { path: '/user-data/set', token, body: { value_key: 'k', value_data: 'v' } }),
    );
    expect(answer).toMatchObject({ status: 200, body: { result: -4 } });
    expect(dynamo.commandCalls(UpdateCommand)).toHaveLength(1);
    expectRequestLines(emf, 'POST /user-data/set', 'server_error');
  });
});
