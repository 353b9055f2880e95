/**
 * Checks a JSON value against a schema of the OpenAPI document (JSON Schema 2020-12, Ajv):
 * real answers against the answer schemas of their route and status, examples against the
 * schema they illustrate. Test tooling: no handler imports it.
 */
import { Ajv2020 } from 'ajv/dist/2020.js';
import formats from 'ajv-formats';
import type { JsonSchema } from './contract/types.js';

type Operation = {
  requestBody?: { content: Record<string, { schema: JsonSchema }> };
  responses: Record<string, { content?: Record<string, { schema: JsonSchema }> }>;
};
export type OpenApiPaths = Record<string, Record<string, Operation>>;

const ajv = new Ajv2020({ allErrors: true, strict: true, allowUnionTypes: true });
// The package's CommonJS default export, as NodeNext types it.
(formats as unknown as { default: (ajv: Ajv2020) => void }).default(ajv);

/** Problems of `value` against `schema`, as `path: message` lines; empty when it conforms. */
export function schemaProblems(schema: JsonSchema, value: unknown): string[] {
  const validate = ajv.compile(schema);
  if (validate(value)) return [];
  return (validate.errors ?? []).map((e) => `${e.instancePath || '(root)'}: ${e.message}`);
}

/** The answer schema of a route and status, as the document declares it. */
export function answerSchema(
  document: { paths: OpenApiPaths },
  method: string,
  path: string,
  status: number,
): JsonSchema {
  const operation = document.paths[path]?.[method.toLowerCase()];
  const schema = operation?.responses[String(status)]?.content?.['application/json']?.schema;
  if (!schema) throw new Error(`the document declares no ${status} answer for ${method} ${path}`);
  return schema;
}
