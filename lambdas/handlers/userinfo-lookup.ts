/**
 * GET /userinfo/lookup?email=… or ?wallet_address=… — the project's backend finds a user of
 * its own project (extension). Only tokens carrying the `userinfo-lookup` scope itself pass;
 * a user's sign-in token does not.
 */
import * as z from 'zod/mini';
import { characterCount, presentRecord, TEXT_FIELDS } from '../domain/profile/profile.js';
import { lookupProfile } from '../domain/profile/profile-service.js';
import { AppError } from '../errors.js';
import { profileRoute } from '../http/profile-route.js';
import { profileDeps } from '../wiring/profile.js';

const value = (max: number) =>
  z.optional(
    z
      .string()
      .check(
        z.refine(
          (text: string) => text.trim() !== '' && characterCount(text) <= max,
          `must be 1 to ${max} characters`,
        ),
      ),
  );
export const query = z.strictObject({
  email: value(TEXT_FIELDS.email),
  wallet_address: value(TEXT_FIELDS.wallet_address),
});

export const handler = profileRoute(
  { deps: profileDeps, query },
  async ({ profiles }, { identity, query }) => {
    const by = Object.entries(query).filter(([, v]) => v !== undefined) as Array<
      ['email' | 'wallet_address', string]
    >;
    const [only] = by;
    if (!only || by.length > 1) {
      throw new AppError('invalid_request', 'Give exactly one of email or wallet_address');
    }
    const record = await lookupProfile(profiles, identity.projectId, {
      field: only[0],
      value: only[1],
    });
    return { body: presentRecord(record) };
  },
);
