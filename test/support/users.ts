/**
 * Real users in the Cognito emulator, made through the real SDK client: each test gets its
 * own, so tests never share data.
 */
import { createHmac, randomUUID } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import {
  AdminConfirmSignUpCommand,
  CognitoIdentityProviderClient,
  DescribeUserPoolClientCommand,
  InitiateAuthCommand,
  SignUpCommand,
} from '@aws-sdk/client-cognito-identity-provider';
import { inject } from 'vitest';
import { DEFAULT_PROJECT_ID } from '../../lib/config.js';
import { LOCAL_USER_POOL_ID, localClientId } from '../../lib/local/local-backend.js';

export const PASSWORD = 'bID>idfsf23!';

let client: CognitoIdentityProviderClient | undefined;
export const cognitoClient = () => {
  client ??= new CognitoIdentityProviderClient({});
  return client;
};

const secrets = new Map<string, Promise<string>>();
/**
 * SECRET_HASH of `username` at an app client, for tests that call the emulator directly as
 * an administrator would: the client's secret is read from the emulator like the backend does.
 */
export async function secretHashOf(clientId: string, username: string): Promise<string> {
  let secret = secrets.get(clientId);
  if (!secret) {
    secret = cognitoClient()
      .send(
        new DescribeUserPoolClientCommand({ UserPoolId: LOCAL_USER_POOL_ID, ClientId: clientId }),
      )
      .then((output) => output.UserPoolClient?.ClientSecret ?? '');
    secrets.set(clientId, secret);
  }
  return createHmac('sha256', await secret)
    .update(username + clientId)
    .digest('base64');
}

/** Password sign-in straight at the emulator, with the client's secret (test set-up only). */
export async function signInAtEmulator(clientId: string, username: string, password: string) {
  const output = await cognitoClient().send(
    new InitiateAuthCommand({
      ClientId: clientId,
      AuthFlow: 'USER_PASSWORD_AUTH',
      AuthParameters: {
        USERNAME: username,
        PASSWORD: password,
        SECRET_HASH: await secretHashOf(clientId, username),
      },
    }),
  );
  return output.AuthenticationResult ?? {};
}

export const uniqueEmail = (label = 'user') => `${label}-${randomUUID().slice(0, 8)}@example.com`;

export interface TestUser {
  email: string;
  userId: string;
  /** Signs in through an app client (default: the default project's `web`). */
  signIn(options?: { projectId?: string; clientName?: string }): Promise<string>;
}

export async function createUser(label?: string): Promise<TestUser> {
  const email = uniqueEmail(label);
  const clientId = localClientId(DEFAULT_PROJECT_ID, 'web');
  const signUp = await cognitoClient().send(
    new SignUpCommand({
      ClientId: clientId,
      SecretHash: await secretHashOf(clientId, email),
      Username: email,
      Password: PASSWORD,
      UserAttributes: [{ Name: 'email', Value: email }],
    }),
  );
  await cognitoClient().send(
    new AdminConfirmSignUpCommand({ UserPoolId: LOCAL_USER_POOL_ID, Username: email }),
  );
  return {
    email,
    userId: signUp.UserSub ?? '',
    async signIn({ projectId = DEFAULT_PROJECT_ID, clientName = 'web' } = {}) {
      const tokens = await signInAtEmulator(localClientId(projectId, clientName), email, PASSWORD);
      return tokens.AccessToken ?? '';
    },
  };
}

/** Every code the emulator "e-mailed" to `email`, oldest first (it prints them; the harness keeps them). */
export function codesSentTo(email: string): string[] {
  const file = inject('codesFile');
  if (!existsSync(file)) return [];
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => line.endsWith('}'))
    .map((line) => JSON.parse(line) as { destination: string; code: string })
    .filter((entry) => entry.destination === email)
    .map((entry) => entry.code);
}

/** Waits for a code sent to `email` after the first `alreadySent` ones (sign-up sends one too). */
export async function nextCodeSentTo(
  email: string,
  alreadySent: number,
  timeoutMs = 10_000,
): Promise<string> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const code = codesSentTo(email)[alreadySent];
    if (code) return code;
    if (Date.now() > deadline) throw new Error(`no new code was sent to ${email}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
