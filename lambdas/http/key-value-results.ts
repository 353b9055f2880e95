/**
 * The vendor's result-code table of every key/value call (HyperID `api/user_data/**.md`), and
 * the one mapping from a failure to a code of that table. Strict clients turn an unknown code
 * into an exception (Python `Enum(code)`), so an answer never carries a code outside its
 * call's table; the only exception is -9, answered solely to the `expected_version`
 * extension, which no vendor client sends.
 */
import type { NamespaceKind } from '../domain/key-value/namespaces.js';
import type { ErrorCode } from '../errors.js';

export type KvOperation = 'set' | 'get' | 'delete' | 'list-get' | 'shared-list-get';

/** A call: the operation, its namespace, and whether it is the seed's plain `/user-data/…`. */
export interface KvCall {
  readonly operation: KvOperation;
  readonly namespace: NamespaceKind;
  readonly plain?: boolean;
}

const COMMON = [0, -1, -2, -3, -4, -5] as const;
/** Extension: `expected_version` did not match (set only, only when the client sent it). */
export const VERSION_CONFLICT = -9;

/** The codes of a call's vendor table beyond 0 and -1…-5, by meaning. */
interface CallCodes {
  readonly notFound?: 1;
  readonly namespaceNotFound?: number;
  readonly keyAccessDenied?: number;
  readonly keyInvalid?: number;
  readonly keysLimit?: number;
}

export function callCodes(call: KvCall): CallCodes {
  const selected = call.namespace === 'wallet' || call.namespace === 'idp';
  const namespaceNotFound = selected ? -6 : undefined;
  switch (call.operation) {
    case 'set':
      return selected
        ? { namespaceNotFound, keyAccessDenied: -7, keyInvalid: -8 }
        : { keyAccessDenied: -6, keyInvalid: -7 };
    case 'get':
      // The seed's plain /user-data/get has no "success not found" in its table.
      return {
        notFound: call.plain ? undefined : 1,
        namespaceNotFound,
        keysLimit: selected ? -7 : -6,
      };
    default:
      return { notFound: 1, namespaceNotFound };
  }
}

/** Every code the call's vendor table lists. */
export function vendorTable(call: KvCall): number[] {
  const codes = callCodes(call);
  return [
    ...(codes.notFound ? [1] : []),
    ...COMMON,
    ...[codes.namespaceNotFound, codes.keyAccessDenied, codes.keyInvalid, codes.keysLimit].filter(
      (code): code is number => code !== undefined,
    ),
  ].sort((a, b) => b - a);
}

/** The failure's code in the call's table (`keysLimit`: too many keys in one call). */
export function failureResult(code: ErrorCode | 'keys_limit', call: KvCall): number {
  const codes = callCodes(call);
  switch (code) {
    case 'invalid_token':
    case 'unknown_project':
    case 'unknown_provider':
    case 'invalid_credentials':
      return -1;
    case 'expired_token':
      return -2;
    case 'access_denied':
    case 'user_not_confirmed':
      return -3;
    case 'throttled':
    case 'unavailable':
    case 'internal':
      return -4;
    case 'version_conflict':
      return VERSION_CONFLICT;
    // Codes a call's table may lack: then it is an invalid parameter.
    case 'keys_limit':
      return codes.keysLimit ?? -5;
    case 'invalid_key':
      return codes.keyInvalid ?? -5;
    case 'key_access_denied':
      return codes.keyAccessDenied ?? -5;
    case 'namespace_not_found':
      return codes.namespaceNotFound ?? -5;
    default:
      return -5;
  }
}

/** The call's answer fields, empty: error answers carry them so strict clients still parse. */
export function emptyAnswer(operation: KvOperation): Record<string, unknown> {
  switch (operation) {
    case 'set':
      return {};
    case 'get':
      return { values: [] };
    case 'delete':
      return { keys_delete_results: [] };
    case 'list-get':
      return { keys_private: [], keys_public: [] };
    case 'shared-list-get':
      return { keys_shared: [], next_search_id: '' };
  }
}

/** `/user-data/by-email/list-get` → list-get; the seed's `/user-data/get` → get. */
export function operationOf(path: string): KvOperation {
  return path.slice(path.lastIndexOf('/') + 1) as KvOperation;
}

/** One provider's answer in the by-idp array form. */
export interface ProviderOutcome {
  readonly provider: string;
  readonly outcome: { result: number } & Record<string, unknown>;
}

/** The single form's answer fields of each operation. */
const FIELDS: Record<KvOperation, readonly string[]> = {
  set: [],
  get: ['values'],
  delete: ['keys_delete_results'],
  'list-get': ['keys_private', 'keys_public'],
  'shared-list-get': ['keys_shared', 'next_search_id'],
};

const pick = (outcome: Record<string, unknown>, operation: KvOperation) =>
  Object.fromEntries(
    FIELDS[operation].map((field) => [field, outcome[field] ?? emptyAnswer(operation)[field]]),
  );

/**
 * The by-idp array form's answer (`identity_providers: ["google"]`, sent by the vendor's JS
 * and PHP clients, which read `identity_providers[0].identity_provider` as that provider's
 * data): one element per provider, and at the top the combined result and the first
 * provider's fields, as the single form would answer them.
 */
export function providersAnswer(operation: KvOperation, answers: readonly ProviderOutcome[]) {
  const results = answers.map((answer) => answer.outcome.result);
  const failure = results.find((result) => result < 0);
  const first = answers[0]?.outcome ?? { result: 0 };
  return {
    result: failure ?? (results.every((result) => result === 1) ? 1 : 0),
    ...pick(first, operation),
    identity_providers: answers.map(({ provider, outcome }) => {
      const fields = pick(outcome, operation);
      const [only] = FIELDS[operation];
      return {
        // get and delete answer one array: the element carries it as is.
        identity_provider:
          FIELDS[operation].length === 1 && only !== undefined ? fields[only] : fields,
        identity_provider_name: provider,
        result: outcome.result,
      };
    }),
  };
}
