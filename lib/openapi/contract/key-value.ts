/**
 * Key/value family (HyperID style): every answer is HTTP 200 with a numeric `result`; the
 * request's `request_id` is echoed. Each call's codes are its vendor table, read from the code
 * that answers them (lambdas/http/key-value-results.ts); error answers carry the call's answer
 * fields, empty. The wallet calls (HyperID `api/user_wallets`) share the wire format.
 */
import {
  callCodes,
  emptyAnswer,
  type KvCall,
  type KvOperation,
  operationOf,
  VERSION_CONFLICT,
  vendorTable,
} from '../../../lambdas/http/key-value-results.js';
import type { RouteDefinition } from '../../routes.js';
import {
  type Answer,
  bearerSecurity,
  codeTable,
  type JsonSchema,
  type RouteContract,
} from './types.js';

const COMMON: Record<number, string> = {
  0: 'success',
  [-1]: 'invalid token (missing, malformed, bad signature, an ID token, unknown app client)',
  [-2]: 'expired token',
  [-3]: 'access denied: the token lacks the scope, was revoked by a logout, or (by-email) the user has no verified e-mail',
  [-4]: 'service temporarily unavailable (throttled after retries, a dependency down)',
  [-5]: 'invalid request parameters (malformed JSON, wrong types, over a limit, body too large or deep; an invalid key or too many keys where the call’s table has no code for it)',
};

/** Every code of the call's table, with its meaning. */
function resultCodes(call: KvCall): [number, string][] {
  const codes = callCodes(call);
  const meanings = new Map<number, string>(Object.entries(COMMON).map(([c, m]) => [Number(c), m]));
  if (codes.notFound) meanings.set(1, 'success, nothing found');
  if (codes.namespaceNotFound)
    meanings.set(
      codes.namespaceNotFound,
      call.namespace === 'wallet'
        ? 'wallet not exists: not a wallet the caller proved (`/user-wallet/add`), or none'
        : 'identity provider not found: the caller has no identity there',
    );
  if (codes.keyAccessDenied)
    meanings.set(codes.keyAccessDenied, 'key access denied: another app client owns the key');
  if (codes.keyInvalid)
    meanings.set(
      codes.keyInvalid,
      'key invalid: empty, over 256 characters, or control characters',
    );
  if (codes.keysLimit) meanings.set(codes.keysLimit, 'keys size limit: more than 100 keys');
  const table: [number, string][] = vendorTable(call).map((code) => [
    code,
    meanings.get(code) ?? '',
  ]);
  if (call.operation === 'set')
    table.push([
      VERSION_CONFLICT,
      'extension — version conflict: `expected_version` did not match (only to a set that sent it)',
    ]);
  return table;
}

const STRINGS = { type: 'array', items: { type: 'string' } };

/** Each operation's answer fields on success, and the vendor's example. */
const OPERATIONS: Record<
  KvOperation,
  { answer: Record<string, JsonSchema>; request: unknown; example: unknown }
> = {
  set: {
    answer: {
      version: {
        type: 'integer',
        minimum: 1,
        description: 'Extension: the key’s version, 1 on the first set, +1 on each.',
      },
    },
    request: { value_key: 'user-data-key', value_data: 'user-data' },
    example: { result: 0, version: 1 },
  },
  get: {
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
    request: { value_keys: ['user-data-key'] },
    example: {
      result: 0,
      values: [{ value_key: 'user-data-key', value_data: 'user-data', version: 1 }],
    },
  },
  delete: {
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
    request: { value_keys: ['a', 'b'] },
    example: {
      result: 0,
      keys_delete_results: [
        { value_key: 'a', is_deleted: true },
        { value_key: 'b', is_deleted: false },
      ],
    },
  },
  'list-get': {
    answer: { keys_private: STRINGS, keys_public: STRINGS },
    request: {},
    example: { result: 0, keys_private: ['draft'], keys_public: ['avatar', 'theme'] },
  },
  'shared-list-get': {
    answer: {
      keys_shared: STRINGS,
      next_search_id: {
        type: 'string',
        description: 'Opaque, signed cursor of the next page; empty on the last page.',
      },
    },
    request: { page_size: 100 },
    example: { result: 0, keys_shared: ['avatar', 'theme'], next_search_id: '' },
  },
};

const REQUEST_ID = {
  type: 'integer',
  description: 'The request’s `request_id`, echoed when it sent one.',
};

/** by-idp's array form (`identity_providers: ["google"]`): one answer per provider. */
const PROVIDERS_ANSWER: JsonSchema = {
  type: 'array',
  description: 'Only to the array form: one element per provider, in request order.',
  items: {
    type: 'object',
    required: ['identity_provider', 'identity_provider_name', 'result'],
    properties: {
      identity_provider: { description: 'That provider’s data, as the single form’s field.' },
      identity_provider_name: { type: 'string' },
      result: { type: 'integer' },
    },
  },
};

/** The answer of a call: its codes (a table in the description), success and failure shapes. */
export function resultAnswer(
  codes: [number, string][],
  fields: Record<string, JsonSchema>,
  empty: Record<string, unknown>,
  example: unknown,
  /** Fields the success answer may carry. */
  optional: Record<string, JsonSchema> = {},
): Answer {
  const emptyFields = Object.keys(empty);
  const success: JsonSchema = {
    title: 'success',
    type: 'object',
    required: ['result', ...Object.keys(fields)],
    properties: {
      result: { type: 'integer', enum: codes.map(([c]) => c).filter((c) => c >= 0) },
      request_id: REQUEST_ID,
      ...fields,
      ...optional,
    },
  };
  const failure: JsonSchema = {
    title: 'failure',
    type: 'object',
    description: 'The call’s answer fields are present, empty, so strict clients parse it.',
    required: ['result', ...emptyFields],
    properties: {
      result: { type: 'integer', enum: codes.map(([c]) => c).filter((c) => c < 0) },
      request_id: REQUEST_ID,
      ...Object.fromEntries(emptyFields.map((field) => [field, fields[field] ?? {}])),
    },
  };
  return {
    description: `Always HTTP 200; \`result\` says how it went:\n\n${codeTable(
      ['result', 'meaning'],
      [...codes].sort((a, b) => b[0] - a[0]),
    )}`,
    schema: { oneOf: [success, failure] },
    examples: {
      success: { summary: 'Success', value: example },
      invalidToken: {
        summary: 'A bad token (still HTTP 200)',
        value: { result: -1, ...empty },
      },
    },
  };
}

const NAMESPACE_IN_PATH = /^\/user-data\/by-(user-id|email|wallet|idp)\//;

export function keyValueContract(route: RouteDefinition): RouteContract {
  if (route.handler.startsWith('wallet-')) return walletContract(route);
  const namespace = (NAMESPACE_IN_PATH.exec(route.path)?.[1] ?? 'user-id') as KvCall['namespace'];
  const call: KvCall = {
    operation: operationOf(route.path),
    namespace,
    plain: !NAMESPACE_IN_PATH.test(route.path),
  };
  const operation = OPERATIONS[call.operation];
  const answer = resultAnswer(
    resultCodes(call),
    operation.answer,
    emptyAnswer(call.operation),
    operation.example,
    namespace === 'idp' ? { identity_providers: PROVIDERS_ANSWER } : {},
  );
  return {
    tag: 'Key/value user data',
    description: [
      'Every request may also carry `request_id` (integer, echoed in the answer)',
      namespace === 'wallet'
        ? ', `wallet_address` (default: the first wallet the user proved)'
        : '',
      namespace === 'idp'
        ? ', `identity_provider` (required), or the vendor’s JS/PHP array form `identity_providers`'
        : '',
      '.',
    ].join(''),
    security: [bearerSecurity(typeof route.auth === 'object' ? route.auth.scope : undefined)],
    responses: { 200: answer },
    requestExamples: { seed: { summary: 'The vendor’s example', value: operation.request } },
  };
}

const WALLET: JsonSchema = {
  type: 'object',
  required: ['address', 'chain', 'family', 'label', 'tags'],
  properties: {
    address: { type: 'string', description: 'Lower case.' },
    chain: { type: 'string' },
    family: { type: 'integer', description: '0: EVM.' },
    label: { type: ['string', 'null'] },
    tags: STRINGS,
  },
};
const WALLET_LISTS = {
  wallets_private: { type: 'array', items: WALLET },
  wallets_public: { type: 'array', items: WALLET },
};
// As lambdas/http/wallet-route.ts's `emptyWalletLists` (not imported: it loads the wiring).
const emptyWalletLists = { wallets_private: [], wallets_public: [] };
const COMMON_WALLET_CODES = Object.entries(COMMON).map(
  ([code, meaning]) => [Number(code), meaning] as [number, string],
);

const WALLET_CALLS: Record<
  string,
  {
    codes: [number, string][];
    fields: Record<string, JsonSchema>;
    /** The fields an error answer carries, empty (lambdas/http/wallet-route.ts). */
    empty: Record<string, unknown>;
    request: unknown;
    example: unknown;
  }
> = {
  'wallet-add': {
    codes: [
      ...COMMON_WALLET_CODES,
      [
        -6,
        'wallet verification sign not valid: another signer, stale (> 5 min), future-dated (> 1 min), or a proof already used',
      ],
      [-7, 'wallet already has owner: another account of the project proved it'],
    ],
    fields: {},
    empty: {},
    request: {
      wallet_data_to_sign: 'Add my wallet 2026-11-23T12:05:00Z',
      wallet_sign: '0x…1b',
      wallet: {
        address: '0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed',
        chain: '1',
        tags: ['main'],
        label: 'Ledger',
      },
    },
    example: { result: 0 },
  },
  'wallet-list-get': {
    codes: COMMON_WALLET_CODES,
    fields: WALLET_LISTS,
    empty: emptyWalletLists,
    request: {},
    example: {
      result: 0,
      wallets_private: [],
      wallets_public: [
        {
          address: '0x5aaeb6053f3e94c9b9a09f33669435e7ef1beaed',
          chain: '1',
          family: 0,
          label: 'Ledger',
          tags: ['main'],
        },
      ],
    },
  },
  'wallet-by-tag-get': {
    codes: COMMON_WALLET_CODES,
    fields: WALLET_LISTS,
    empty: emptyWalletLists,
    request: { wallet_tag: 'main' },
    example: { result: 0, wallets_private: [], wallets_public: [] },
  },
  'wallet-chains-get': {
    codes: COMMON_WALLET_CODES,
    fields: { wallet_chains: STRINGS },
    empty: { wallet_chains: [] },
    request: {},
    example: { result: 0, wallet_chains: ['1', '10', '56'] },
  },
};

function walletContract(route: RouteDefinition): RouteContract {
  const call = WALLET_CALLS[route.handler] ?? {
    codes: COMMON_WALLET_CODES,
    fields: {},
    empty: {},
    request: {},
    example: { result: 0 },
  };
  return {
    tag: 'Wallets',
    description:
      'HyperID `api/user_wallets`: the key/value wire format. Every request may also carry `request_id`.',
    security: [bearerSecurity(typeof route.auth === 'object' ? route.auth.scope : undefined)],
    responses: {
      200: resultAnswer(call.codes, call.fields, call.empty, call.example),
    },
    requestExamples: { seed: { summary: 'Example', value: call.request } },
  };
}
