import { GetSecretValueCommand, SecretsManagerClient } from '@aws-sdk/client-secrets-manager';
import { sdkClientDefaults } from '../aws-errors.js';

let secret: Promise<string> | undefined;

/**
 * The server's signing secret, fetched once per container: from Secrets Manager in AWS
 * (SIGNING_SECRET_ARN), or from SIGNING_SECRET in local mode. It keys the device signatures
 * of /user/login and the key/value pagination cursors, each through its own derived key.
 */
export function signingSecret(): Promise<string> {
  secret ??= load().catch((error: unknown) => {
    secret = undefined; // let the next request try again
    throw error;
  });
  return secret;
}

async function load(): Promise<string> {
  if (process.env.SIGNING_SECRET) return process.env.SIGNING_SECRET;
  const arn = process.env.SIGNING_SECRET_ARN;
  if (!arn) throw new Error('Missing SIGNING_SECRET_ARN (or SIGNING_SECRET in local mode)');
  const output = await new SecretsManagerClient(sdkClientDefaults).send(
    new GetSecretValueCommand({ SecretId: arn }),
  );
  if (!output.SecretString) throw new Error('The signing secret is empty');
  return output.SecretString;
}
