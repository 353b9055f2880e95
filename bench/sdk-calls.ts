/**
 * Records every AWS SDK v3 command the handlers send in this process (any client: DynamoDB,
 * Cognito, Secrets Manager) and asks DynamoDB for the capacity each one consumed. Every
 * client's `send` is the shared smithy `Client.prototype.send`, so one wrapper sees them all,
 * whatever the handlers' wiring looks like.
 */
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';

export interface SdkCall {
  /** Client class, e.g. `DynamoDBDocumentClient`, `CognitoIdentityProviderClient`. */
  readonly client: string;
  /** Command class, e.g. `BatchGetCommand`, `InitiateAuthCommand`. */
  readonly command: string;
  /** The input as sent (DynamoDB's ReturnConsumedCapacity, added here, removed). */
  readonly input: Record<string, unknown>;
  readonly rcu: number;
  readonly wcu: number;
  readonly error?: string;
}

type Send = (
  this: object,
  command: { input?: Record<string, unknown> },
  ...rest: unknown[]
) => Promise<unknown>;
type Units = { ReadCapacityUnits?: number; WriteCapacityUnits?: number; CapacityUnits?: number };
const READS = /^(Get|BatchGet|Query|Scan|TransactGet)/;

let recording: SdkCall[] | undefined;

/** Installs the wrapper once; calls are kept only between `startRecording` and `stopRecording`. */
export function installSdkRecorder(): void {
  const prototype = Object.getPrototypeOf(DynamoDBClient.prototype) as { send: Send };
  const original = prototype.send;
  prototype.send = async function (this: object, command, ...rest) {
    const client = this.constructor.name;
    const name = command.constructor.name;
    const input = command.input ?? {};
    const snapshot = structuredClone(input);
    const dynamo = client.startsWith('DynamoDB');
    if (dynamo) input.ReturnConsumedCapacity = 'TOTAL';
    const record = (rcu: number, wcu: number, error?: string) =>
      recording?.push({ client, command: name, input: snapshot, rcu, wcu, error });
    try {
      const output = (await original.call(this, command, ...rest)) as {
        ConsumedCapacity?: Units | Units[];
      };
      let rcu = 0;
      let wcu = 0;
      const isRead = READS.test(name);
      for (const entry of [output?.ConsumedCapacity].flat()) {
        // DynamoDB Local reports only the total for most operations.
        const total = entry?.CapacityUnits ?? 0;
        rcu += entry?.ReadCapacityUnits ?? (isRead ? total : 0);
        wcu += entry?.WriteCapacityUnits ?? (isRead ? 0 : total);
      }
      record(rcu, wcu);
      return output;
    } catch (error) {
      record(0, 0, error instanceof Error ? error.name : String(error));
      throw error;
    }
  };
}

export function startRecording(): void {
  recording = [];
}

export function stopRecording(): SdkCall[] {
  const calls = recording ?? [];
  recording = undefined;
  return calls;
}
