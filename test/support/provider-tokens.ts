/** Provider tokens from the test run's stand-ins (the same minting as `npm run dev-token`). */
import { randomUUID } from 'node:crypto';
import { inject } from 'vitest';
import {
  type MintOptions,
  mintToken,
  standInKeys,
} from '../../lib/local/stand-ins/stand-in-tokens.js';

export const providerToken = (options: MintOptions) =>
  mintToken(standInKeys(inject('standInsDir')), options);

/** A subject no other test uses. */
export const uniqueSubject = (label: string) => `${label}-${randomUUID().slice(0, 8)}`;
