/**
 * Account family (Identify extension): `{result: 1, message, data}` on success; on failure
 * `{result: 0, error, message}` with a fitting status.
 */
import { DEFAULT_PROJECT_ID } from '../../config.js';
import type { RouteDefinition } from '../../routes.js';
import {
  type Answer,
  bearerSecurity,
  codeTable,
  type JsonSchema,
  type RouteContract,
} from './types.js';

const ERRORS: Record<number, [string, string][]> = {
  400: [
    ['invalid_request', 'malformed JSON, wrong or missing fields, body over the limits'],
    ['unknown_provider', 'a provider or strategy the project does not enable'],
    ['weak_password', 'the password breaks the pool’s policy'],
    ['invalid_code', 'a wrong reset code (also for an address without an account)'],
    ['expired_code', 'an expired reset code'],
  ],
  401: [
    ['invalid_credentials', 'wrong password or unknown user (one answer: no enumeration)'],
    ['invalid_token', 'a bad token, or one of another project'],
    ['expired_token', 'the token expired'],
    ['access_denied', 'the token was revoked by a logout'],
  ],
  403: [['user_not_confirmed', 'the account has not been confirmed']],
  404: [
    ['unknown_project', '`projectId` names no configured project'],
    ['not_found', 'not one of the caller’s devices'],
  ],
  409: [['user_exists', 'sign-up with an e-mail already registered']],
  429: [['throttled', 'Cognito or DynamoDB throttled the request']],
  500: [['internal', 'an unexpected failure (logged; the answer carries no detail)']],
  503: [['unavailable', 'a dependency is down or timed out']],
};

const PARAMS = { projectId: DEFAULT_PROJECT_ID, strategy: 'email', provider: 'awsCognito' };
const SEED_USER = { email: 'test@user.com', password: 'bID>idfsf23!' };

const TOKENS: Record<string, JsonSchema> = {
  userId: { type: 'string', description: 'The Cognito `sub`.' },
  deviceId: { type: 'string', format: 'uuid' },
  externalId: { type: 'string', description: 'SHA-256 hex of (project, user).' },
  accessToken: { type: 'string', description: 'Cognito access token: the Bearer token.' },
  profileToken: { type: 'string', description: 'Cognito ID token.' },
  refreshToken: { type: 'string' },
};

const DEVICE: JsonSchema = {
  type: 'object',
  properties: {
    deviceId: { type: 'string' },
    lastLogin: { type: 'integer' },
    signUp: { type: 'integer' },
    userId: { type: 'string' },
    timeStamp: { type: 'integer' },
    signature: { type: 'string' },
  },
};

/** GET /user and /user/check: seed 004's shape, the profile nested in `data.data`. */
const PROFILE: JsonSchema = {
  type: 'object',
  description:
    'Seed 004’s shape: the profile in `data` (username, Cognito attributes, userId, loginHistory), and beside it the attributes again, `updatedAt`, `devices`; `externalId` and `appProfile` are this backend’s.',
  required: ['data', 'updatedAt', 'devices', 'externalId', 'appProfile'],
  properties: {
    data: {
      type: 'object',
      required: ['username', 'userId', 'loginHistory'],
      properties: {
        username: { type: 'string' },
        userId: { type: 'string' },
        loginHistory: {
          type: 'array',
          items: { type: 'integer' },
          description: 'Sign-in times, oldest first (the newest 50).',
        },
      },
      additionalProperties: { type: 'string' },
    },
    updatedAt: {
      type: 'string',
      description: 'Cognito’s `updated_at`, epoch seconds; may be empty.',
    },
    devices: { type: 'array', items: DEVICE },
    externalId: { type: 'string' },
    appProfile: { type: 'object' },
  },
  additionalProperties: { type: 'string', description: 'Cognito attributes, as in `data`.' },
};

const object = (properties: Record<string, JsonSchema>, required = Object.keys(properties)) => ({
  type: 'object',
  required,
  properties,
});

const LOGIN_DATA = object({
  ...TOKENS,
  timeStamp: { type: 'integer', description: 'This sign-in, epoch seconds.' },
  signUp: { type: 'integer', description: 'The first sign-in from this device.' },
  signature: { type: 'string', description: 'HMAC-SHA256 (upper-case hex) of the device record.' },
});

/** POST /user/upgrade: what moved from the guest, and what the account already had. */
const MOVE_COUNT = object({
  moved: { type: 'integer', description: 'Items moved to the account.' },
  dropped: { type: 'integer', description: 'The guest’s items the account already had.' },
});

const OPERATIONS: Record<
  string,
  {
    status: number;
    message: string;
    data: JsonSchema;
    errors: number[];
    request?: unknown;
    example?: unknown;
  }
> = {
  'account-user-create': {
    status: 201,
    message: 'user registered',
    data: object({ userId: { type: 'string' }, confirmed: { type: 'boolean' } }),
    errors: [400, 404, 409, 429, 503],
    request: { ...PARAMS, data: SEED_USER },
    example: {
      result: 1,
      message: 'user registered',
      data: { userId: '99b5e0ae-4f1c-4b5e-9f5a-2d1c1e1f0a11', confirmed: true },
    },
  },
  'account-user-login': {
    status: 200,
    message: 'OK',
    data: LOGIN_DATA,
    errors: [400, 401, 403, 404, 429, 503],
    request: { ...PARAMS, data: SEED_USER },
    example: {
      result: 1,
      message: 'OK',
      data: {
        deviceId: '789f64dc-750d-4260-afef-7937062048e3',
        timeStamp: 1614788250,
        signature: 'C4B2…',
        externalId: '6432a1c6…',
        userId: '99b5e0ae-…',
        accessToken: '<Cognito access token>',
        profileToken: '<Cognito ID token>',
        refreshToken: '<Cognito refresh token>',
        signUp: 1614788100,
      },
    },
  },
  'account-refresh': {
    status: 200,
    message: 'OK',
    data: object(TOKENS),
    errors: [400, 401, 404, 429, 503],
    request: { ...PARAMS, refreshToken: '<refresh token>' },
  },
  'account-logout': {
    status: 200,
    message: 'user logged out',
    data: { type: 'object' },
    errors: [400, 401, 404, 429, 503],
    request: PARAMS,
  },
  'account-user-get': {
    status: 200,
    message: 'OK',
    data: PROFILE,
    errors: [400, 401, 404, 429, 503],
    request: PARAMS,
  },
  'account-user-update': {
    status: 200,
    message: 'User is Correctly Created',
    data: {
      type: 'object',
      properties: {
        email: { type: 'string' },
        username: { type: 'string' },
        externalId: { type: 'string' },
        projectId: { type: 'string' },
        appProfile: { type: 'object' },
      },
    },
    errors: [400, 401, 404, 429, 503],
    request: {
      ...PARAMS,
      data: { nickname: 'testUserCognito', appProfile: { data: 'customUserObjectGoesHere' } },
    },
  },
  'account-change-password': {
    status: 200,
    message: 'password has been updated',
    // Signs in with the new password and answers the login data (seed 004).
    data: LOGIN_DATA,
    errors: [400, 401, 404, 429, 503],
    request: {
      ...PARAMS,
      data: { password: 'n3w>Passw0rd!', previousPassword: SEED_USER.password },
    },
  },
  'account-forgot-password': {
    status: 200,
    message: 'please check your email',
    data: { type: 'object' },
    errors: [400, 404, 429, 503],
    request: { ...PARAMS, data: { email: SEED_USER.email } },
  },
  'account-confirm-forgot-password': {
    status: 200,
    message: 'password has been reset',
    data: { type: 'object' },
    errors: [400, 404, 429, 503],
    request: {
      ...PARAMS,
      data: { email: SEED_USER.email, confirmationCode: '123456', password: 'n3w>Passw0rd!' },
    },
  },
  'account-user-check': {
    status: 200,
    message: 'OK',
    data: PROFILE,
    errors: [400, 401, 404, 429, 503],
    request: { ...PARAMS, deviceId: '789f64dc-750d-4260-afef-7937062048e3' },
  },
  'account-upgrade': {
    status: 200,
    message: 'Guest data moved to the account',
    data: object({
      userId: { type: 'string', description: 'The account’s Cognito `sub`.' },
      keyValue: MOVE_COUNT,
      document: MOVE_COUNT,
      profile: MOVE_COUNT,
    }),
    errors: [400, 401, 404, 429, 503],
    request: { ...PARAMS, data: { guestToken: '<the guest’s accessToken>' } },
  },
  'provider-token-check': {
    status: 200,
    message: 'OK',
    data: object({
      userId: { type: 'string', description: 'This backend’s id of the linked user.' },
      updatedAt: { type: 'string', description: 'Epoch seconds of the last change.' },
      nickname: { type: ['string', 'null'] },
      email: { type: ['string', 'null'] },
      devices: {
        type: 'array',
        items: object({
          deviceId: { type: 'string' },
          lastLogin: { type: 'integer' },
          signUp: { type: 'integer' },
          userId: { type: 'string' },
        }),
      },
      accessToken: { type: 'string', description: 'The backend’s own access token for this user.' },
      expiresIn: { type: 'integer', description: 'Seconds the access token lives.' },
    }),
    errors: [400, 401, 404, 429, 503],
    request: { ...PARAMS, provider: 'google', accessToken: '<Google ID token>' },
  },
};

export function accountContract(route: RouteDefinition): RouteContract {
  const operation = OPERATIONS[route.handler];
  // A route nobody documented fails the generator (and the stale-file test), never a guess.
  if (!operation) throw new Error(`no account contract for handler ${route.handler}`);
  const responses: Record<number, Answer> = {
    [operation.status]: {
      description: `Success: \`result\` 1, \`message\` “${operation.message}”.`,
      schema: object({
        result: { const: 1 },
        message: { type: 'string' },
        data: operation.data,
      }),
      examples: operation.example
        ? { seed: { summary: 'Example (seed 004)', value: operation.example } }
        : undefined,
    },
  };
  for (const status of [...operation.errors, 500]) {
    const errors = ERRORS[status] ?? [];
    responses[status] = {
      description: codeTable(['error', 'when'], errors),
      schema: object({
        result: { const: 0 },
        error: { type: 'string', enum: errors.map(([code]) => code) },
        message: { type: 'string', description: 'Why, for a person.' },
      }),
    };
  }
  return {
    tag: 'Account flows',
    description:
      '`projectId`, `strategy` and `provider` default to the first configured project and its first strategy and provider.' +
      (route.auth !== 'none' ? ' The token must belong to the project named.' : ''),
    security: typeof route.auth === 'object' ? [bearerSecurity(route.auth.scope)] : [],
    responses,
    requestExamples: operation.request
      ? { seed: { summary: 'Example (seed 004)', value: operation.request } }
      : undefined,
  };
}
