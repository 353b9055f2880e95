/**
 * The Cognito app clients' own secrets (generateSecret in lib/stack/tenants.ts), held only by
 * this backend: with a secret, Cognito refuses InitiateAuth / AdminInitiateAuth (password and
 * refresh), ForgotPassword, ConfirmForgotPassword and RevokeToken without proof of it, so a
 * client id (which every token carries) no longer lets anyone refresh a token or start a
 * reset around this API's revocation checks and attempt limits.
 *
 * Each secret is read from Cognito itself (DescribeUserPoolClient) the first time a container
 * needs it, then kept for the container's life: one extra call on the cold path of the routes
 * that call Cognito through an app client, no copy of the secret anywhere else. A secret
 * Cognito no longer accepts (rotated with Add/DeleteUserPoolClientSecret) is forgotten, so the
 * next request reads the current one.
 */
import { createHmac } from 'node:crypto';
import {
  type CognitoIdentityProviderClient,
  DescribeUserPoolClientCommand,
} from '@aws-sdk/client-cognito-identity-provider';

const secrets = new Map<string, Promise<string | undefined>>();

/** The client's secret; undefined for a client made without one (it needs no SECRET_HASH). */
export function appClientSecret(
  cognito: CognitoIdentityProviderClient,
  userPoolId: string,
  clientId: string,
): Promise<string | undefined> {
  const key = `${userPoolId}/${clientId}`;
  const known = secrets.get(key);
  if (known) return known;
  const secret = cognito
    .send(new DescribeUserPoolClientCommand({ UserPoolId: userPoolId, ClientId: clientId }))
    .then((output) => output.UserPoolClient?.ClientSecret || undefined);
  // A failed read (Cognito down) is not remembered: the next request asks again.
  secret.catch(() => {
    if (secrets.get(key) === secret) secrets.delete(key);
  });
  secrets.set(key, secret);
  return secret;
}

/** Forgets a client's secret: the next request through the client reads it again. */
export function forgetAppClientSecret(userPoolId: string, clientId: string): void {
  secrets.delete(`${userPoolId}/${clientId}`);
}

/**
 * Cognito refused the proof of the secret itself ("Unable to verify secret hash for client
 * …", "… is configured for secret but secret was not received", an invalid client secret on
 * RevokeToken), as opposed to a wrong password or token, which it also answers with
 * NotAuthorizedException. Cognito has no separate error name for it: the message tells.
 */
export const isSecretRefusal = (error: unknown): boolean =>
  error instanceof Error &&
  error.name === 'NotAuthorizedException' &&
  /secret/i.test(error.message);

/** Cognito's SECRET_HASH: Base64(HMAC-SHA256(client secret, username + client id)). */
export const secretHash = (secret: string, username: string, clientId: string): string =>
  createHmac('sha256', secret)
    .update(username + clientId)
    .digest('base64');
