/**
 * The answer side of the API contract, per route: what each status answers, in which shape,
 * with which examples. Request shapes come from the handlers' own schemas; these are written
 * here, per family, because a handler's answer is assembled in code, not declared.
 * This module (and lib/openapi/) is never imported by a handler, so it stays out of the bundles.
 */

/** A JSON Schema (2020-12, the dialect of OpenAPI 3.1), as a plain object. */
export type JsonSchema = { readonly [keyword: string]: unknown };

export interface Example {
  readonly summary: string;
  readonly value: unknown;
}

export interface Answer {
  readonly description: string;
  readonly schema: JsonSchema;
  readonly examples?: Readonly<Record<string, Example>>;
  readonly headers?: Readonly<Record<string, { description: string; schema: JsonSchema }>>;
}

export interface Parameter {
  readonly name: string;
  readonly in: 'header' | 'query';
  readonly description?: string;
  readonly required?: boolean;
  readonly schema: JsonSchema;
  readonly example?: unknown;
}

/** One security requirement: scheme name → scopes (OpenAPI 3.1 allows role names for any scheme). */
export type SecurityRequirement = Readonly<Record<string, readonly string[]>>;

export interface RouteContract {
  /** Markdown added below the summary: result codes, semantics. */
  readonly description: string;
  /** Alternatives: any one of them authorises the call; empty for public routes. */
  readonly security: readonly SecurityRequirement[];
  readonly responses: Readonly<Record<number, Answer>>;
  /** Example request bodies (or, on GET routes, query strings), from the vendors' pages. */
  readonly requestExamples?: Readonly<Record<string, Example>>;
  readonly parameters?: readonly Parameter[];
  readonly tag: string;
}

/** A markdown table of codes and their meanings. */
export const codeTable = (
  heading: readonly [string, string],
  rows: readonly (readonly [string | number, string])[],
): string =>
  [
    `| ${heading[0]} | ${heading[1]} |`,
    '|---|---|',
    ...rows.map(([code, meaning]) => `| \`${code}\` | ${meaning} |`),
  ].join('\n');

/** `{error, error_description}`: the error body of the document and profile families. */
export const oauthStyleError = (codes: readonly string[], extra: JsonSchema = {}): JsonSchema => ({
  type: 'object',
  required: ['error', 'error_description'],
  properties: {
    error: { type: 'string', enum: codes },
    error_description: { type: 'string', description: 'What went wrong, for a person.' },
    ...extra,
  },
});

export const bearerSecurity = (scope?: string): SecurityRequirement => ({
  bearerAuth: scope ? [scope] : [],
});
