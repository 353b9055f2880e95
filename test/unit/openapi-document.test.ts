/**
 * openapi.json is generated from the code and committed: it must equal what the generator
 * builds now (else: `npm run openapi`), pass the OpenAPI 3.1 schema and Redocly's strict lint
 * rules, cover every route with its family's security and result codes, and every example in
 * it must conform to the schema it illustrates.
 */
import { readFileSync } from 'node:fs';
import { createConfig, lintFromString } from '@redocly/openapi-core';
import { Validator } from '@seriousme/openapi-schema-validator';
import { beforeAll, describe, expect, it } from 'vitest';
import { schemaProblems } from '../../lib/openapi/answer-validator.js';
import { CLIENT_SCHEMA_FILE, clientSchemaSource } from '../../lib/openapi/client-schema.js';
import type { JsonSchema } from '../../lib/openapi/contract/types.js';
import {
  buildOpenApiDocument,
  DOCUMENT_FILE,
  serializeDocument,
} from '../../lib/openapi/openapi-document.js';
import { routes } from '../../lib/routes.js';

type Example = { value: unknown };
type Media = { schema: JsonSchema; examples?: Record<string, Example> };
type Operation = {
  summary: string;
  security: Record<string, string[]>[];
  requestBody?: { content: Record<string, Media> };
  responses: Record<string, { description: string; content?: Record<string, Media> }>;
};
type Document = { paths: Record<string, Record<string, Operation>> };

const committed = readFileSync(DOCUMENT_FILE, 'utf8');
const document = JSON.parse(committed) as Document;
const operationOf = (method: string, path: string) => {
  const operation = document.paths[path]?.[method.toLowerCase()];
  if (!operation) throw new Error(`no ${method} ${path} in openapi.json`);
  return operation;
};

/** The first line where two texts differ, to say where the committed file is stale. */
function firstDifference(actual: string, expected: string): string {
  const a = actual.split('\n');
  const b = expected.split('\n');
  const line = a.findIndex((text, index) => text !== b[index]);
  return line < 0 && a.length === b.length
    ? 'none'
    : `line ${line + 1}: committed ${JSON.stringify(a[line])}, generated ${JSON.stringify(b[line])}`;
}

describe('openapi.json', () => {
  let generated: string;
  beforeAll(async () => {
    generated = serializeDocument(await buildOpenApiDocument());
  });

  it('is what `npm run openapi` generates from the code now', () => {
    expect(
      firstDifference(committed, generated),
      'openapi.json is stale: run `npm run openapi`',
    ).toBe('none');
  });

  it('the typed client’s schema.d.ts is generated from it', async () => {
    const schema = readFileSync(CLIENT_SCHEMA_FILE, 'utf8');
    expect(
      firstDifference(schema, await clientSchemaSource(document)),
      'packages/client/src/schema.d.ts is stale: run `npm run openapi`',
    ).toBe('none');
  });

  it('is a valid OpenAPI 3.1 document', async () => {
    const result = await new Validator().validate(
      structuredClone(document) as Record<string, unknown>,
    );
    expect(result.errors ?? []).toEqual([]);
    expect(result.valid).toBe(true);
  });

  it('passes Redocly’s recommended-strict lint rules with no problem', async () => {
    const problems = await lintFromString({
      source: committed,
      absoluteRef: DOCUMENT_FILE,
      config: await createConfig({ extends: ['recommended-strict'] }),
    });
    expect(problems.map((p) => `${p.ruleId}: ${p.message} at ${p.location[0]?.pointer}`)).toEqual(
      [],
    );
  });

  it('has one operation per route of the table, and no other', () => {
    const operations = Object.entries(document.paths).flatMap(([path, item]) =>
      Object.keys(item).map((method) => `${method.toUpperCase()} ${path}`),
    );
    expect(operations.sort()).toEqual(routes.map((r) => `${r.method} ${r.path}`).sort());
    for (const route of routes)
      expect(operationOf(route.method, route.path).summary).toBe(route.summary);
  });

  it('declares each family’s security: Bearer with the route’s scope, BindIdBackend, or none', () => {
    for (const route of routes) {
      const { security } = operationOf(route.method, route.path);
      const where = `${route.method} ${route.path}`;
      if (route.auth === 'none') {
        expect(security, where).toEqual([]);
        continue;
      }
      const bearer = { bearerAuth: route.auth.scope ? [route.auth.scope] : [] };
      if (route.handler === 'session-feedback')
        expect(security, where).toEqual([{ bindIdBackend: [] }]);
      else if (route.family === 'document')
        expect(security, where).toEqual([bearer, { bindIdBackend: [] }]);
      else expect(security, where).toEqual([bearer]);
    }
  });

  it('takes request bodies and query strings from the handlers’ own schemas', () => {
    const body = (method: string, path: string) =>
      operationOf(method, path).requestBody?.content['application/json']?.schema ?? {};
    expect(body('POST', '/user-data/set')).toMatchObject({
      type: 'object',
      required: ['value_key', 'value_data'],
      properties: {
        access_scope: { anyOf: [{ const: 0 }, { const: 1 }] },
        ttl_seconds: { type: 'integer', exclusiveMinimum: 0 },
        request_id: { type: 'integer' },
      },
    });
    // strictObject: unknown profile fields are refused (400 naming each).
    expect(body('POST', '/userinfo')).toMatchObject({ additionalProperties: false });
    expect(body('PUT', '/user/login')).toMatchObject({
      required: ['data'],
      properties: { data: { required: ['email', 'password'] } },
    });
    const query = (method: string, path: string) =>
      (
        operationOf(method, path) as {
          parameters?: { name: string; in: string; required: boolean }[];
        }
      ).parameters ?? [];
    expect(query('GET', '/user/check')).toContainEqual(
      expect.objectContaining({ name: 'deviceId', in: 'query', required: true }),
    );
    expect(query('GET', '/userinfo/history').map((p) => p.name)).toEqual(['limit', 'cursor']);
  });

  it('lists each key/value route’s result codes, shifted by one for by-wallet and by-idp', () => {
    const resultCodes = (path: string) => {
      const answer = operationOf('POST', path).responses['200'];
      const [success, failure] = (answer?.content?.['application/json']?.schema.oneOf ??
        []) as JsonSchema[];
      const codes = (schema?: JsonSchema) =>
        (schema?.properties as { result?: { enum: number[] } } | undefined)?.result?.enum;
      return { success: codes(success), failure: codes(failure), text: answer?.description };
    };
    // Each call's vendor table (lambdas/http/key-value-results.ts), plus -9 on set.
    expect(resultCodes('/user-data/set')).toMatchObject({
      success: [0],
      failure: [-1, -2, -3, -4, -5, -6, -7, -9],
    });
    expect(resultCodes('/user-data/set').text).toContain('| `-6` | key access denied');
    expect(resultCodes('/user-data/by-wallet/set')).toMatchObject({
      success: [0],
      failure: [-1, -2, -3, -4, -5, -6, -7, -8, -9],
    });
    expect(resultCodes('/user-data/by-wallet/set').text).toContain('| `-6` | wallet not exists');
    // The seed's plain get has no "1"; by-idp get: -6 provider not found, -7 keys limit.
    expect(resultCodes('/user-data/get')).toMatchObject({
      success: [0],
      failure: [-1, -2, -3, -4, -5, -6],
    });
    expect(resultCodes('/user-data/by-idp/get')).toMatchObject({
      success: [1, 0],
      failure: [-1, -2, -3, -4, -5, -6, -7],
    });
    expect(resultCodes('/user-data/by-email/delete')).toMatchObject({
      success: [1, 0],
      failure: [-1, -2, -3, -4, -5],
    });
    // Every key/value answer is HTTP 200 (or the gateway's own 413).
    for (const route of routes.filter((r) => r.family === 'keyValue'))
      expect(Object.keys(operationOf(route.method, route.path).responses)).toEqual(['200', '413']);
  });

  it('gives the other families a status per error, with its codes and meaning', () => {
    const login = operationOf('PUT', '/user/login').responses;
    expect(Object.keys(login)).toEqual([
      '200',
      '400',
      '401',
      '403',
      '404',
      '413',
      '429',
      '500',
      '503',
    ]);
    expect(login['401']?.description).toContain('`invalid_credentials`');
    const patch = operationOf('PATCH', '/custom-user-data').responses;
    expect(patch['412']?.description).toContain('`precondition_failed`');
    expect(JSON.stringify(patch['200']?.content)).toContain('size_exceeded');
    const upsert = operationOf('POST', '/userinfo').responses;
    expect(Object.keys(upsert)).toEqual([
      '200',
      '201',
      '400',
      '401',
      '403',
      '409',
      '413',
      '429',
      '503',
    ]);
    expect(JSON.stringify(upsert['409']?.content)).toContain('wallet_address');
  });

  it('every example conforms to the schema it illustrates', () => {
    let checked = 0;
    for (const [path, item] of Object.entries(document.paths)) {
      for (const [method, operation] of Object.entries(item)) {
        const media = [
          ['request', operation.requestBody?.content['application/json']],
          ...Object.entries(operation.responses).map(([status, answer]) => [
            status,
            answer.content?.['application/json'],
          ]),
        ] as [string, Media | undefined][];
        for (const [where, content] of media) {
          for (const [name, example] of Object.entries(content?.examples ?? {})) {
            const problems = schemaProblems(content?.schema ?? {}, example.value);
            expect(problems, `${method} ${path} ${where} example ${name}`).toEqual([]);
            checked += 1;
          }
        }
      }
    }
    expect(checked).toBeGreaterThan(routes.length);
  });

  it('is what the API serves on GET /openapi.json (the deployed stack too: the same handler)', async () => {
    const { handler } = await import('../../lambdas/handlers/openapi-get.js');
    const answer = await handler();
    expect(answer.statusCode).toBe(200);
    expect(JSON.parse(answer.body ?? '')).toEqual(document);
  });
});
