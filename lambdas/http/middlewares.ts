/**
 * middy middlewares shared by every API family: token verification and body validation.
 * Validation uses zod's tree-shakable "mini" build (~17 KB bundled, against ~450 KB for the
 * classic API); import it as `import * as z from 'zod/mini'`, never re-exported as a
 * namespace, or the bundler keeps all of it.
 */
import type middy from '@middy/core';
import type { APIGatewayProxyEventV2, Context } from 'aws-lambda';
import type * as z from 'zod/mini';
import { config as configureZod } from 'zod/mini';
import en from 'zod/v4/locales/en.js';
import { routeFor } from '../../lib/routes.js';
import type { Identity } from '../auth/identity.js';
import { limits } from '../config.js';
import { AppError, isAppError } from '../errors.js';
import { logger } from '../logger.js';
import { authenticate, bearerToken } from './authenticate.js';
import { readJsonBody } from './json-body.js';
import type { HttpResponse } from './response.js';

configureZod(en());

/** What the middlewares learn about a request, for the handler to use. */
export interface RouteContext extends Context {
  /** The verified caller (not `identity`: Lambda's Context already uses that name). */
  caller?: Identity;
  /** The body as parsed JSON, before validation (lets error mappers echo e.g. `request_id`). */
  rawBody?: unknown;
  /** The body after schema validation. */
  body?: unknown;
}

export type RouteMiddleware = middy.MiddlewareObj<
  APIGatewayProxyEventV2,
  HttpResponse,
  Error,
  RouteContext
>;

/**
 * Verifies the access token; the scope it needs comes from the route table entry of the
 * request's route, so a route's scope is declared in one place.
 */
export function verifiedToken(
  options: { token?: (event: APIGatewayProxyEventV2) => string } = {},
): RouteMiddleware {
  const tokenOf = options.token ?? bearerToken;
  return {
    before: async (request) => {
      const route = routeFor(request.event.routeKey);
      if (!route || route.auth === 'none') {
        throw new Error(`${request.event.routeKey} is not an authenticated route of the table`);
      }
      request.context.caller = await authenticate(tokenOf(request.event), route.auth);
    },
  };
}

export function validatedJsonBody(schema: z.ZodMiniType): RouteMiddleware {
  return {
    before: (request) => {
      const raw = readJsonBody(request.event, limits());
      request.context.rawBody = raw;
      request.context.body = parseOrThrow(schema, raw);
    },
  };
}

/** Validates with a zod schema; the first issue becomes an invalid_request message. */
export function parseOrThrow<S extends z.ZodMiniType>(schema: S, value: unknown): z.output<S> {
  const parsed = schema.safeParse(value);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  const where = issue && issue.path.length > 0 ? `${issue.path.join('.')}: ` : '';
  throw new AppError('invalid_request', `${where}${issue?.message ?? 'invalid request'}`);
}

/** Logs a failure once, with the stack only for the unexpected ones; returns it as AppError. */
export function toAppError(error: unknown): AppError {
  if (isAppError(error)) {
    logger.info('request refused', { code: error.code, reason: error.message });
    return error;
  }
  logger.error('unexpected failure', error as Error);
  return new AppError('internal', 'Internal error');
}

export function requireIdentity(context: RouteContext): Identity {
  if (!context.caller) throw new Error('route used without the verifiedToken middleware');
  return context.caller;
}
