/** Files local mode keeps beside its data: written whole or not at all, read with a way out. */
import { createHash, generateKeyPairSync } from 'node:crypto';
import {
  closeSync,
  existsSync,
  fdatasyncSync,
  openSync,
  readFileSync,
  renameSync,
  writeSync,
} from 'node:fs';
import { join } from 'node:path';

/** Writes to a temp file, syncs it, then renames it over `path`: a crash leaves old or new, never half. */
export function writeFileAtomic(path: string, text: string, mode = 0o600): void {
  const temp = `${path}.tmp-${process.pid}`;
  const fd = openSync(temp, 'w', mode);
  try {
    writeSync(fd, text);
    fdatasyncSync(fd);
  } finally {
    closeSync(fd);
  }
  renameSync(temp, path);
}

export function writeJsonAtomic(path: string, value: unknown, mode?: number): void {
  writeFileAtomic(path, `${JSON.stringify(value, null, 2)}\n`, mode);
}

/** Parses a JSON file local mode wrote, or fails with a message naming the file and the fix. */
export function readJsonFile<T>(path: string, recovery: string): T {
  const text = readFileSync(path, 'utf8');
  try {
    if (text.trim() === '') throw new Error('the file is empty');
    return JSON.parse(text) as T;
  } catch (error) {
    throw new Error(`${path} is unreadable (${(error as Error).message}). ${recovery}`);
  }
}

export interface SigningKey {
  readonly kid: string;
  readonly privatePem: string;
  readonly publicPem: string;
  readonly publicJwk: Record<string, string>;
}

/**
 * The RSA key pair the Cognito emulator signs tokens with, created once per data directory
 * (never the key published inside the emulator's package). Returns the key file's path.
 */
export function ensureSigningKey(dir: string): string {
  const file = join(dir, 'signing-key.json');
  if (existsSync(file)) {
    readJsonFile<SigningKey>(
      file,
      `Delete it to create a new key (tokens issued before then stop verifying; users sign in again).`,
    );
    return file;
  }
  const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const der = publicKey.export({ format: 'der', type: 'spki' });
  const key: SigningKey = {
    kid: `local-${createHash('sha256').update(der).digest('hex').slice(0, 16)}`,
    privatePem: privateKey.export({ format: 'pem', type: 'pkcs8' }).toString(),
    publicPem: publicKey.export({ format: 'pem', type: 'spki' }).toString(),
    publicJwk: publicKey.export({ format: 'jwk' }) as Record<string, string>,
  };
  writeJsonAtomic(file, key);
  return file;
}
