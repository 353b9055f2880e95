/**
 * The local app clients' secrets as the emulator keeps them: a data directory made before
 * app clients had secrets gets one for each at the next start, a secret is kept across
 * restarts, and the emulator demands it (cognito-local-preload.cjs).
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  CognitoIdentityProviderClient,
  DescribeUserPoolClientCommand,
  ForgotPasswordCommand,
} from '@aws-sdk/client-cognito-identity-provider';
import { afterAll, describe, expect, it } from 'vitest';
import { startCognitoEmulator } from '../../lib/local/cognito-emulator.js';

const scratch = mkdtempSync(join(tmpdir(), 'client-secrets-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const pool = {
  userPoolId: 'us-east-1_secrets',
  clients: [{ clientId: 'oldclient00000000000000000', name: 'web' }],
};
const [client] = pool.clients as [{ clientId: string; name: string }];

async function withEmulator<T>(
  dataDir: string,
  use: (cognito: CognitoIdentityProviderClient) => Promise<T>,
): Promise<T> {
  const emulator = await startCognitoEmulator({ dataDir, pools: [pool] });
  const cognito = new CognitoIdentityProviderClient({
    endpoint: emulator.endpoint,
    region: 'us-east-1',
    credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
  });
  try {
    return await use(cognito);
  } finally {
    cognito.destroy();
    await emulator.stop();
  }
}

const secretOf = async (cognito: CognitoIdentityProviderClient) =>
  (
    await cognito.send(
      new DescribeUserPoolClientCommand({
        UserPoolId: pool.userPoolId,
        ClientId: client.clientId,
      }),
    )
  ).UserPoolClient?.ClientSecret;

describe('local app client secrets', () => {
  it('a client stored without a secret gets one at the next start, kept after that', async () => {
    const dataDir = join(scratch, 'old');
    const db = join(dataDir, '.cognito', 'db');
    mkdirSync(db, { recursive: true });
    // clients.json as written before app clients had secrets.
    writeFileSync(
      join(db, 'clients.json'),
      JSON.stringify({
        Clients: {
          [client.clientId]: {
            ClientId: client.clientId,
            ClientName: client.name,
            UserPoolId: pool.userPoolId,
          },
        },
      }),
    );
    const first = await withEmulator(dataDir, async (cognito) => {
      const secret = await secretOf(cognito);
      expect(secret).toMatch(/^[0-9a-f]{64}$/);
      // And the emulator now demands it.
      await expect(
        cognito.send(new ForgotPasswordCommand({ ClientId: client.clientId, Username: 'a@b.c' })),
      ).rejects.toMatchObject({ name: 'NotAuthorizedException' });
      return secret;
    });
    expect(await withEmulator(dataDir, secretOf)).toBe(first);
  });
});
