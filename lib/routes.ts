/**
 * The route table: every HTTP route of the API, declared once. The CDK stack creates one
 * Lambda function and one HTTP API route per entry; the local server routes from the same
 * list; docs/api.md is checked against it by a test.
 */
import type { TableName } from './tables.js';

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

/**
 * The four API families of SPEC; each has its own wire format for errors. `reference` is the
 * API's own description (its OpenAPI document), no family of SPEC.
 */
export type ApiFamily = 'keyValue' | 'document' | 'profile' | 'account' | 'reference';

/** The key/value namespaces: whose data a key/value route reads and writes. */
export type KvNamespace = 'user-id' | 'email' | 'wallet' | 'idp';

/** Scope of a user's own sign-in token; account routes act on the Cognito user with it. */
const SIGN_IN = { scope: 'aws.cognito.signin.user.admin', strict: true } as const;

/** DynamoDB actions a handler may be granted, without the `dynamodb:` prefix. */
export type DynamoAction =
  | 'GetItem'
  | 'BatchGetItem'
  | 'PutItem'
  | 'UpdateItem'
  | 'DeleteItem'
  | 'BatchWriteItem'
  | 'Query'
  | 'ConditionCheckItem';

/** Cognito actions that need IAM (public flows such as SignUp or InitiateAuth do not). */
export type CognitoAction =
  | 'AdminConfirmSignUp'
  | 'AdminUpdateUserAttributes'
  | 'AdminInitiateAuth'
  | 'AdminCreateUser'
  | 'AdminSetUserPassword'
  | 'AdminDeleteUser'
  | 'AdminGetUser'
  | 'AdminUserGlobalSignOut'
  /** Reads an app client's secret (SECRET_HASH): every route calling Cognito through a client. */
  | 'DescribeUserPoolClient';

/** API Gateway throttling of one route: steady requests per second and burst. */
export interface RouteThrottle {
  readonly rateLimit: number;
  readonly burstLimit: number;
}

export interface RouteDefinition {
  readonly method: HttpMethod;
  readonly path: string;
  /** Handler file name under `lambdas/handlers/`, without extension. */
  readonly handler: string;
  readonly family: ApiFamily;
  /** Key/value routes: the namespace (the seed's plain `/user-data/set|get` are by user id). */
  readonly namespace?: KvNamespace;
  /**
   * Access-token requirement. `scope` is the OAuth scope a non-sign-in token must carry;
   * sign-in tokens (`aws.cognito.signin.user.admin`) pass every scope check, unless
   * `strict` is set: then only a token carrying the scope itself passes.
   * The handlers' token check reads it from here (`routeFor`): a scope is declared once.
   * Authenticated routes are also granted a read of the revocation marks.
   */
  readonly auth: { readonly scope?: string; readonly strict?: boolean } | 'none';
  readonly tables?: Partial<Record<TableName, readonly DynamoAction[]>>;
  readonly cognito?: readonly CognitoAction[];
  /** Needs the server's signing secret (Secrets Manager in AWS, an env var locally). */
  readonly signingSecret?: boolean;
  /** Needs the app clients' backend secrets (the `BindIdBackend` header's authvalue). */
  readonly clientSecrets?: boolean;
  /** Needs the external identity providers' secrets (the Facebook app secret). */
  readonly providerSecrets?: boolean;
  /**
   * Sends the API's own e-mail (owner notices): with `email` configured, the stack passes the
   * sender (EMAIL_SENDER) and grants `ses:SendEmail` on its SES identity; without, the mail
   * is only logged.
   */
  readonly sendsMail?: boolean;
  /**
   * This route's own throttling in the HTTP API stage; without it the configuration's
   * `throttle` applies (to this route alone: API Gateway limits each route separately).
   */
  readonly throttle?: RouteThrottle;
  readonly summary: string;
}

/**
 * The key/value operations under one prefix. The seed's plain `/user-data/set|get` behave as
 * by-user-id. The e-mail, wallet and IdP namespaces run the `kv-<operation>-linked` handlers,
 * whose bundles carry the user directory (Cognito, wallet registry); by-user-id bundles do not.
 */
function keyValueRoutes(
  prefix: string,
  namespace: KvNamespace,
  fullSurface = false,
): RouteDefinition[] {
  const base = { method: 'POST', family: 'keyValue', namespace } as const;
  const handler = (operation: string) =>
    namespace === 'user-id' ? `kv-${operation}` : `kv-${operation}-linked`;
  // by-wallet lists the caller's proven wallets (one Query of the wallets table).
  const lookup = prefix === '/by-wallet' ? { wallets: ['Query'] as DynamoAction[] } : {};
  const named = prefix ? ` (${prefix.slice(1)})` : '';
  const operations: RouteDefinition[] = [
    {
      ...base,
      path: `/user-data${prefix}/set`,
      handler: handler('set'),
      auth: { scope: 'user-data-set' },
      // The namespace's and user's usage counters and the revocation mark in one BatchGetItem,
      // the write, the counters' UpdateItems when usage changes; near a quota's edge the key
      // itself (BatchGetItem) and recounts (Query, PutItem).
      tables: {
        keyValue: ['UpdateItem', 'BatchGetItem', 'Query', 'PutItem'],
        revocations: ['BatchGetItem'],
        ...lookup,
      },
      summary: `Store one key/value pair${named}`,
    },
    {
      ...base,
      path: `/user-data${prefix}/get`,
      handler: handler('get'),
      auth: { scope: 'user-data-get' },
      // The revocation mark is read in the same BatchGetItem as the values.
      tables: { keyValue: ['BatchGetItem'], revocations: ['BatchGetItem'], ...lookup },
      summary: `Read the values of the given keys${named}`,
    },
  ];
  if (!fullSurface) return operations;
  return [
    ...operations,
    {
      ...base,
      path: `/user-data${prefix}/delete`,
      handler: handler('delete'),
      auth: { scope: 'user-data-set' },
      // DeleteItem, then the usage counter of the quotas.
      tables: { keyValue: ['DeleteItem', 'UpdateItem'], ...lookup },
      summary: `Delete the given keys of this app client${named}`,
    },
    {
      ...base,
      path: `/user-data${prefix}/list-get`,
      handler: handler('list-get'),
      auth: { scope: 'user-data-get' },
      tables: { keyValue: ['Query'], ...lookup },
      summary: `List this app client's keys, private and public${named}`,
    },
    {
      ...base,
      path: `/user-data${prefix}/shared-list-get`,
      handler: handler('shared-list-get'),
      auth: { scope: 'user-data-get' },
      tables: { keyValue: ['Query'], ...lookup },
      signingSecret: true,
      summary: `List, page by page, the public keys of the project's other app clients${named}`,
    },
  ];
}

export const routes: readonly RouteDefinition[] = [
  // Key/value user data (HyperID style): the seed's two routes, then the vendor's full surface.
  ...keyValueRoutes('', 'user-id'),
  ...(['user-id', 'email', 'wallet', 'idp'] as const).flatMap((namespace) =>
    keyValueRoutes(`/by-${namespace}`, namespace, true),
  ),

  // Proven wallets (HyperID `api/user_wallets`): the by-wallet key/value namespace serves these.
  {
    method: 'POST',
    path: '/user-wallet/add',
    handler: 'wallet-add',
    family: 'keyValue',
    auth: { scope: 'user-data-set' },
    // Query: the account's wallet count (at most 100).
    tables: { wallets: ['Query', 'PutItem', 'UpdateItem'] },
    summary: 'Add a wallet proven by its personal signature of a fresh, timestamped text',
  },
  {
    method: 'POST',
    path: '/user-wallets/get',
    handler: 'wallet-list-get',
    family: 'keyValue',
    auth: { scope: 'user-data-get' },
    tables: { wallets: ['Query'] },
    summary: "The caller's proven wallets, the default (first added) first",
  },
  {
    method: 'POST',
    path: '/user-wallets-by-tag/get',
    handler: 'wallet-by-tag-get',
    family: 'keyValue',
    auth: { scope: 'user-data-get' },
    tables: { wallets: ['Query'] },
    summary: "The caller's proven wallets that carry a tag",
  },
  {
    method: 'POST',
    path: '/user-wallets/available-chains-get',
    handler: 'wallet-chains-get',
    family: 'keyValue',
    auth: { scope: 'user-data-get' },
    summary: 'The chain ids a wallet may be added on (configuration)',
  },

  // User profile resource API (Login 3.0 style). Upserts and deletes are one
  // TransactWriteItems each (profile, unique markers, audit entry), after one GetItem.
  {
    method: 'GET',
    path: '/userinfo',
    handler: 'userinfo-get',
    family: 'profile',
    auth: { scope: 'user-data-get' },
    tables: { profiles: ['GetItem'] },
    summary: "The caller's profile record",
  },
  {
    method: 'POST',
    path: '/userinfo',
    handler: 'userinfo-upsert',
    family: 'profile',
    auth: { scope: 'user-data-set' },
    // wallets: who proved a wallet address by signature (no squatting; its prover takes it over).
    tables: { profiles: ['GetItem', 'PutItem', 'DeleteItem'], wallets: ['GetItem'] },
    // Whether an address is another account's sign-in e-mail (no squatting).
    cognito: ['AdminGetUser'],
    summary: "Create the caller's profile, or update the fields sent; returns the stored record",
  },
  {
    method: 'DELETE',
    path: '/userinfo',
    handler: 'userinfo-delete',
    family: 'profile',
    auth: { scope: 'user-data-set' },
    tables: { profiles: ['GetItem', 'PutItem', 'DeleteItem'] },
    summary: "Delete the caller's profile and free its unique e-mail and wallet address",
  },
  {
    method: 'GET',
    path: '/user_existing_info',
    handler: 'user-existing-info',
    family: 'profile',
    auth: { scope: 'user-data-get' },
    // The accounts table only for the last sign-in (login history of PUT /user/login).
    tables: { profiles: ['GetItem'], accounts: ['GetItem'] },
    summary: "The caller's user_id, name, email, status and last sign-in",
  },
  {
    method: 'GET',
    path: '/userinfo/history',
    handler: 'userinfo-history',
    family: 'profile',
    auth: { scope: 'user-data-get' },
    tables: { profiles: ['Query'] },
    summary: "The caller's profile audit history, newest first, paginated",
  },
  {
    method: 'GET',
    path: '/userinfo/lookup',
    handler: 'userinfo-lookup',
    family: 'profile',
    // Strict: the sign-in scope does not pass; only the project's backend holds this scope.
    auth: { scope: 'userinfo-lookup', strict: true },
    tables: { profiles: ['GetItem'] },
    summary: "Extension: the project's backend finds a user by email or wallet_address",
  },

  // JSON document per user (BindID style).
  {
    method: 'GET',
    path: '/custom-user-data',
    handler: 'document-get',
    family: 'document',
    auth: { scope: 'user-data-get' },
    tables: { documents: ['GetItem'] },
    clientSecrets: true,
    summary: 'The caller’s JSON store',
  },
  {
    method: 'POST',
    path: '/custom-user-data',
    handler: 'document-replace',
    family: 'document',
    auth: { scope: 'user-data-set' },
    tables: { documents: ['GetItem', 'UpdateItem'] },
    clientSecrets: true,
    summary: 'Replace the caller’s JSON store',
  },
  {
    method: 'PATCH',
    path: '/custom-user-data',
    handler: 'document-patch',
    family: 'document',
    auth: { scope: 'user-data-set' },
    tables: { documents: ['GetItem', 'UpdateItem'] },
    clientSecrets: true,
    summary: 'Apply a JSON Merge Patch (RFC 7396) to the caller’s JSON store',
  },
  {
    method: 'POST',
    path: '/session-feedback',
    handler: 'session-feedback',
    family: 'document',
    auth: { scope: 'user-data-set' },
    tables: { documents: ['GetItem', 'PutItem', 'UpdateItem', 'DeleteItem'] },
    clientSecrets: true,
    summary: 'Session reports from the app client’s backend: set, move or delete the user’s alias',
  },

  // Account flows (Identify extension), provider awsCognito.
  {
    method: 'POST',
    path: '/user',
    handler: 'account-user-create',
    family: 'account',
    auth: 'none',
    // anonymous and noLogin users and their rate-limit counters; the attempts table holds the
    // owner notices' one-per-hour marks (a conditional PutItem).
    tables: { accounts: ['PutItem', 'UpdateItem'], attempts: ['PutItem'] },
    // An address that already has an account: its owner is told by mail.
    sendsMail: true,
    // Admin sign-up (the pool refuses self sign-up); AdminDeleteUser undoes a half-created
    // user; AdminInitiateAuth signs in once to have the verification code mailed (with the
    // app client's secret: DescribeUserPoolClient).
    cognito: [
      'AdminCreateUser',
      'AdminSetUserPassword',
      'AdminDeleteUser',
      'AdminUpdateUserAttributes',
      'AdminInitiateAuth',
      'DescribeUserPoolClient',
    ],
    throttle: { rateLimit: 5, burstLimit: 10 },
    summary: 'Register a new user',
  },
  {
    method: 'PUT',
    path: '/user/login',
    handler: 'account-user-login',
    family: 'account',
    auth: 'none',
    cognito: ['AdminInitiateAuth', 'DescribeUserPoolClient'],
    throttle: { rateLimit: 10, burstLimit: 20 },
    tables: {
      accounts: ['GetItem', 'PutItem', 'UpdateItem'],
      attempts: ['UpdateItem'],
      sessions: ['PutItem'],
    },
    signingSecret: true,
    summary: 'Sign in with e-mail and password; returns tokens and the device record',
  },
  {
    method: 'POST',
    path: '/user/refresh',
    handler: 'account-refresh',
    family: 'account',
    auth: 'none',
    cognito: ['AdminInitiateAuth', 'DescribeUserPoolClient'],
    throttle: { rateLimit: 20, burstLimit: 40 },
    // The refresh-token registry, and the revocation marks it is checked against.
    tables: { accounts: ['GetItem'], sessions: ['GetItem'], revocations: ['GetItem'] },
    summary: 'New access and ID tokens for a refresh token',
  },
  {
    method: 'POST',
    path: '/user/logout',
    handler: 'account-logout',
    family: 'account',
    auth: SIGN_IN,
    tables: { revocations: ['PutItem'] },
    // RevokeToken of the refresh token proves the app client's secret.
    cognito: ['DescribeUserPoolClient'],
    summary: 'Sign out everywhere and revoke every access token issued so far',
  },
  {
    method: 'GET',
    path: '/user',
    handler: 'account-user-get',
    family: 'account',
    auth: SIGN_IN,
    // authZero and noLogin answers carry the backend's own access token.
    signingSecret: true,
    // UpdateItem: provider authZero creates the linked profile on first read.
    tables: { accounts: ['GetItem', 'Query', 'UpdateItem'] },
    summary: 'The caller’s profile: attributes, devices, login history, appProfile',
  },
  {
    method: 'PUT',
    path: '/user',
    handler: 'account-user-update',
    family: 'account',
    auth: SIGN_IN,
    // authZero and noLogin answers carry the backend's own access token.
    signingSecret: true,
    tables: { accounts: ['GetItem', 'UpdateItem'] },
    summary: 'Update the caller’s attributes and appProfile',
  },
  {
    method: 'PUT',
    path: '/user/change-password',
    handler: 'account-change-password',
    family: 'account',
    auth: SIGN_IN,
    // Attempt limits and the revocation mark; then a login with the new password
    // (AdminInitiateAuth): device record, login history, signed device, the refresh-token
    // registry.
    tables: {
      revocations: ['PutItem'],
      attempts: ['UpdateItem'],
      accounts: ['GetItem', 'PutItem', 'UpdateItem'],
      sessions: ['PutItem'],
    },
    cognito: ['AdminInitiateAuth', 'DescribeUserPoolClient'],
    signingSecret: true,
    summary: 'Change the caller’s password; answers with a new login (tokens, device)',
  },
  {
    method: 'PUT',
    path: '/user/forgot-password',
    handler: 'account-forgot-password',
    family: 'account',
    auth: 'none',
    // ForgotPassword proves the app client's secret (SECRET_HASH).
    cognito: ['DescribeUserPoolClient'],
    throttle: { rateLimit: 2, burstLimit: 5 },
    summary: 'Send a password-reset code',
  },
  {
    method: 'POST',
    path: '/user/confirm-forgot-password',
    handler: 'account-confirm-forgot-password',
    family: 'account',
    auth: 'none',
    throttle: { rateLimit: 5, burstLimit: 10 },
    tables: { revocations: ['PutItem'], attempts: ['UpdateItem'] },
    // The user's sub (for the revocation mark) and the sign-out: no access token is at hand;
    // ConfirmForgotPassword proves the app client's secret.
    cognito: ['AdminGetUser', 'AdminUserGlobalSignOut', 'DescribeUserPoolClient'],
    summary: 'Set a new password with the reset code',
  },
  {
    method: 'GET',
    path: '/user/check',
    handler: 'account-user-check',
    family: 'account',
    auth: SIGN_IN,
    // authZero and noLogin answers carry the backend's own access token.
    signingSecret: true,
    // UpdateItem: provider authZero records the device and the sign-in.
    tables: { accounts: ['GetItem', 'Query', 'UpdateItem'] },
    summary: 'Confirm the token and that the device belongs to the caller',
  },
  {
    method: 'POST',
    path: '/user/upgrade',
    handler: 'account-upgrade',
    family: 'account',
    auth: SIGN_IN,
    // Moves the guest's items to the account (copy, then delete; the key/value usage counters
    // follow with UpdateItem ADD) and revokes the guest.
    tables: {
      keyValue: ['Query', 'PutItem', 'DeleteItem', 'UpdateItem'],
      documents: ['GetItem', 'PutItem', 'DeleteItem', 'UpdateItem'],
      profiles: ['Query', 'PutItem', 'DeleteItem', 'UpdateItem'],
      revocations: ['GetItem', 'PutItem'],
    },
    signingSecret: true,
    summary: 'Extension: a guest who signed in with e-mail brings their data to the account',
  },
  {
    method: 'GET',
    path: '/user/check/nonstandard',
    handler: 'provider-token-check',
    family: 'account',
    // The route verifies the Google, Facebook or Twitter token itself, by calling the provider.
    auth: 'none',
    tables: { accounts: ['UpdateItem', 'Query'] },
    providerSecrets: true,
    signingSecret: true,
    summary: 'Google, Facebook, Twitter: verify the provider token, answer the linked profile',
  },

  // The API's own OpenAPI 3.1 document (generated: `npm run openapi`), for explorers and
  // client generators; public, like the API's shape.
  {
    method: 'GET',
    path: '/openapi.json',
    handler: 'openapi-get',
    family: 'reference',
    auth: 'none',
    summary: 'This API’s OpenAPI 3.1 document',
  },
];

const byKey = new Map(routes.map((route) => [`${route.method} ${route.path}`, route]));

/** The route an API Gateway `routeKey` (`POST /user-data/set`) names, if any. */
export const routeFor = (routeKey: string): RouteDefinition | undefined => byKey.get(routeKey);

/** A construct id unique per route: `POST /user-data/by-email/set` → `PostUserDataByEmailSet`. */
export const routeId = (route: RouteDefinition): string =>
  `${route.method} ${route.path}`
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean)
    .map((word) => word[0]?.toUpperCase() + word.slice(1))
    .join('');

/** `lambdas/handlers/<name>.ts`, relative to the repository root. */
export const handlerEntry = (route: RouteDefinition): string =>
  `lambdas/handlers/${route.handler}.ts`;
