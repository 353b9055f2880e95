/**
 * Profile family (Login 3.0 userinfo resource API): JSON resources on success; errors
 * `{error, error_description}` (a 409 on a unique value adds `field`) with a fitting status.
 * The record's fields, lengths and enums are read from the domain module that enforces them.
 */
import {
  BOOLEAN_FIELDS,
  GENDERS,
  MAX_JSON_FIELD_BYTES,
  MAX_SUB_LENGTH,
  RECORD_FIELDS,
  TEXT_FIELDS,
} from '../../../lambdas/domain/profile/profile.js';
import type { RouteDefinition } from '../../routes.js';
import {
  type Answer,
  bearerSecurity,
  codeTable,
  type JsonSchema,
  oauthStyleError,
  type RouteContract,
} from './types.js';

const TIMESTAMP: JsonSchema = {
  type: 'string',
  description: 'TIMESTAMP(6), e.g. `2023-10-21T14:23:45.123000Z`; set by the server.',
  pattern: '^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}\\.\\d{6}Z$',
};

function fieldSchema(field: (typeof RECORD_FIELDS)[number]): JsonSchema {
  if (field === 'sub') return { type: 'string', maxLength: MAX_SUB_LENGTH };
  if (field === 'created_at' || field === 'updated_at') return TIMESTAMP;
  if ((BOOLEAN_FIELDS as readonly string[]).includes(field)) return { type: 'boolean' };
  if (field in TEXT_FIELDS) {
    return { type: ['string', 'null'], maxLength: TEXT_FIELDS[field as keyof typeof TEXT_FIELDS] };
  }
  if (field === 'gender') return { enum: [...GENDERS, null] };
  if (field === 'address') {
    return {
      type: ['object', 'null'],
      description: `Any keys (the seed names street, city, postal_code, country); ≤ ${MAX_JSON_FIELD_BYTES} bytes serialized.`,
    };
  }
  if (field === 'identities') {
    return {
      type: ['array', 'object', 'null'],
      description: `≤ ${MAX_JSON_FIELD_BYTES} bytes serialized.`,
    };
  }
  return { type: ['string', 'null'], description: 'ISO 8601 date or date-time, as sent.' };
}

const RECORD: JsonSchema = {
  type: 'object',
  description: 'Every field is present, in this order; `null` where the seed’s column is NULL.',
  required: [...RECORD_FIELDS],
  properties: Object.fromEntries(RECORD_FIELDS.map((field) => [field, fieldSchema(field)])),
  additionalProperties: false,
};

const RECORD_EXAMPLE = {
  sub: '99b5e0ae-4f1c-4b5e-9f5a-2d1c1e1f0a11',
  wallet_address: null,
  email: 'janedoe@example.com',
  email_verified: true,
  name: 'Jane Josephine Doe',
  first_name: 'Jane',
  last_name: 'Doe',
  middle_name: 'Josephine',
  nickname: 'JJ',
  username: 'janedoe',
  first_name_katakana: null,
  last_name_katakana: null,
  middle_name_katakana: null,
  phone_number: '+1 (111) 222-3434',
  phone_number_verified: false,
  profile: null,
  picture: null,
  website: null,
  gender: 'female',
  birthdate: '1972-03-31',
  address: { street: '123 Main St', city: 'New York', postal_code: '10001', country: 'US' },
  identities: null,
  privacy_policy_agreement_date: null,
  privacy_policy_agreement: false,
  created_at: '2023-10-21T14:23:45.000000Z',
  updated_at: '2023-10-22T10:10:00.000000Z',
};

const ERRORS: Record<number, [string, string][]> = {
  400: [
    [
      'invalid_request',
      'malformed JSON, unknown fields (each named), wrong types, over a length, server-set fields, bad query parameters or cursor',
    ],
  ],
  401: [
    ['invalid_token', 'no token, malformed, bad signature, ID token, unknown app client'],
    ['expired_token', 'the access token expired'],
  ],
  403: [
    [
      'access_denied',
      'the token lacks the route’s scope, was revoked by a logout, or the body’s `sub` is not the token’s subject',
    ],
  ],
  404: [['not_found', 'no record for this user (lookup: no user with that value)']],
  409: [
    [
      'conflict',
      '`email` or `wallet_address` is held by another user of the project and the caller does not prove it is theirs (a verified e-mail, a wallet proven by signature: those take the value over), or is another account’s sign-in e-mail or proven wallet (`field` names which); or the record kept changing under four write attempts',
    ],
  ],
  429: [['throttled', 'DynamoDB throttled the request after bounded retries']],
  503: [['unavailable', 'DynamoDB is down or timed out']],
};

const OPERATIONS: Record<
  string,
  { ok: Record<number, Answer>; errors: number[]; request?: unknown; query?: unknown }
> = {
  'userinfo-get': {
    ok: {
      200: { description: 'The caller’s record.', schema: RECORD, examples: seed(RECORD_EXAMPLE) },
    },
    errors: [401, 403, 404, 429, 503],
  },
  'userinfo-upsert': {
    ok: {
      200: { description: 'Updated (or unchanged): the stored record.', schema: RECORD },
      201: {
        description: 'Created: the stored record.',
        schema: RECORD,
        examples: seed(RECORD_EXAMPLE),
      },
    },
    errors: [400, 401, 403, 409, 429, 503],
    request: {
      name: 'John Doe',
      email: 'johndoe@example.com',
      phone_number: '+1-555-555-5555',
      address: { street: '123 Main St', city: 'New York', postal_code: '10001' },
    },
  },
  'userinfo-delete': {
    ok: {
      200: {
        description: 'Deleted; the unique e-mail and wallet address are free again.',
        schema: {
          type: 'object',
          required: ['sub', 'deleted', 'message'],
          properties: {
            sub: { type: 'string' },
            deleted: { const: true },
            message: { type: 'string' },
          },
        },
        examples: seed({
          sub: RECORD_EXAMPLE.sub,
          deleted: true,
          message: 'User information deleted',
        }),
      },
    },
    errors: [401, 403, 404, 429, 503],
  },
  'user-existing-info': {
    ok: {
      200: {
        description: 'The seed’s summary of the stored user.',
        schema: {
          type: 'object',
          required: ['user_id', 'name', 'email', 'status', 'last_login'],
          properties: {
            user_id: { type: 'string' },
            name: { type: ['string', 'null'] },
            email: { type: ['string', 'null'] },
            status: { const: 'active' },
            last_login: {
              type: ['string', 'null'],
              description: 'The latest `PUT /user/login`, to the second; null if never.',
            },
          },
        },
        examples: seed({
          user_id: RECORD_EXAMPLE.sub,
          name: 'John Doe',
          email: 'johndoe@example.com',
          status: 'active',
          last_login: '2023-10-21T14:23:45Z',
        }),
      },
    },
    errors: [401, 403, 404, 429, 503],
  },
  'userinfo-history': {
    ok: {
      200: {
        description: 'The caller’s audit history, newest first.',
        schema: {
          type: 'object',
          required: ['history', 'next_cursor'],
          properties: {
            history: {
              type: 'array',
              items: {
                type: 'object',
                required: ['at', 'action', 'sub', 'client_id', 'fields', 'before', 'after'],
                properties: {
                  at: TIMESTAMP,
                  action: { enum: ['create', 'update', 'delete'] },
                  sub: {
                    type: ['string', 'null'],
                    description: 'Who made the change; null for a system change',
                  },
                  client_id: { type: ['string', 'null'], description: 'null for a system change' },
                  reason: {
                    enum: ['taken_over_by_proven_owner'],
                    description:
                      'Only on a system change: the values in `fields` were taken over by the account that proved they are its own (verified e-mail, wallet proven by signature)',
                  },
                  fields: { type: 'array', items: { type: 'string' } },
                  before: { type: 'object' },
                  after: { type: 'object' },
                },
              },
            },
            next_cursor: { type: ['string', 'null'], description: 'null on the last page' },
          },
        },
      },
    },
    errors: [400, 401, 403, 429, 503],
  },
  'userinfo-lookup': {
    ok: {
      200: { description: 'The user’s record.', schema: RECORD, examples: seed(RECORD_EXAMPLE) },
    },
    errors: [400, 401, 403, 404, 429, 503],
  },
};

function seed(value: unknown): Answer['examples'] {
  return { seed: { summary: 'Example (seed 003)', value } };
}

export function profileContract(route: RouteDefinition): RouteContract {
  const operation = OPERATIONS[route.handler];
  // A route nobody documented fails the generator (and the stale-file test), never a guess.
  if (!operation) throw new Error(`no profile contract for handler ${route.handler}`);
  const responses: Record<number, Answer> = { ...operation.ok };
  for (const status of operation.errors) {
    const errors = ERRORS[status] ?? [];
    responses[status] = {
      description: codeTable(['error', 'when'], errors),
      schema: oauthStyleError(
        errors.map(([code]) => code),
        status === 409 ? { field: { enum: ['email', 'wallet_address'] } } : {},
      ),
      headers:
        status === 401
          ? {
              'WWW-Authenticate': {
                description: '`Bearer error="invalid_token"`',
                schema: { type: 'string' },
              },
            }
          : undefined,
    };
  }
  const scope = typeof route.auth === 'object' ? route.auth.scope : undefined;
  const strict = typeof route.auth === 'object' && route.auth.strict;
  return {
    tag: 'User profile',
    description: strict
      ? `Needs a token carrying the \`${scope}\` scope itself (the project’s backend, client credentials); a user’s sign-in token is refused with 403.`
      : `A sign-in token, or an OAuth token with the \`${scope}\` scope. Answers carry \`cache-control: no-store\`.`,
    security: [bearerSecurity(scope)],
    responses,
    requestExamples: operation.request
      ? { seed: { summary: 'The seed’s example (its `sub` left out)', value: operation.request } }
      : undefined,
  };
}
