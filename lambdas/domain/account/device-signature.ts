import { createHash, createHmac } from 'node:crypto';
import { derivedKey } from '../signing.js';

/**
 * HMAC-SHA256 over the device record's fields, keyed with (a key derived from) the server's signing secret,
 * so a client can present the record back and the server can tell it made it.
 */
export function signDevice(
  secret: string,
  record: {
    projectId: string;
    userId: string;
    deviceId: string;
    signUp: number;
    timeStamp: number;
  },
): string {
  const message = [
    record.projectId,
    record.userId,
    record.deviceId,
    record.signUp,
    record.timeStamp,
  ]
    .map(String)
    .join('\n');
  return createHmac('sha256', derivedKey(secret, 'device-signature'))
    .update(message)
    .digest('hex')
    .toUpperCase();
}

/** A stable, non-reversible id for a user within a project (SHA-256 hex, as in the seed). */
export function externalId(projectId: string, userId: string): string {
  return createHash('sha256').update(`${projectId}\n${userId}`).digest('hex');
}
