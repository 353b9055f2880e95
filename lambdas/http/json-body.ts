/**
 * The one request-body parser of every route (hand-written because middy's
 * http-json-body-parser enforces none of these rules and answers in its own error format):
 * - an empty body is `{}`, whatever its content type (every family's optional parameters);
 * - a non-empty body must be declared JSON (`application/json` or `application/*+json`), else
 *   `unsupported_media_type`;
 * - at most `maxBodyBytes` bytes and `maxDepth` levels of nesting;
 * - every string, member names included, well-formed UTF-16 (no lone surrogates, which would
 *   collide once stored as UTF-8);
 * - then the route's zod/mini schema; up to ten issues are reported in one message.
 */
import type { APIGatewayProxyEventV2 } from 'aws-lambda';
import type * as z from 'zod/mini';
import { config as configureZod } from 'zod/mini';
import en from 'zod/v4/locales/en.js';
import { AppError } from '../errors.js';
import type { Limits } from '../limits.js';

configureZod(en());

const JSON_TYPE = /^application\/(?:[\w.+-]+\+)?json\s*(?:;|$)/i;

/** Issues reported in one 400, so a client sees every bad field at once (bounded). */
const MAX_REPORTED_ISSUES = 10;

function rawBodyOf(event: APIGatewayProxyEventV2): string {
  if (!event.body) return '';
  return event.isBase64Encoded ? Buffer.from(event.body, 'base64').toString('utf8') : event.body;
}

/** The body as JSON, before the schema: `{}` when empty. Throws a typed AppError. */
export function readJsonBody(event: APIGatewayProxyEventV2, limits: Limits): unknown {
  const raw = rawBodyOf(event);
  if (Buffer.byteLength(raw, 'utf8') > limits.maxBodyBytes) {
    throw new AppError('invalid_request', `The request body exceeds ${limits.maxBodyBytes} bytes`);
  }
  if (raw.trim() === '') return {};
  const contentType = event.headers['content-type'] ?? event.headers['Content-Type'] ?? '';
  if (!JSON_TYPE.test(contentType)) {
    throw new AppError('unsupported_media_type', 'The request body must be application/json');
  }
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    throw new AppError('invalid_request', 'The request body is not valid JSON');
  }
  const problem = inspect(value, limits.maxDepth);
  if (problem === 'depth') {
    throw new AppError('invalid_request', `The request body nests deeper than ${limits.maxDepth}`);
  }
  if (problem === 'ill-formed') {
    throw new AppError(
      'invalid_request',
      'The request body has a string that is not valid Unicode',
    );
  }
  return value;
}

/** Validates with a zod schema; up to ten issues become one invalid_request message. */
export function parseWith<S extends z.ZodMiniType>(
  schema: S,
  value: unknown,
  what: string,
): z.output<S> {
  const parsed = schema.safeParse(value);
  if (parsed.success) return parsed.data;
  const issues = parsed.error.issues.slice(0, MAX_REPORTED_ISSUES).map((issue) => {
    const where = issue.path.length > 0 ? `${issue.path.join('.')}: ` : '';
    return `${where}${issue.message}`;
  });
  throw new AppError('invalid_request', `Invalid ${what}: ${issues.join('; ')}`);
}

/** Best-effort parse for error answers that echo a request field; never throws. */
export function tryReadJsonBody(event: APIGatewayProxyEventV2, limits: Limits): unknown {
  try {
    return readJsonBody(event, limits);
  } catch {
    return undefined;
  }
}

/** Iterative, so a hostile body cannot overflow the stack while being measured. */
function inspect(
  value: unknown,
  maxDepth: number,
  checkStrings = true,
): 'depth' | 'ill-formed' | undefined {
  const stack: Array<[unknown, number]> = [[value, 0]];
  while (stack.length > 0) {
    const [current, depth] = stack.pop() as [unknown, number];
    if (typeof current === 'string') {
      if (checkStrings && !current.isWellFormed()) return 'ill-formed';
      continue;
    }
    if (current === null || typeof current !== 'object') continue;
    if (depth + 1 > maxDepth) return 'depth';
    for (const [name, child] of Object.entries(current)) {
      if (checkStrings && !name.isWellFormed()) return 'ill-formed';
      stack.push([child, depth + 1]);
    }
  }
  return undefined;
}

/** Whether a value nests deeper than `maxDepth` (objects and arrays count; scalars do not). */
export const depthExceeds = (value: unknown, maxDepth: number): boolean =>
  inspect(value, maxDepth, false) === 'depth';
