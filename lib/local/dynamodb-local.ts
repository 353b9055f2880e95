/**
 * The official DynamoDB Local (shipped as a jar inside the amplify-dynamodb-simulator npm
 * package), run with the machine's Java. Chosen over dynalite, which lacks transactions.
 * It listens on 127.0.0.1 only (through dynamodb-local-loopback.java: the jar has no host
 * option) and is supervised: restarted on the same port and data if it dies.
 */
import { mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  CreateTableCommand,
  DynamoDBClient,
  ListTablesCommand,
  ResourceInUseException,
} from '@aws-sdk/client-dynamodb';
import { type TableDefinition, tables } from '../tables.js';
import { freePort, spawnService, stopService, supervise, waitUntilReady } from './child-process.js';

export interface DynamoDbLocal {
  readonly endpoint: string;
  /** The running process (it changes when a restart replaces it). */
  readonly pid: number | undefined;
  stop(): Promise<void>;
}

const emulatorDir = () =>
  join(
    dirname(createRequire(import.meta.url).resolve('amplify-dynamodb-simulator/package.json')),
    'emulator',
  );

export const localCredentials = { accessKeyId: 'local', secretAccessKey: 'local' };

const loopbackLauncher = join(
  dirname(fileURLToPath(import.meta.url)),
  'dynamodb-local-loopback.java',
);

export async function startDynamoDbLocal(options: {
  /** Folder to persist data in; undefined runs in memory. */
  dataDir?: string;
  log?: (line: string) => void;
  /** Told when the emulator died and could not be restarted. */
  onGiveUp?: (error: Error) => void;
}): Promise<DynamoDbLocal> {
  const { log } = options;
  const port = await freePort();
  const dir = emulatorDir();
  const storage = options.dataDir ? ['-dbPath', options.dataDir] : ['-inMemory'];
  if (options.dataDir) mkdirSync(options.dataDir, { recursive: true });
  const jar = join(dir, 'DynamoDBLocal.jar');
  // Escape hatch for a Java without the jdk.compiler module (source-file mode): the plain jar.
  const allInterfaces = process.env.LOCAL_DYNAMODB_ALL_INTERFACES === '1';
  const main = allInterfaces ? ['-jar', jar] : ['-cp', jar, loopbackLauncher];
  if (allInterfaces) log?.('[dynamodb] WARNING: listening on every interface, without auth');
  const endpoint = `http://127.0.0.1:${port}`;
  const client = new DynamoDBClient({
    endpoint,
    region: 'us-east-1',
    credentials: localCredentials,
  });
  let launches = 0;
  const launch = async () => {
    const child = spawnService(
      'java',
      [
        `-Djava.library.path=${join(dir, 'DynamoDBLocal_lib')}`,
        ...main,
        ...storage,
        '-sharedDb',
        '-disableTelemetry',
        '-port',
        String(port),
      ],
      { onLine: (line) => log?.(`[dynamodb] ${line}`) },
    );
    child.once('error', (error) => log?.(`[dynamodb] failed to start java: ${error.message}`));
    try {
      await waitUntilReady(
        'DynamoDB Local (needs Java 17+)',
        () => client.send(new ListTablesCommand({})),
        child,
      );
      if (launches++ > 0 && !options.dataDir) {
        log?.('[dynamodb] in-memory run: the restarted DynamoDB Local starts empty');
      }
      await createTables(client, Object.values(tables));
    } catch (error) {
      await stopService(child);
      throw error;
    }
    return child;
  };
  const service = await supervise({
    name: 'DynamoDB Local',
    launch,
    endpoint,
    log,
    onGiveUp: (error) => {
      client.destroy();
      (options.onGiveUp ?? ((e: Error) => log?.(`[dynamodb] ${e.message}`)))(error);
    },
  });
  return {
    endpoint,
    get pid() {
      return service.child.pid;
    },
    async stop() {
      await service.stop();
      client.destroy();
    },
  };
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
