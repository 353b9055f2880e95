/**
 * A fuzz of every route (fast-check): random JSON, near-valid objects built from the API's
 * own field names, malformed and tricky raw bodies (1e400, unsafe integers, lone surrogates,
 * deep nesting) and random query strings. No answer may be a 5xx (nor the key/value family's
 * -4, its "unavailable", which is where an internal error would land), and a route whose
 * every fuzzed request was refused has written nothing: the items of the tables it may write,
 * for the fuzzing user, are the same before and after.
 */

import { createHmac } from 'node:crypto';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { AdminGetUserCommand } from '@aws-sdk/client-cognito-identity-provider';
import { ScanCommand } from '@aws-sdk/lib-dynamodb';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { documentClient } from '../../lambdas/adapters/dynamodb/document-client.js';
import { tableName } from '../../lambdas/config.js';
import { DEFAULT_PROJECT_ID } from '../../lib/config.js';
import { LOCAL_USER_POOL_ID, localClientId } from '../../lib/local/local-backend.js';
import { handlerEntry, type RouteDefinition, routes } from '../../lib/routes.js';
import type { TableName } from '../../lib/tables.js';
import { cognitoClient } from '../support/users.js';
import { call, newSession } from './support.js';

const RUNS = 20;

const FIELDS = [
  'value_key',
  'value_data',
  'value_keys',
  'access_scope',
  'expected_version',
  'ttl_seconds',
  'request_id',
  'wallet_address',
  'identity_provider',
  'search_id',
  'page_size',
  'data',
  'email',
  'password',
  'previousPassword',
  'confirmationCode',
  'refreshToken',
  'deviceId',
  'projectId',
  'strategy',
  'provider',
  'name',
  'nickname',
  'sub',
  'address',
  'identities',
  'email_verified',
  'phone_number',
  'phone_number_verified',
  'gender',
  'birthdate',
  'privacy_policy_agreement_date',
  'appProfile',
  'custom:role',
  'subject_session_at',
  'reports',
  'type',
  'alias',
  'time',
  '__proto__',
  'constructor',
];

const TRICKY_RAW = [
  '',
  ' ',
  'null',
  '[]',
  '"x"',
  '{',
  '{"a":',
  '{"value_key":"\\ud800","value_data":"x"}',
  '{"value_key":"k","value_data":"x","expected_version":1e400}',
  '{"data":{"appProfile":{"n":1e400}}}',
  '{"data":{"appProfile":{"n":12345678901234567890}}}',
  '{"data":{"n":-1e400}}',
  '{"request_id":99999999999999999999}',
  '{"page_size":1e400}',
  `{"data":${'['.repeat(200)}${']'.repeat(200)}}`,
  '{"__proto__":{"admin":true}}',
  '{"email":"A@B.C","password":"x"}',
  '{"data":{"email":"a@b.c","password":1}}',
];

const jsonText = fc.oneof(
  fc.jsonValue({ maxDepth: 4 }).map((value) => JSON.stringify(value)),
  fc
    .dictionary(fc.constantFrom(...FIELDS), fc.jsonValue({ maxDepth: 3 }), { maxKeys: 6 })
    .map((value) => JSON.stringify(value)),
  fc
    .dictionary(fc.constantFrom(...FIELDS), fc.jsonValue({ maxDepth: 3 }), { maxKeys: 5 })
    .map((data) => JSON.stringify({ projectId: DEFAULT_PROJECT_ID, data })),
  fc.constantFrom(...TRICKY_RAW),
  fc.string({ unit: 'binary', maxLength: 64 }),
);

const query = fc.dictionary(
  fc.constantFrom('email', 'wallet_address', 'limit', 'cursor', 'deviceId', 'projectId', 'x'),
  fc.string({ maxLength: 40 }),
  { maxKeys: 3 },
);

const WRITES = new Set(['PutItem', 'UpdateItem', 'DeleteItem', 'BatchWriteItem']);

/** The items, in the tables the route may write, whose key names the user. */
async function snapshot(route: RouteDefinition, sub: string, email: string): Promise<string> {
  const tables = Object.entries(route.tables ?? {})
    .filter(([, actions]) => actions?.some((action) => WRITES.has(action)))
    .map(([name]) => name as TableName);
  const parts: unknown[] = [];
  for (const table of tables.sort()) {
    const items = [];
    let start: Record<string, unknown> | undefined;
    do {
      const page = await documentClient().send(
        new ScanCommand({ TableName: tableName(table), ExclusiveStartKey: start }),
      );
      for (const item of page.Items ?? []) {
        const key = `${item.pk} ${item.sk ?? ''}`;
        if (key.includes(sub) || key.includes(email)) items.push(item);
      }
      start = page.LastEvaluatedKey;
    } while (start);
    parts.push(
      table,
      items.sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b))),
    );
  }
  if (route.family === 'account') {
    const user = await cognitoClient().send(
      new AdminGetUserCommand({ UserPoolId: LOCAL_USER_POOL_ID, Username: email }),
    );
    parts.push(
      (user.UserAttributes ?? []).sort((a, b) => String(a.Name).localeCompare(String(b.Name))),
    );
  }
  return JSON.stringify(parts);
}

const secret = () =>
  (JSON.parse(process.env.CLIENT_SECRETS ?? '{}') as Record<string, string>)[
    localClientId(DEFAULT_PROJECT_ID, 'web')
  ] ?? '';

describe('fuzz: no 5xx from any body, nothing written by a refused request', () => {
  it.each(routes.map((route) => [`${route.method} ${route.path}`, route] as const))(
    '%s',
    async (_key, route) => {
      const entry = pathToFileURL(join(process.cwd(), handlerEntry(route))).href;
      const { handler } = (await import(entry)) as {
        handler: Parameters<typeof call>[0];
      };
      const session = await newSession('fuzz');
      const token = session.accessToken;
      const authvalue = createHmac('sha256', secret()).update(token).digest('base64');
      const headers: Record<string, string> =
        route.family === 'document'
          ? { authorization: `BindIdBackend AccessToken ${token}; ${authvalue}` }
          : route.auth === 'none'
            ? {}
            : { authorization: `Bearer ${token}` };
      const before = await snapshot(route, session.userId, session.email);
      let accepted = 0;
      await fc.assert(
        fc.asyncProperty(jsonText, query, async (rawBody, params) => {
          const answer = await call(handler, {
            method: route.method,
            path: route.path,
            rawBody: route.method === 'GET' ? undefined : rawBody,
            query: route.method === 'GET' ? params : undefined,
            headers,
          });
          expect(answer.status, JSON.stringify(answer.body)).toBeLessThan(500);
          if (route.family === 'keyValue') {
            expect(answer.body.result, JSON.stringify(answer.body)).not.toBe(-4);
          }
          const refused =
            answer.status >= 400 ||
            (route.family === 'keyValue' && Number(answer.body.result) < 0) ||
            (route.family === 'account' && answer.body.result === 0);
          if (!refused) accepted++;
        }),
        // Every tricky body on every route, then random ones.
        {
          numRuns: RUNS,
          examples: TRICKY_RAW.map((raw) => [raw, {}] as [string, Record<string, string>]),
        },
      );
      if (accepted === 0) {
        expect(await snapshot(route, session.userId, session.email)).toBe(before);
      }
    },
  );
});
