import { createHmac } from 'node:crypto';

/** A key for one purpose, derived from the server's signing secret, so uses never mix. */
export const derivedKey = (secret: string, purpose: string): Buffer =>
  createHmac('sha256', secret).update(`user-data-backend/${purpose}`).digest();
