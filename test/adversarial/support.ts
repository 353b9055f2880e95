/** Helpers of the adversarial suite: calls from a chosen source IP, tokens, the account routes. */

import { decomposeUnverifiedJwt } from 'aws-jwt-verify/jwt';
import type { APIGatewayProxyStructuredResultV2 } from 'aws-lambda';
import { expect } from 'vitest';
import { handler as login } from '../../lambdas/handlers/account-login.js';
import { handler as register } from '../../lambdas/handlers/account-register.js';
import { DEFAULT_PROJECT_ID } from '../../lib/config.js';
import { lambdaContext } from '../../lib/local/api-gateway-event.js';
import { apiEvent, type EventInput } from '../support/events.js';
import { PASSWORD, uniqueEmail } from '../support/users.js';

export const params = { projectId: DEFAULT_PROJECT_ID, strategy: 'email', provider: 'awsCognito' };

type Handler = (
  ...args: [ReturnType<typeof apiEvent>, ReturnType<typeof lambdaContext>]
) => Promise<APIGatewayProxyStructuredResultV2>;

/** A random private source address, so the attempt limits of different tests never meet. */
const octet = () => Math.floor(Math.random() * 254) + 1;
export const randomIp = () => `10.${octet()}.${octet()}.${octet()}`;

export async function call(
  handler: Handler,
  input: EventInput & { sourceIp?: string },
): Promise<{ status: number; body: Record<string, unknown>; headers: Record<string, unknown> }> {
  const event = apiEvent(input);
  event.requestContext.http.sourceIp = input.sourceIp ?? randomIp();
  const result = await handler(event, lambdaContext('adversarial'));
  return {
    status: result.statusCode ?? 200,
    body: JSON.parse(result.body ?? '{}') as Record<string, unknown>,
    headers: (result.headers ?? {}) as Record<string, unknown>,
  };
}

export interface Session {
  email: string;
  userId: string;
  accessToken: string;
  refreshToken: string;
}

export const registerAccount = (email: string, password = PASSWORD, extra = {}) =>
  call(register, { path: '/user', body: { ...params, data: { email, password, ...extra } } });

export const loginAccount = (email: string, password = PASSWORD, sourceIp?: string) =>
  call(login, {
    method: 'PUT',
    path: '/user/login',
    body: { ...params, data: { email, password } },
    sourceIp,
  });

/** A new account through POST /user, signed in through PUT /user/login. */
export async function newSession(label = 'adv', password = PASSWORD): Promise<Session> {
  const email = uniqueEmail(label);
  expect((await registerAccount(email, password)).status).toBe(201);
  return signIn(email, password);
}

export async function signIn(email: string, password = PASSWORD): Promise<Session> {
  const response = await loginAccount(email, password);
  expect(response.status, JSON.stringify(response.body)).toBe(200);
  return { email, ...(response.body.data as Omit<Session, 'email'>) };
}

export const clientIdOf = (accessToken: string) =>
  String(decomposeUnverifiedJwt(accessToken).payload.client_id);

/** Marks have one-second resolution: a token must be issued in a later second than a mark. */
export const nextSecond = () => new Promise((resolve) => setTimeout(resolve, 1_100));
