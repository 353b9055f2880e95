import { GetSecretValueCommand, SecretsManagerClient } from '@aws-sdk/client-secrets-manager';
import { sdkClientDefaults } from '../aws-errors.js';

let secret: Promise<string> | undefined;

/**
 * The device-signing secret, fetched once per container: from Secrets Manager in AWS
 * (DEVICE_SECRET_ARN), or from DEVICE_SECRET in local mode.
 */
export function deviceSigningSecret(): Promise<string> {
  secret ??= load().catch((error: unknown) => {
    secret = undefined; // let the next request try again
    throw error;
  });
  return secret;
}

async function load(): Promise<string> {
  if (process.env.DEVICE_SECRET) return process.env.DEVICE_SECRET;
  const arn = process.env.DEVICE_SECRET_ARN;
  if (!arn) throw new Error('Missing DEVICE_SECRET_ARN (or DEVICE_SECRET in local mode)');
  const output = await new SecretsManagerClient(sdkClientDefaults).send(
    new GetSecretValueCommand({ SecretId: arn }),
  );
  if (!output.SecretString) throw new Error('The device-signing secret is empty');
  return output.SecretString;
}
