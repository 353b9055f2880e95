/**
 * Records every AWS API call the handlers send, on the wire: a small HTTP proxy per service
 * sits between the SDK clients (pointed at it through `AWS_ENDPOINT_URL_<SERVICE>`) and the
 * emulator, and notes each request's action (`X-Amz-Target`) and the resources its body
 * names. Nothing in the SDK is patched, and what is recorded is what IAM would authorise.
 */
import { createServer, request, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/** One authorisation IAM would make: `dynamodb:PutItem` on a table, `cognito-idp:…` on a pool. */
export interface RecordedCall {
  readonly service: 'dynamodb' | 'cognito-idp' | 'secretsmanager';
  /** The IAM action, without the service prefix. */
  readonly action: string;
  /** The table name, user pool id or secret id the call acts on. */
  readonly resource?: string;
}

type Body = Record<string, unknown>;

/** The per-item actions IAM checks inside a transaction (there is no TransactWriteItems action). */
const TRANSACT_PARTS: Record<string, string> = {
  Put: 'PutItem',
  Update: 'UpdateItem',
  Delete: 'DeleteItem',
  ConditionCheck: 'ConditionCheckItem',
  Get: 'GetItem',
};

/** DynamoDB request → the (action, table) pairs IAM evaluates for it. */
function dynamoCalls(action: string, body: Body): RecordedCall[] {
  const call = (name: string, resource: unknown): RecordedCall => ({
    service: 'dynamodb',
    action: name,
    resource: String(resource),
  });
  if (action === 'BatchGetItem' || action === 'BatchWriteItem') {
    return Object.keys((body.RequestItems ?? {}) as Body).map((table) => call(action, table));
  }
  if (action === 'TransactWriteItems' || action === 'TransactGetItems') {
    return ((body.TransactItems ?? []) as Body[]).flatMap((item) =>
      Object.entries(item).map(([part, detail]) =>
        call(TRANSACT_PARTS[part] ?? `${action}.${part}`, (detail as Body).TableName),
      ),
    );
  }
  return [call(action, body.TableName)];
}

function callsOf(service: RecordedCall['service'], target: string, body: Body): RecordedCall[] {
  const action = target.slice(target.lastIndexOf('.') + 1);
  if (service === 'dynamodb') return dynamoCalls(action, body);
  if (service === 'cognito-idp') {
    return [{ service, action, resource: body.UserPoolId as string | undefined }];
  }
  return [{ service, action, resource: body.SecretId as string | undefined }];
}

export interface AwsRecorder {
  /** `AWS_ENDPOINT_URL_*` variables that route the SDK clients through the recorder. */
  readonly endpoints: Record<string, string>;
  /** Calls recorded since the last `take()`, and forgets them. */
  take(): RecordedCall[];
  close(): Promise<void>;
}

/**
 * Starts one recording proxy per service. `upstreams` maps a service to the emulator that
 * answers it; a service without one (Secrets Manager, locally) answers every call with an
 * error, so a handler that reaches it fails and the call is still recorded.
 */
export async function startAwsRecorder(upstreams: {
  dynamodb: string;
  'cognito-idp': string;
}): Promise<AwsRecorder> {
  let recorded: RecordedCall[] = [];
  const servers: Server[] = [];

  async function proxy(service: RecordedCall['service'], upstream?: string): Promise<string> {
    const server = createServer((incoming, outgoing) => {
      const chunks: Buffer[] = [];
      incoming.on('data', (chunk: Buffer) => chunks.push(chunk));
      incoming.on('end', () => {
        const body = Buffer.concat(chunks);
        const target = String(incoming.headers['x-amz-target'] ?? '');
        let parsed: Body = {};
        try {
          parsed = JSON.parse(body.toString('utf8') || '{}') as Body;
        } catch {
          // Not JSON: recorded with no resource.
        }
        recorded.push(...callsOf(service, target, parsed));
        if (!upstream) {
          outgoing.writeHead(400, { 'content-type': 'application/x-amz-json-1.1' });
          outgoing.end(
            JSON.stringify({
              __type: 'ResourceNotFoundException',
              message: `no ${service} emulator in local mode`,
            }),
          );
          return;
        }
        const url = new URL(upstream);
        const forward = request(
          {
            hostname: url.hostname,
            port: url.port,
            path: incoming.url,
            method: incoming.method,
            headers: incoming.headers,
          },
          (answer) => {
            outgoing.writeHead(answer.statusCode ?? 502, answer.headers);
            answer.pipe(outgoing);
          },
        );
        forward.on('error', (error) => {
          outgoing.writeHead(502);
          outgoing.end(String(error));
        });
        forward.end(body);
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    servers.push(server);
    return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  }

  const endpoints = {
    AWS_ENDPOINT_URL_DYNAMODB: await proxy('dynamodb', upstreams.dynamodb),
    AWS_ENDPOINT_URL_COGNITO_IDENTITY_PROVIDER: await proxy(
      'cognito-idp',
      upstreams['cognito-idp'],
    ),
    AWS_ENDPOINT_URL_SECRETS_MANAGER: await proxy('secretsmanager'),
  };
  return {
    endpoints,
    take() {
      const calls = recorded;
      recorded = [];
      return calls;
    },
    async close() {
      await Promise.all(
        servers.map(
          (server) =>
            new Promise<void>((resolve) => {
              server.closeAllConnections();
              server.close(() => resolve());
            }),
        ),
      );
    },
  };
}
