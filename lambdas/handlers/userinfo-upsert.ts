/**
 * POST /userinfo — create the caller's profile, or update only the fields sent; returns the
 * stored record (seed 003). Fields, types and lengths are those of the seed's `users` table.
 */
import * as z from 'zod/mini';
import {
  characterCount,
  GENDERS,
  isDateTime,
  type JsonValue,
  KATAKANA,
  MAX_JSON_FIELD_BYTES,
  presentRecord,
  TEXT_FIELDS,
  type TextField,
} from '../domain/profile/profile.js';
import { upsertProfile } from '../domain/profile/profile-service.js';
import { profileRoute } from '../http/profile-route.js';
import { profileUpsertDeps } from '../wiring/profile-upsert.js';

/** VARCHAR(n): at most n characters, counted as MySQL counts utf8mb4 (code points). */
const text = (field: TextField) =>
  z
    .string()
    .check(
      z.refine(
        (value: string) => characterCount(value) <= TEXT_FIELDS[field],
        `must be at most ${TEXT_FIELDS[field]} characters`,
      ),
    );
const nullableText = (field: TextField) => z.optional(z.nullable(text(field)));
const katakana = (field: TextField) =>
  z.optional(
    z.nullable(text(field).check(z.refine((value) => KATAKANA.test(value), 'must be katakana'))),
  );

const fitsJsonLimit = (value: unknown) =>
  Buffer.byteLength(JSON.stringify(value), 'utf8') <= MAX_JSON_FIELD_BYTES;
const isObject = (value: unknown): value is { [key: string]: JsonValue } =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const jsonLimit = `must serialize to at most ${MAX_JSON_FIELD_BYTES} bytes`;

const serverManaged = z.optional(z.custom<never>(() => false, 'is set by the server'));

export const body = z.strictObject({
  sub: z.optional(z.string()),
  wallet_address: z.optional(
    z.nullable(
      text('wallet_address').check(z.refine((value) => value.trim() !== '', 'must not be empty')),
    ),
  ),
  email: z.optional(
    z.nullable(
      text('email').check(
        z.refine((value) => /^[^\s@]+@[^\s@]+$/.test(value.trim()), 'must be an e-mail address'),
      ),
    ),
  ),
  email_verified: z.optional(z.boolean()),
  name: nullableText('name'),
  first_name: nullableText('first_name'),
  last_name: nullableText('last_name'),
  middle_name: nullableText('middle_name'),
  nickname: nullableText('nickname'),
  username: nullableText('username'),
  first_name_katakana: katakana('first_name_katakana'),
  last_name_katakana: katakana('last_name_katakana'),
  middle_name_katakana: katakana('middle_name_katakana'),
  phone_number: nullableText('phone_number'),
  phone_number_verified: z.optional(z.boolean()),
  profile: nullableText('profile'),
  picture: nullableText('picture'),
  website: nullableText('website'),
  gender: z.optional(z.nullable(z.enum(GENDERS))),
  birthdate: nullableText('birthdate'),
  address: z.optional(
    z.nullable(
      z
        .custom<{ [key: string]: JsonValue }>(isObject, 'must be a JSON object')
        .check(z.refine(fitsJsonLimit, jsonLimit)),
    ),
  ),
  identities: z.optional(
    z.nullable(
      z
        .custom<JsonValue[] | { [key: string]: JsonValue }>(
          (value) => Array.isArray(value) || isObject(value),
          'must be a JSON array or object',
        )
        .check(z.refine(fitsJsonLimit, jsonLimit)),
    ),
  ),
  privacy_policy_agreement_date: z.optional(
    z.nullable(
      z
        .string()
        .check(
          z.refine(isDateTime, 'must be an ISO 8601 date or date-time, e.g. 2024-05-01T09:30:00Z'),
        ),
    ),
  ),
  privacy_policy_agreement: z.optional(z.boolean()),
  created_at: serverManaged,
  updated_at: serverManaged,
});

export const handler = profileRoute(
  { deps: profileUpsertDeps, body },
  async ({ profiles, identityFacts }, { identity, body }) => {
    if (!identityFacts) throw new Error('POST /userinfo is wired without identity facts');
    const { created_at: _created, updated_at: _updated, ...input } = body;
    const outcome = await upsertProfile(profiles, identity, input, identityFacts(identity));
    return { status: outcome.created ? 201 : 200, body: presentRecord(outcome.record) };
  },
);
