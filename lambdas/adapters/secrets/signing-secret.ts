import { secretValue } from './secret-value.js';

/**
 * The server's signing secret: from Secrets Manager in AWS (SIGNING_SECRET_ARN), or from
 * SIGNING_SECRET in local mode. It keys the device signatures of /user/login and the
 * key/value pagination cursors, each through its own derived key.
 */
export async function signingSecret(): Promise<string> {
  if (process.env.SIGNING_SECRET) return process.env.SIGNING_SECRET;
  const arn = process.env.SIGNING_SECRET_ARN;
  if (!arn) throw new Error('Missing SIGNING_SECRET_ARN (or SIGNING_SECRET in local mode)');
  return secretValue(arn);
}
