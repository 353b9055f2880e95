import { secretValue } from './secret-value.js';

const parseMap = (name: string): Record<string, string> => {
  const raw = process.env[name];
  return raw ? (JSON.parse(raw) as Record<string, string>) : {};
};

/**
 * The backend secret of an app client, which keys the `authvalue` of the vendor's
 * `BindIdBackend` header: one Secrets Manager secret per app client in AWS
 * (CLIENT_SECRET_ARNS = {clientId: arn}), CLIENT_SECRETS = {clientId: secret} locally.
 */
export async function clientBackendSecret(clientId: string): Promise<string | undefined> {
  const local = parseMap('CLIENT_SECRETS')[clientId];
  if (local) return local;
  const arn = parseMap('CLIENT_SECRET_ARNS')[clientId];
  return arn ? secretValue(arn) : undefined;
}
