/**
 * The OpenAPI 3.1 document of the API, generated: paths and security from the route table,
 * request schemas from the handlers' own zod schemas (`z.toJSONSchema`), answers from the
 * per-family contract (./contract). `npm run openapi` writes it to openapi.json; a test fails
 * when the committed file differs from what this builds.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as z from 'zod/mini';
import { type RouteDefinition, routeId, routes } from '../routes.js';
import { contractFor, TAGS } from './contract/index.js';
import type { JsonSchema, Parameter, RouteContract } from './contract/types.js';
import { handlerSchemas } from './handler-schemas.js';

export const repositoryRoot = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const DOCUMENT_FILE = join(repositoryRoot, 'openapi.json');

type OpenApiDocument = {
  openapi: string;
  info: Record<string, unknown>;
  paths: Record<string, Record<string, unknown>>;
} & Record<string, unknown>;

/** JSON Schema of a zod schema, as a request would be (input side); refinements are code only. */
function jsonSchemaOf(schema: z.ZodMiniType): JsonSchema {
  const { $schema: _dialect, ...rest } = z.toJSONSchema(schema, {
    target: 'draft-2020-12',
    io: 'input',
    // z.custom (JSON objects kept as parsed) has no JSON Schema form: any value, checked in code.
    unrepresentable: 'any',
  }) as Record<string, unknown>;
  return rest;
}

/** A GET route's object schema, one query parameter per property. */
function queryParameters(schema: JsonSchema): Parameter[] {
  const properties = (schema.properties ?? {}) as Record<string, JsonSchema>;
  const required = new Set((schema.required ?? []) as string[]);
  return Object.entries(properties).map(([name, property]) => ({
    name,
    in: 'query',
    required: required.has(name),
    ...(typeof property.description === 'string' ? { description: property.description } : {}),
    schema: property,
  }));
}

const operationIdOf = (route: RouteDefinition) => {
  const id = routeId(route);
  return id.charAt(0).toLowerCase() + id.slice(1);
};

async function operationOf(route: RouteDefinition, contract: RouteContract) {
  const schemas = await handlerSchemas(route);
  const bodySchema = schemas.body ? jsonSchemaOf(schemas.body) : undefined;
  const querySchema = schemas.query ? jsonSchemaOf(schemas.query) : undefined;
  const takesBody = route.method !== 'GET' && route.method !== 'DELETE';
  const parameters = [
    ...(querySchema ? queryParameters(querySchema) : []),
    ...(!takesBody && bodySchema ? queryParameters(bodySchema) : []),
    ...(contract.parameters ?? []),
  ];
  const example = contract.requestExamples?.seed?.value;
  if (!takesBody && example && typeof example === 'object') {
    // GET routes: the example's members are query parameters.
    for (const parameter of parameters) {
      const value = (example as Record<string, unknown>)[parameter.name];
      if (value !== undefined && parameter.example === undefined)
        Object.assign(parameter, { example: value });
    }
  }
  const requestBody =
    takesBody && (bodySchema || contract.requestExamples)
      ? {
          required: route.family !== 'account',
          content: {
            'application/json': {
              schema: bodySchema ?? { type: 'object' },
              ...(contract.requestExamples ? { examples: contract.requestExamples } : {}),
            },
          },
        }
      : undefined;
  const responses = Object.fromEntries(
    Object.entries(contract.responses).map(([status, answer]) => [
      status,
      {
        description: answer.description,
        ...(answer.headers ? { headers: answer.headers } : {}),
        content: {
          'application/json': {
            schema: answer.schema,
            ...(answer.examples ? { examples: answer.examples } : {}),
          },
        },
      },
    ]),
  );
  if (requestBody) {
    // API Gateway's (and the local server's) own answer to a payload over its 10 MB limit.
    responses['413'] = {
      description: 'The payload is over the gateway’s limit; the function is not called.',
      content: {
        'application/json': {
          schema: {
            type: 'object',
            required: ['message'],
            properties: { message: { type: 'string' } },
          },
          examples: {
            gateway: { summary: 'API Gateway', value: { message: 'Request Entity Too Large' } },
          },
        },
      },
    };
  }
  return {
    operationId: operationIdOf(route),
    tags: [contract.tag],
    summary: route.summary,
    description: contract.description,
    security: contract.security,
    ...(parameters.length > 0 ? { parameters } : {}),
    ...(requestBody ? { requestBody } : {}),
    responses,
  };
}

export async function buildOpenApiDocument(): Promise<OpenApiDocument> {
  const { version } = JSON.parse(readFileSync(join(repositoryRoot, 'package.json'), 'utf8')) as {
    version: string;
  };
  const paths: OpenApiDocument['paths'] = {};
  for (const route of routes) {
    const operation = await operationOf(route, contractFor(route));
    paths[route.path] = { ...paths[route.path], [route.method.toLowerCase()]: operation };
  }
  return {
    openapi: '3.1.1',
    info: {
      title: 'User data and identity backend',
      version,
      description:
        'Sign-up, sign-in and per-user data in four API families (and the wallet calls), each with the wire format of the public API it re-implements. Generated from the route table (lib/routes.ts), the handlers’ request schemas and the answer contract (lib/openapi/contract); the prose reference is docs/api.md.',
      license: { name: 'UNLICENSED', identifier: 'UNLICENSED' },
    },
    // Relative: the document is served by the API itself, so clients resolve it against the
    // address they fetched it from (the local server, or the stack's ApiUrl).
    servers: [{ url: '/', description: 'The API that served this document' }],
    tags: TAGS,
    paths,
    components: {
      securitySchemes: {
        bearerAuth: {
          type: 'http',
          scheme: 'bearer',
          bearerFormat: 'JWT',
          description:
            'A Cognito access token: `data.accessToken` of `PUT /user/login`. Scopes listed on a route are the OAuth scopes a non-sign-in token must carry; a sign-in token passes every route but `GET /userinfo/lookup`.',
        },
        bindIdBackend: {
          type: 'apiKey',
          in: 'header',
          name: 'Authorization',
          description:
            'The app client’s backend (document family): `BindIdBackend AccessToken <accessToken>; <authvalue>` or `BindIdBackend <authvalue>`, where authvalue = base64(HMAC-SHA256(key = the app client’s backend secret, message = the access token)).',
        },
      },
    },
  };
}

/** The document as committed: two-space JSON and a final newline. */
export const serializeDocument = (document: unknown) => `${JSON.stringify(document, null, 2)}\n`;
