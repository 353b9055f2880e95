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
   * sign-in tokens (`aws.cognito.signin.user.admin`) pass every scope check.
   * Authenticated routes are also granted a read of the revocation marks.
   */
  readonly auth: { readonly scope?: string } | 'none';
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
  {
    method: 'POST',
    path: '/user/refresh',
    handler: 'account-refresh',
    family: 'account',
    auth: 'none',
    tables: { accounts: ['GetItem'] },
    summary: 'New access and ID tokens for a refresh token',
  },
  {
    method: 'POST',
    path: '/user/logout',
    handler: 'account-logout',
    family: 'account',
    auth: {},
    tables: { revocations: ['PutItem'] },
    summary: 'Sign out everywhere and revoke every access token issued so far',
  },
  {
    method: 'GET',
    path: '/user',
    handler: 'account-profile-get',
    family: 'account',
    auth: {},
    tables: { accounts: ['GetItem', 'Query'] },
    summary: 'The caller’s profile: attributes, devices, login history, appProfile',
  },
  {
    method: 'PUT',
    path: '/user',
    handler: 'account-profile-update',
    family: 'account',
    auth: {},
    tables: { accounts: ['GetItem', 'UpdateItem'] },
    summary: 'Update the caller’s attributes and appProfile',
  },
  {
    method: 'PUT',
    path: '/user/change-password',
    handler: 'account-change-password',
    family: 'account',
    auth: {},
    summary: 'Change the caller’s password',
  },
  {
    method: 'PUT',
    path: '/user/forgot-password',
    handler: 'account-forgot-password',
    family: 'account',
    auth: 'none',
    summary: 'Send a password-reset code',
  },
  {
    method: 'POST',
    path: '/user/confirm-forgot-password',
    handler: 'account-confirm-forgot-password',
    family: 'account',
    auth: 'none',
    summary: 'Set a new password with the reset code',
  },
  {
    method: 'GET',
    path: '/user/check',
    handler: 'account-check',
    family: 'account',
    auth: {},
    tables: { accounts: ['GetItem', 'Query'] },
    summary: 'Confirm the token and that the device belongs to the caller',
  },
];

/** `lambdas/handlers/<name>.ts`, relative to the repository root. */
export const handlerEntry = (route: RouteDefinition): string =>
  `lambdas/handlers/${route.handler}.ts`;
