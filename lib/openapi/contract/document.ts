/**
 * JSON document family (BindID style): success and the applicative errors (`size_exceeded`,
 * `invalid_user_type`) answer 200 with a `status_code`; common errors answer
 * `{error, error_description}` with a 4xx/5xx status.
 */
import type { RouteDefinition } from '../../routes.js';
import {
  type Answer,
  bearerSecurity,
  codeTable,
  type JsonSchema,
  oauthStyleError,
  type RouteContract,
  type SecurityRequirement,
} from './types.js';

const ERRORS: Record<number, { code: string; when: string }[]> = {
  400: [
    {
      code: 'invalid_request',
      when: 'malformed JSON, `data` missing or not an object, body over the size or nesting limit, bad reports',
    },
  ],
  401: [
    { code: 'invalid_token', when: 'no token, or a bad one' },
    { code: 'expired_token', when: 'the access token expired' },
  ],
  403: [
    {
      code: 'access_denied',
      when: 'a revoked token (logout), a wrong `authvalue`, `/session-feedback` without one',
    },
  ],
  409: [
    { code: 'conflict', when: 'an alias held by another user, or a different alias already set' },
  ],
  412: [{ code: 'precondition_failed', when: '`If-Match` does not match the store’s ETag' }],
  429: [{ code: 'throttled', when: 'throttled, or too many concurrent writes to one store' }],
  503: [{ code: 'unavailable', when: 'a dependency is down' }],
};

const ETAG = {
  ETag: {
    description: 'The store’s version, `"0"` before the first write, +1 per write (extension).',
    schema: { type: 'string', pattern: '^"\\d+"$' },
  },
};

const OPERATIONS: Record<
  string,
  {
    statuses: number[];
    okExtra?: Record<string, JsonSchema>;
    applicative: string[];
    example: unknown;
    request?: unknown;
    ifMatch?: boolean;
  }
> = {
  'document-get': {
    statuses: [401, 403, 429, 503],
    okExtra: { data: { type: 'object', description: 'The store; `{}` before the first write.' } },
    applicative: ['invalid_user_type'],
    example: { status_code: 'ok', data: { account_type: 'VIP' } },
  },
  'document-replace': {
    statuses: [400, 401, 403, 412, 429, 503],
    applicative: ['size_exceeded', 'invalid_user_type'],
    example: { status_code: 'ok' },
    request: { data: { account_type: 'VIP' } },
    ifMatch: true,
  },
  'document-patch': {
    statuses: [400, 401, 403, 412, 429, 503],
    applicative: ['size_exceeded', 'invalid_user_type'],
    example: { status_code: 'ok' },
    request: { data: { account_type: 'VIP', nickname: null } },
    ifMatch: true,
  },
  'session-feedback': {
    statuses: [400, 401, 403, 409, 429, 503],
    applicative: ['invalid_user_type'],
    example: { status_code: 'ok' },
    request: {
      subject_session_at: '<the user’s access token>',
      reports: [{ type: 'authentication_performed', alias: 'user-123', time: 1700000000 }],
    },
  },
};

const APPLICATIVE: Record<string, string> = {
  ok: 'success',
  size_exceeded: 'the store would exceed the size limit (64 KiB serialized); nothing is written',
  invalid_user_type: 'the token has no user (a client-credentials token)',
};

export function documentContract(route: RouteDefinition): RouteContract {
  const operation = OPERATIONS[route.handler];
  // A route nobody documented fails the generator (and the stale-file test), never a guess.
  if (!operation) throw new Error(`no document contract for handler ${route.handler}`);
  const statusCodes = ['ok', ...operation.applicative];
  const ok: Answer = {
    description: `Success, and the applicative errors, as the vendor answers them:\n\n${codeTable(
      ['status_code', 'meaning'],
      statusCodes.map((code) => [code, APPLICATIVE[code] ?? code]),
    )}`,
    schema: {
      oneOf: [
        {
          title: 'ok',
          type: 'object',
          required: ['status_code', ...Object.keys(operation.okExtra ?? {})],
          properties: { status_code: { const: 'ok' }, ...operation.okExtra },
        },
        {
          title: 'applicative error',
          type: 'object',
          required: ['status_code'],
          properties: { status_code: { type: 'string', enum: operation.applicative } },
        },
      ],
    },
    examples: { seed: { summary: 'Success', value: operation.example } },
    headers: route.handler === 'session-feedback' ? undefined : ETAG,
  };
  const responses: Record<number, Answer> = { 200: ok };
  for (const status of operation.statuses) {
    const errors = ERRORS[status] ?? [];
    responses[status] = {
      description: codeTable(
        ['error', 'when'],
        errors.map((e) => [e.code, e.when]),
      ),
      schema: oauthStyleError(errors.map((e) => e.code)),
      examples: {
        [errors[0]?.code ?? 'error']: {
          summary: errors[0]?.when ?? '',
          value: { error: errors[0]?.code, error_description: '…' },
        },
      },
    };
  }
  const backendOnly = route.handler === 'session-feedback';
  const security: SecurityRequirement[] = backendOnly
    ? [{ bindIdBackend: [] }]
    : [
        bearerSecurity(typeof route.auth === 'object' ? route.auth.scope : undefined),
        { bindIdBackend: [] },
      ];
  return {
    tag: 'JSON document user data',
    description: backendOnly
      ? 'Only the app client’s backend may call: `Authorization: BindIdBackend <authvalue>`, with the token in `subject_session_at` (or `BindIdBackend AccessToken <token>; <authvalue>`).'
      : 'A user’s `Bearer` token, or the app client’s backend with `BindIdBackend AccessToken <token>; <authvalue>`.',
    security,
    responses,
    requestExamples: operation.request
      ? { seed: { summary: 'Example', value: operation.request } }
      : undefined,
    parameters: operation.ifMatch
      ? [
          {
            name: 'If-Match',
            in: 'header',
            description:
              'Extension: write only if the store is still at this ETag (else 412, nothing changes).',
            schema: { type: 'string' },
            example: '"3"',
          },
        ]
      : undefined,
  };
}
