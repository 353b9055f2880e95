/**
 * The user profile record of seed 003 (its `users` table), free of AWS types. Lengths and
 * types are the seed's: VARCHAR(n) is at most n characters (Unicode code points, as MySQL
 * counts utf8mb4), BOOLEAN NOT NULL defaults to false, JSON columns hold JSON.
 */
import { canonicalEmail } from '../identity/canonical-email.js';

export const GENDERS = ['male', 'female', 'genderless'] as const;
export type Gender = (typeof GENDERS)[number];

/** VARCHAR columns and their lengths, in the seed's order. */
export const TEXT_FIELDS = {
  wallet_address: 255,
  email: 255,
  name: 50,
  first_name: 50,
  last_name: 50,
  middle_name: 50,
  nickname: 50,
  username: 50,
  first_name_katakana: 50,
  last_name_katakana: 50,
  middle_name_katakana: 50,
  phone_number: 31,
  profile: 255,
  picture: 255,
  website: 255,
  birthdate: 255,
} as const;
export type TextField = keyof typeof TEXT_FIELDS;

export const BOOLEAN_FIELDS = [
  'email_verified',
  'phone_number_verified',
  'privacy_policy_agreement',
] as const;
export type BooleanField = (typeof BOOLEAN_FIELDS)[number];

/** `address` and `identities` (JSON columns): at most this many bytes each, serialized. */
export const MAX_JSON_FIELD_BYTES = 16 * 1024;
/** The seed's `sub` is VARCHAR(100). */
export const MAX_SUB_LENGTH = 100;

export type JsonValue =
  | string
  | number
  | boolean
  | null
  | JsonValue[]
  | { [key: string]: JsonValue };

/** What a client may write: every field optional; `null` clears a nullable one. */
export type ProfileInput = {
  [F in TextField]?: string | null;
} & {
  [F in BooleanField]?: boolean;
} & {
  gender?: Gender | null;
  address?: { [key: string]: JsonValue } | null;
  identities?: JsonValue[] | { [key: string]: JsonValue } | null;
  /** DATETIME: an ISO 8601 date or date-time (or MySQL's `YYYY-MM-DD HH:MM:SS`). */
  privacy_policy_agreement_date?: string | null;
};

export type WritableField = keyof ProfileInput;

/** The stored record, every column present (null where the seed's column would be NULL). */
export type ProfileRecord = {
  sub: string;
} & {
  [F in TextField]: string | null;
} & {
  [F in BooleanField]: boolean;
} & {
  gender: Gender | null;
  address: { [key: string]: JsonValue } | null;
  identities: JsonValue[] | { [key: string]: JsonValue } | null;
  privacy_policy_agreement_date: string | null;
  /** Microsecond ISO 8601 (the seed's TIMESTAMP(6)); set once. */
  created_at: string;
  /** Microsecond ISO 8601; changes with every change of the record. */
  updated_at: string;
};

/** Wire order of the record's fields: the seed's column order. */
export const RECORD_FIELDS = [
  'sub',
  'wallet_address',
  'email',
  'email_verified',
  'name',
  'first_name',
  'last_name',
  'middle_name',
  'nickname',
  'username',
  'first_name_katakana',
  'last_name_katakana',
  'middle_name_katakana',
  'phone_number',
  'phone_number_verified',
  'profile',
  'picture',
  'website',
  'gender',
  'birthdate',
  'address',
  'identities',
  'privacy_policy_agreement_date',
  'privacy_policy_agreement',
  'created_at',
  'updated_at',
] as const satisfies ReadonlyArray<keyof ProfileRecord>;

export const WRITABLE_FIELDS = RECORD_FIELDS.filter(
  (field): field is WritableField =>
    field !== 'sub' && field !== 'created_at' && field !== 'updated_at',
);

/** A fresh record: every nullable column null, every boolean false. */
export function emptyRecord(sub: string, at: string): ProfileRecord {
  const record: Record<string, unknown> = { sub };
  for (const field of WRITABLE_FIELDS) record[field] = null;
  for (const field of BOOLEAN_FIELDS) record[field] = false;
  record.created_at = at;
  record.updated_at = at;
  return record as ProfileRecord;
}

/** The unique columns, each with the normalisation that decides "the same value". */
export const UNIQUE_FIELDS = ['email', 'wallet_address'] as const;
export type UniqueField = (typeof UNIQUE_FIELDS)[number];

/** E-mail addresses compare in their one canonical form (trimmed, NFC, lower-case), as sign-up does. */
export const normaliseEmail = canonicalEmail;

/** Wallet addresses compare trimmed; hex (0x…) addresses also case-insensitively (EIP-55). */
export function normaliseWallet(address: string): string {
  const trimmed = address.trim();
  return /^0x[0-9a-f]+$/i.test(trimmed) ? trimmed.toLowerCase() : trimmed;
}

export function uniqueKey(field: UniqueField, value: string): string {
  return field === 'email' ? normaliseEmail(value) : normaliseWallet(value);
}

/** Characters as MySQL counts them in a utf8mb4 VARCHAR: code points, not UTF-16 units. */
export const characterCount = (value: string) => [...value].length;

/** Full-width and half-width katakana, the prolonged-sound mark, the middle dot and spaces. */
export const KATAKANA = /^[\u30A0-\u30FF\u31F0-\u31FF\uFF65-\uFF9F\u3000 ]*$/u;

/** ISO 8601 date or date-time, or MySQL DATETIME text. */
const DATETIME =
  /^\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d{1,6})?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/;

export function isDateTime(value: string): boolean {
  if (!DATETIME.test(value)) return false;
  const [date] = value.split(/[T ]/);
  const [year, month, day] = (date ?? '').split('-').map(Number);
  const parsed = new Date(Date.UTC(year ?? 0, (month ?? 1) - 1, day ?? 0));
  return (
    parsed.getUTCFullYear() === year &&
    parsed.getUTCMonth() + 1 === month &&
    parsed.getUTCDate() === day &&
    !Number.isNaN(Date.parse(value.replace(' ', 'T')))
  );
}

/** Deep equality of two JSON values; object key order does not matter. */
export function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (a === null || b === null || typeof a !== 'object' || typeof b !== 'object') return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const aKeys = Object.keys(a);
  const bKeys = Object.keys(b);
  if (aKeys.length !== bKeys.length) return false;
  return aKeys.every(
    (key) =>
      Object.hasOwn(b, key) &&
      sameValue((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key]),
  );
}

/** The record in the seed's column order, every column present (older items included). */
export function presentRecord(record: ProfileRecord): ProfileRecord {
  const defaults = emptyRecord(record.sub, record.created_at);
  return Object.fromEntries(
    RECORD_FIELDS.map((field) => [field, record[field] ?? defaults[field]]),
  ) as ProfileRecord;
}
