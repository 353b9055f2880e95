import { GetSecretValueCommand, SecretsManagerClient } from '@aws-sdk/client-secrets-manager';
import { sdkClientDefaults } from '../aws-errors.js';

let client: SecretsManagerClient | undefined;
const values = new Map<string, Promise<string>>();

/** A Secrets Manager secret's string, fetched once per container (retried after a failure). */
export function secretValue(arn: string): Promise<string> {
  let value = values.get(arn);
  if (!value) {
    client ??= new SecretsManagerClient(sdkClientDefaults);
    value = client.send(new GetSecretValueCommand({ SecretId: arn })).then((output) => {
      if (!output.SecretString) throw new Error(`The secret ${arn} is empty`);
      return output.SecretString;
    });
    value.catch(() => values.delete(arn));
    values.set(arn, value);
  }
  return value;
}
