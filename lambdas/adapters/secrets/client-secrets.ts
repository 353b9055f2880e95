import { clientSecretName } from '../../config.js';
import { secretValue } from './secret-value.js';

let localSecrets: Record<string, string> | undefined;

/**
 * The backend secret of an app client, which keys the `authvalue` of the vendor's
 * `BindIdBackend` header: one Secrets Manager secret per app client in AWS, named
 * BACKEND_SECRET_PREFIX + client id; CLIENT_SECRETS = {clientId: secret} locally.
 */
export async function clientBackendSecret(clientId: string): Promise<string | undefined> {
  localSecrets ??= JSON.parse(process.env.CLIENT_SECRETS || '{}') as Record<string, string>;
  const local = localSecrets[clientId];
  if (local) return local;
  const name = clientSecretName(clientId);
  return name ? secretValue(name) : undefined;
}
