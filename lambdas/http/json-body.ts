/**
 * Request-body parsing with the limits of SPEC (size, nesting depth). Hand-written because
 * middy's http-json-body-parser enforces neither and answers in its own error format.
 */
import type { APIGatewayProxyEventV2 } from 'aws-lambda';
import { AppError } from '../errors.js';
import type { Limits } from '../limits.js';

export function readJsonBody(event: APIGatewayProxyEventV2, limits: Limits): unknown {
  const raw = event.body
    ? event.isBase64Encoded
      ? Buffer.from(event.body, 'base64').toString('utf8')
      : event.body
    : '';
  if (raw.trim() === '') throw new AppError('invalid_request', 'The request body is empty');
  if (Buffer.byteLength(raw, 'utf8') > limits.maxBodyBytes) {
    throw new AppError('invalid_request', `The request body exceeds ${limits.maxBodyBytes} bytes`);
  }
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    throw new AppError('invalid_request', 'The request body is not valid JSON');
  }
  if (depthExceeds(value, limits.maxDepth)) {
    throw new AppError('invalid_request', `The request body nests deeper than ${limits.maxDepth}`);
  }
  return value;
}

/** Iterative, so a hostile body cannot overflow the stack while being measured. */
export function depthExceeds(value: unknown, maxDepth: number): boolean {
  const stack: Array<[unknown, number]> = [[value, 0]];
  while (stack.length > 0) {
    const [current, depth] = stack.pop() as [unknown, number];
    if (current === null || typeof current !== 'object') continue;
    if (depth + 1 > maxDepth) return true;
    for (const child of Object.values(current)) stack.push([child, depth + 1]);
  }
  return false;
}

/** Best-effort parse for error responses that echo a request field; never throws. */
export function tryReadJsonBody(event: APIGatewayProxyEventV2, limits: Limits): unknown {
  try {
    return readJsonBody(event, limits);
  } catch {
    return undefined;
  }
}
