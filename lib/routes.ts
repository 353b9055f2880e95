/**
 * The route table: every HTTP route of the API, declared once. The CDK stack creates one
 * Lambda function and one HTTP API route per entry; the local server routes from the same
 * list; docs/api.md is checked against it by a test.
 */
import type { TableName } from './tables.js';

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

/** The four API families of SPEC; each has its own wire format for errors. */
export type ApiFamily = 'keyValue' | 'document' | 'profile' | 'account';

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
export type CognitoAction = 'AdminConfirmSignUp' | 'AdminGetUser' | 'AdminUserGlobalSignOut';

export interface RouteDefinition {
  readonly method: HttpMethod;
  readonly path: string;
  /** Handler file name under `lambdas/handlers/`, without extension. */
  readonly handler: string;
  readonly family: ApiFamily;
  /**
   * Access-token requirement. `scope` is the OAuth scope a non-sign-in token must carry;
   * sign-in tokens (`aws.cognito.signin.user.admin`) pass every scope check, unless
   * `strict` is set: then only a token carrying the scope itself passes.
   * Authenticated routes are also granted a read of the revocation marks.
   */
  readonly auth: { readonly scope?: string; readonly strict?: boolean } | 'none';
  readonly tables?: Partial<Record<TableName, readonly DynamoAction[]>>;
  readonly cognito?: readonly CognitoAction[];
  /** Needs the device-signing secret (Secrets Manager in AWS, an env var locally). */
  readonly deviceSecret?: boolean;
  readonly summary: string;
}

export const routes: readonly RouteDefinition[] = [
  // Key/value user data (HyperID style). The seed's plain routes behave as by-user-id.
  {
    method: 'POST',
    path: '/user-data/set',
    handler: 'kv-set',
    family: 'keyValue',
    auth: { scope: 'user-data-set' },
    tables: { keyValue: ['PutItem'] },
    summary: 'Store one key/value pair for the calling user',
  },
  {
    method: 'POST',
    path: '/user-data/get',
    handler: 'kv-get',
    family: 'keyValue',
    auth: { scope: 'user-data-get' },
    tables: { keyValue: ['BatchGetItem'] },
    summary: 'Read values of the given keys for the calling user',
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
    tables: { profiles: ['GetItem', 'PutItem', 'DeleteItem'] },
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

  // Account flows (Identify extension), provider awsCognito.
  {
    method: 'POST',
    path: '/user',
    handler: 'account-register',
    family: 'account',
    auth: 'none',
    cognito: ['AdminConfirmSignUp'],
    summary: 'Register a new user',
  },
  {
    method: 'PUT',
    path: '/user/login',
    handler: 'account-login',
    family: 'account',
    auth: 'none',
    tables: { accounts: ['GetItem', 'PutItem', 'UpdateItem'] },
    deviceSecret: true,
    summary: 'Sign in with e-mail and password; returns tokens and the device record',
  },
];

/** `lambdas/handlers/<name>.ts`, relative to the repository root. */
export const handlerEntry = (route: RouteDefinition): string =>
  `lambdas/handlers/${route.handler}.ts`;
