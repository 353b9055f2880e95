/**
 * The request schemas the handler modules declare themselves: `export const body` (the JSON
 * body, or on GET routes the query string) and `export const query` (a query string beside a
 * body). Importing a handler builds its store clients, which only need names, not a
 * connection: placeholders are enough when the environment has none (e.g. `npm run openapi`).
 */
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type * as z from 'zod/mini';
import { handlerEntry, type RouteDefinition } from '../routes.js';
import { tables } from '../tables.js';

const repositoryRoot = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

export interface HandlerSchemas {
  readonly body?: z.ZodMiniType;
  readonly query?: z.ZodMiniType;
}

function providePlaceholderEnvironment(): void {
  for (const table of Object.values(tables)) process.env[table.envVar] ??= table.id;
  process.env.AWS_REGION ??= 'us-east-1';
}

const isSchema = (value: unknown): value is z.ZodMiniType =>
  typeof value === 'object' && value !== null && '_zod' in value;

export async function handlerSchemas(route: RouteDefinition): Promise<HandlerSchemas> {
  providePlaceholderEnvironment();
  const module = (await import(pathToFileURL(join(repositoryRoot, handlerEntry(route))).href)) as {
    body?: unknown;
    query?: unknown;
  };
  return {
    body: isSchema(module.body) ? module.body : undefined,
    query: isSchema(module.query) ? module.query : undefined,
  };
}
