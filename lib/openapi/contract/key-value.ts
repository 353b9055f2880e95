/**
 * Key/value family (HyperID style): every answer is HTTP 200 with a numeric `result`; the
 * request's `request_id` is echoed. The last codes differ per namespace, as in the vendor's
 * tables: by-wallet and by-idp put "wallet / identity provider not found" at -6 and shift key
 * access denied and invalid key to -7 and -8.
 */
import type { RouteDefinition } from '../../routes.js';
import {
  type Answer,
  bearerSecurity,
  codeTable,
  type Example,
  type JsonSchema,
  type RouteContract,
} from './types.js';

type Outcome =
  | 'ok'
  | 'nothing_found'
  | 'invalid_token'
  | 'expired_token'
  | 'access_denied'
  | 'unavailable'
  | 'invalid_request'
  | 'namespace_not_found'
  | 'key_access_denied'
  | 'invalid_key'
  | 'version_conflict';

type Namespace = 'user-id' | 'email' | 'wallet' | 'idp';

function resultCode(outcome: Outcome, namespace: Namespace): number {
  const shifted = namespace === 'wallet' || namespace === 'idp';
  const codes: Record<Outcome, number> = {
    ok: 0,
    nothing_found: 1,
    invalid_token: -1,
    expired_token: -2,
    access_denied: -3,
    unavailable: -4,
    invalid_request: -5,
    namespace_not_found: -6,
    key_access_denied: shifted ? -7 : -6,
    invalid_key: shifted ? -8 : -7,
    version_conflict: -9,
  };
  return codes[outcome];
}

function meaning(outcome: Outcome, namespace: Namespace): string {
  const meanings: Record<Outcome, string> = {
    ok: 'success',
    nothing_found: 'success, nothing found',
    invalid_token:
      'invalid token (missing, malformed, bad signature, an ID token, unknown app client)',
    expired_token: 'expired token',
    access_denied:
      namespace === 'email'
        ? 'access denied: the token lacks the scope, was revoked by a logout, or the user has no verified e-mail'
        : 'access denied: the token lacks the scope or was revoked by a logout',
    unavailable: 'service temporarily unavailable (throttled after retries, a dependency down)',
    invalid_request:
      'invalid request parameters (malformed JSON, wrong types, over a limit, body too large or deep)',
    namespace_not_found:
      namespace === 'wallet'
        ? 'wallet not found: not the user’s wallet, or the user has none'
        : 'identity provider not found: the user has no identity there',
    key_access_denied: 'key access denied: the key belongs to another app client of the project',
    invalid_key: 'invalid key: empty, longer than 256 characters, or with control characters',
    version_conflict: 'extension — version conflict: `expected_version` did not match',
  };
  return meanings[outcome];
}

const OPERATIONS = {
  'kv-set': {
    success: ['ok'],
    failures: ['key_access_denied', 'invalid_key', 'version_conflict'],
    answer: {
      version: {
        type: 'integer',
        minimum: 1,
        description: 'Extension: the key’s version, 1 on the first set, +1 on each.',
      },
    },
    required: ['version'],
    request: { value_key: 'user-data-key', value_data: 'user-data' },
    example: { result: 0, version: 1 },
  },
  'kv-get': {
    success: ['ok'],
    failures: ['invalid_key'],
    answer: {
      values: {
        type: 'array',
        items: {
          type: 'object',
          required: ['value_key', 'value_data', 'version'],
          properties: {
            value_key: { type: 'string' },
            value_data: { type: 'string' },
            version: { type: 'integer', minimum: 1 },
          },
        },
      },
    },
    required: ['values'],
    request: { value_keys: ['user-data-key'] },
    example: {
      result: 0,
      values: [{ value_key: 'user-data-key', value_data: 'user-data', version: 1 }],
    },
  },
  'kv-delete': {
    success: ['ok', 'nothing_found'],
    failures: ['invalid_key'],
    answer: {
      keys_delete_results: {
        type: 'array',
        items: {
          type: 'object',
          required: ['value_key', 'is_deleted'],
          properties: { value_key: { type: 'string' }, is_deleted: { type: 'boolean' } },
        },
      },
    },
    required: ['keys_delete_results'],
    request: { value_keys: ['a', 'b'] },
    example: {
      result: 0,
      keys_delete_results: [
        { value_key: 'a', is_deleted: true },
        { value_key: 'b', is_deleted: false },
      ],
    },
  },
  'kv-list-get': {
    success: ['ok', 'nothing_found'],
    failures: [],
    answer: {
      keys_private: { type: 'array', items: { type: 'string' } },
      keys_public: { type: 'array', items: { type: 'string' } },
    },
    required: ['keys_private', 'keys_public'],
    request: {},
    example: { result: 0, keys_private: ['draft'], keys_public: ['avatar', 'theme'] },
  },
  'kv-shared-list-get': {
    success: ['ok', 'nothing_found'],
    failures: [],
    answer: {
      keys_shared: { type: 'array', items: { type: 'string' } },
      next_search_id: {
        type: 'string',
        description: 'Opaque, signed cursor of the next page; empty on the last page.',
      },
    },
    required: ['keys_shared', 'next_search_id'],
    request: { page_size: 100 },
    example: { result: 0, keys_shared: ['avatar', 'theme'], next_search_id: '' },
  },
} as const satisfies Record<
  string,
  {
    success: readonly Outcome[];
    failures: readonly Outcome[];
    answer: Record<string, JsonSchema>;
    required: readonly string[];
    request: unknown;
    example: unknown;
  }
>;

type Operation = {
  readonly success: readonly Outcome[];
  readonly failures: readonly Outcome[];
  readonly answer: Readonly<Record<string, JsonSchema>>;
  readonly required: readonly string[];
  readonly request?: unknown;
  readonly example: unknown;
};

/** A route of the family the contract does not detail yet: the family's common shape. */
const GENERIC: Operation = {
  success: ['ok', 'nothing_found'],
  failures: [],
  answer: {},
  required: [],
  example: { result: 0 },
};

const COMMON_FAILURES: readonly Outcome[] = [
  'invalid_token',
  'expired_token',
  'access_denied',
  'unavailable',
  'invalid_request',
];

const REQUEST_ID = {
  type: 'integer',
  description: 'The request’s `request_id`, echoed when it sent one.',
};

const NAMESPACE_IN_PATH = /^\/user-data\/by-(user-id|email|wallet|idp)\//;

export function keyValueContract(route: RouteDefinition): RouteContract {
  // The e-mail, wallet and IdP namespaces may run `kv-<operation>-linked` builds of a handler.
  const operation: Operation =
    OPERATIONS[route.handler.replace(/-linked$/, '') as keyof typeof OPERATIONS] ?? GENERIC;
  const namespace = (NAMESPACE_IN_PATH.exec(route.path)?.[1] ?? 'user-id') as Namespace;
  const failures: Outcome[] = [
    ...COMMON_FAILURES,
    ...(namespace === 'wallet' || namespace === 'idp' ? (['namespace_not_found'] as const) : []),
    ...operation.failures,
  ];
  const success: JsonSchema = {
    title: 'success',
    type: 'object',
    required: ['result', ...operation.required],
    properties: {
      result: { type: 'integer', enum: operation.success.map((o) => resultCode(o, namespace)) },
      request_id: REQUEST_ID,
      ...operation.answer,
    },
  };
  const failure: JsonSchema = {
    title: 'failure',
    type: 'object',
    required: ['result'],
    properties: {
      result: {
        type: 'integer',
        enum: failures.map((o) => resultCode(o, namespace)).sort((a, b) => b - a),
      },
      request_id: REQUEST_ID,
    },
  };
  const codes = [...operation.success, ...failures]
    .map((o) => [resultCode(o, namespace), meaning(o, namespace)] as const)
    .sort((a, b) => b[0] - a[0]);
  const examples: Record<string, Example> = {
    success: { summary: 'Success', value: operation.example },
    invalidToken: { summary: 'A bad token (still HTTP 200)', value: { result: -1 } },
  };
  const answer: Answer = {
    description: `Always HTTP 200; \`result\` says how it went:\n\n${codeTable(['result', 'meaning'], codes)}`,
    schema: { oneOf: [success, failure] },
    examples,
  };
  return {
    tag: 'Key/value user data',
    description: [
      'Every request may also carry `request_id` (integer, echoed in the answer)',
      namespace === 'wallet' ? ', `wallet_address` (default: the user’s wallet)' : '',
      namespace === 'idp' ? ', `identity_provider` (required)' : '',
      '.',
    ].join(''),
    security: [bearerSecurity(typeof route.auth === 'object' ? route.auth.scope : undefined)],
    responses: { 200: answer },
    requestExamples:
      operation.request === undefined
        ? undefined
        : { seed: { summary: 'The vendor’s example', value: operation.request } },
  };
}
