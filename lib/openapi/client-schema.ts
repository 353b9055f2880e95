/** The typed client's `paths` types, generated from the OpenAPI document by openapi-typescript. */
import { join } from 'node:path';
import openapiTS, { astToString, type OpenAPI3 } from 'openapi-typescript';
import { repositoryRoot } from './openapi-document.js';

export const CLIENT_SCHEMA_FILE = join(repositoryRoot, 'packages', 'client', 'src', 'schema.d.ts');

export async function clientSchemaSource(document: unknown): Promise<string> {
  // openapiTS annotates the object it is given: hand it a copy.
  const ast = await openapiTS(structuredClone(document) as OpenAPI3, { silent: true });
  return astToString(ast);
}
