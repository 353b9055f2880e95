/**
 * The naive floor of a handler: the bundle a handler with no auth, no validation and no
 * logging would be. It creates the same SDK client(s) the handler used and makes the
 * handler's one essential call, with the input the handler really sent (taken from the
 * event body, as a naive handler would), and nothing else.
 */
import type { SdkCall } from './sdk-calls.js';

interface ClientModule {
  /** Import lines for the client and the command. */
  readonly imports: (command: string) => string;
  readonly create: string;
}

const CLIENTS: Record<string, ClientModule> = {
  DynamoDBDocumentClient: {
    imports: (command) =>
      `import { DynamoDBClient } from '@aws-sdk/client-dynamodb';\nimport { DynamoDBDocumentClient${command ? `, ${command}` : ''} } from '@aws-sdk/lib-dynamodb';`,
    create: 'DynamoDBDocumentClient.from(new DynamoDBClient({}))',
  },
  DynamoDBClient: {
    imports: (command) =>
      `import { DynamoDBClient${command ? `, ${command}` : ''} } from '@aws-sdk/client-dynamodb';`,
    create: 'new DynamoDBClient({})',
  },
  CognitoIdentityProviderClient: {
    imports: (command) =>
      `import { CognitoIdentityProviderClient${command ? `, ${command}` : ''} } from '@aws-sdk/client-cognito-identity-provider';`,
    create: 'new CognitoIdentityProviderClient({})',
  },
  SecretsManagerClient: {
    imports: (command) =>
      `import { SecretsManagerClient${command ? `, ${command}` : ''} } from '@aws-sdk/client-secrets-manager';`,
    create: 'new SecretsManagerClient({})',
  },
};

export interface NaiveFloor {
  readonly clients: string[];
  /** The one call, e.g. `DynamoDBDocumentClient.UpdateCommand`; none when the handler made none. */
  readonly call?: SdkCall;
  readonly source: string;
}

/**
 * The essential call: for an account route its Cognito call (sign-in, sign-up, ...), for any
 * other route its last call (the data operation, after the revocation mark and namespace reads).
 */
export function essentialCall(calls: readonly SdkCall[], account: boolean): SdkCall | undefined {
  return (
    (account ? calls.find((call) => call.client.startsWith('Cognito')) : undefined) ?? calls.at(-1)
  );
}

const EXPRESSIONS = [
  'UpdateExpression',
  'KeyConditionExpression',
  'FilterExpression',
  'ProjectionExpression',
] as const;

/**
 * A DynamoDB input without its conditions, as a naive handler would write (and so that the
 * replayed write succeeds): ConditionExpression removed, ConditionCheck items of a
 * transaction dropped, placeholders only the condition used removed.
 */
export function withoutConditions(input: Record<string, unknown>): Record<string, unknown> {
  const strip = (operation: Record<string, unknown>) => {
    const { ConditionExpression: _condition, ...rest } = operation;
    const used = EXPRESSIONS.map((name) => String(rest[name] ?? '')).join(' ');
    for (const [field, prefix] of [
      ['ExpressionAttributeNames', '#'],
      ['ExpressionAttributeValues', ':'],
    ] as const) {
      const placeholders = rest[field] as Record<string, unknown> | undefined;
      if (!placeholders) continue;
      const kept = Object.fromEntries(
        Object.entries(placeholders).filter(([key]) =>
          new RegExp(`${key.replace(prefix, `\\${prefix}`)}\\b`).test(used),
        ),
      );
      if (Object.keys(kept).length) rest[field] = kept;
      else delete rest[field];
    }
    return rest;
  };
  if (Array.isArray(input.TransactItems)) {
    return {
      ...input,
      TransactItems: (input.TransactItems as Record<string, Record<string, unknown>>[])
        .filter((item) => !item.ConditionCheck)
        .map((item) =>
          Object.fromEntries(Object.entries(item).map(([kind, op]) => [kind, strip(op)])),
        ),
    };
  }
  return strip(input);
}

export function naiveFloor(calls: readonly SdkCall[], account: boolean): NaiveFloor {
  const recorded = essentialCall(calls, account);
  const call =
    recorded?.client.startsWith('DynamoDB') === true
      ? { ...recorded, input: withoutConditions(recorded.input) }
      : recorded;
  const clients = [...new Set(calls.map((c) => c.client))].filter((name) => name in CLIENTS);
  const lines: string[] = [];
  clients.forEach((name, index) => {
    const module = CLIENTS[name] as ClientModule;
    lines.push(module.imports(call?.client === name ? call.command : ''));
    lines.push(`const client${index} = ${module.create};`);
  });
  const sender = call ? `client${clients.indexOf(call.client)}` : undefined;
  lines.push(
    'export const handler = async (event) => {',
    sender
      ? `  await ${sender}.send(new ${call?.command}(JSON.parse(event.body)));`
      : '  JSON.parse(event.body ?? "{}");',
    "  return { statusCode: 200, body: '{}' };",
    '};',
  );
  return { clients, call, source: `${lines.join('\n')}\n` };
}
