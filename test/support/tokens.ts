/**
 * Tokens the emulator cannot issue: OAuth-scoped access tokens (cognito-local only signs
 * sign-in tokens). Signed with the key the emulator signs with (the data directory's own),
 * exactly as it would sign them (test/support/token-signing.ts).
 */
import { inject } from 'vitest';
import { signAccessTokenWith } from './token-signing.js';

export function signAccessToken(claims: Record<string, unknown>): string {
  return signAccessTokenWith(inject('signingKeyFile'), claims);
}
