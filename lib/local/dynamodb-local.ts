/**
 * The official DynamoDB Local (shipped as a jar inside the amplify-dynamodb-simulator npm
 * package), run with the machine's Java. Chosen over dynalite, which lacks transactions.
 */
import { mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import {
  CreateTableCommand,
  DynamoDBClient,
  ListTablesCommand,
  ResourceInUseException,
} from '@aws-sdk/client-dynamodb';
import { type TableDefinition, tables } from '../tables.js';
import { freePort, spawnService, stopService, waitUntilReady } from './child-process.js';

export interface DynamoDbLocal {
  readonly endpoint: string;
  stop(): Promise<void>;
}

const emulatorDir = () =>
  join(
    dirname(createRequire(import.meta.url).resolve('amplify-dynamodb-simulator/package.json')),
    'emulator',
  );

export const localCredentials = { accessKeyId: 'local', secretAccessKey: 'local' };

export async function startDynamoDbLocal(options: {
  /** Folder to persist data in; undefined runs in memory. */
  dataDir?: string;
  log?: (line: string) => void;
}): Promise<DynamoDbLocal> {
  const port = await freePort();
  const dir = emulatorDir();
  const storage = options.dataDir ? ['-dbPath', options.dataDir] : ['-inMemory'];
  if (options.dataDir) mkdirSync(options.dataDir, { recursive: true });
  const child = spawnService(
    'java',
    [
      `-Djava.library.path=${join(dir, 'DynamoDBLocal_lib')}`,
      '-jar',
      join(dir, 'DynamoDBLocal.jar'),
      ...storage,
      '-sharedDb',
      '-disableTelemetry',
      '-port',
      String(port),
    ],
    { onLine: (line) => options.log?.(`[dynamodb] ${line}`) },
  );
  child.once('error', (error) =>
    options.log?.(`[dynamodb] failed to start java: ${error.message}`),
  );
  const endpoint = `http://127.0.0.1:${port}`;
  const client = new DynamoDBClient({
    endpoint,
    region: 'us-east-1',
    credentials: localCredentials,
  });
  await waitUntilReady(
    'DynamoDB Local (needs Java 17+)',
    () => client.send(new ListTablesCommand({})),
    child,
  );
  await createTables(client, Object.values(tables));
  client.destroy();
  return { endpoint, stop: () => stopService(child) };
}

/** Creates the tables the stack defines, under their construct ids; existing ones are kept. */
export async function createTables(
  client: DynamoDBClient,
  definitions: TableDefinition[],
): Promise<void> {
  for (const table of definitions) {
    const keys = [table.partitionKey, ...(table.sortKey ? [table.sortKey] : [])];
    try {
      await client.send(
        new CreateTableCommand({
          TableName: table.id,
          BillingMode: 'PAY_PER_REQUEST',
          AttributeDefinitions: keys.map((AttributeName) => ({
            AttributeName,
            AttributeType: 'S',
          })),
          KeySchema: keys.map((AttributeName, index) => ({
            AttributeName,
            KeyType: index === 0 ? 'HASH' : 'RANGE',
          })),
        }),
      );
    } catch (error) {
      if (!(error instanceof ResourceInUseException)) throw error;
    }
  }
}
