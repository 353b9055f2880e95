/**
 * The one request pipeline every route runs, whatever its family:
 *
 *   route-table entry (by routeKey) → credentials (the family's extractor)
 *   → authenticate (token, scope and strictness from the table, revocation mark through
 *     the RevocationMarks port, then the family's own admission check)
 *   → body and query through the one parser (json-body.ts) and the route's zod/mini schemas
 *   → run(deps, request) → the family's success envelope, or its failure mapping
 *   → one EMF metrics record: route, outcome class, latency (lambdas/metrics.ts).
 *
 * A family plugs in with a WireFormat (credential extractor, envelope, error mapping);
 * a handler with a RouteSpec (lazy deps from lambdas/wiring/, schemas, run).
 */
import { injectLambdaContext } from '@aws-lambda-powertools/logger/middleware';
import middy from '@middy/core';
import type { APIGatewayProxyEventV2, Context } from 'aws-lambda';
import type * as z from 'zod/mini';
import { type RouteDefinition, routeFor } from '../../lib/routes.js';
import { hasExactScope, hasScope, type Identity } from '../auth/identity.js';
import {
  assertNotRevoked,
  type RevocationMarks,
  type RevocationProbe,
} from '../auth/revocations.js';
import { verifyAccessToken } from '../auth/token-verifier.js';
import { limits } from '../config.js';
import { AppError, isAppError } from '../errors.js';
import { logger } from '../logger.js';
import { type OutcomeClass, recordRequest } from '../metrics.js';
import { parseWith, readJsonBody, tryReadJsonBody } from './json-body.js';
import { type HttpResponse, SECURITY_HEADERS } from './response.js';

/** Where the caller's token (and, for the document family, its authvalue) came from. */
export interface Credentials {
  readonly token?: string;
  readonly authvalue?: string;
}

/** What every route's deps carry: the revocation port (absent only on routes without a token). */
export interface PipelineDeps {
  readonly revocations?: RevocationMarks;
}

function revocationsOf(deps: PipelineDeps): RevocationMarks {
  if (!deps.revocations)
    throw new Error('a route that verifies tokens is wired without revocations');
  return deps.revocations;
}

/** What is known of a request from its first step on; error mappers get it too. */
export interface RequestFacts {
  readonly event: APIGatewayProxyEventV2;
  /** Undefined only for a routeKey missing from the table (a deployment bug). */
  readonly route?: RouteDefinition;
  /** The body as JSON before its schema, best effort (undefined when unreadable). */
  readonly rawBody: () => unknown;
}

export interface WireFormat<Outcome, Deps extends PipelineDeps = PipelineDeps> {
  /** The family's credential extractor; `body` reads the JSON body (for a token sent in it). */
  credentials(event: APIGatewayProxyEventV2, body: () => unknown): Credentials;
  /** Admission beyond token and scope (e.g. the BindIdBackend authvalue); throws to refuse. */
  admit?(identity: Identity, credentials: Credentials, deps: Deps): Promise<void>;
  success(outcome: Outcome, facts: RequestFacts): HttpResponse;
  /** Maps any failure (typed AppError or a family's own error class) to the wire format. */
  failure(error: unknown, facts: RequestFacts): HttpResponse;
  /**
   * The family's own refusals that are no AppError (a document's `size_exceeded`): client
   * errors in the metrics, where any other unknown failure is a server error.
   */
  isRefusal?(error: unknown): boolean;
  /** A success that still reports a failure (the kv by-idp array form): its outcome class. */
  successClass?(outcome: Outcome): OutcomeClass;
}

export interface PipelineRequest<B, Q> extends RequestFacts {
  readonly route: RouteDefinition;
  /** The verified caller; present exactly when the route table requires a token. */
  readonly identity?: Identity;
  readonly body: B;
  readonly query: Q;
  /** Present for `revocation: 'with-data'`: the store reads the mark with its data. */
  readonly revocation?: RevocationProbe;
}

export interface RouteSpec<Deps, B, Q, Outcome> {
  /** The route's adapters, created on first call (lambdas/wiring/<family>.ts). */
  readonly deps: () => Deps;
  readonly body?: z.ZodMiniType<B>;
  readonly query?: z.ZodMiniType<Q>;
  /**
   * `with-data`: the store reads the revocation mark in the same DynamoDB request as its data
   * (kv get, kv set). The pipeline still refuses a revoked token before answering, and reads
   * the mark itself if the store did not; a writer settles it before its first write.
   */
  readonly revocation?: 'before-run' | 'with-data';
  /**
   * `itself`: the route verifies its identity provider's own token in `run` (Auth0, Google,
   * …; lambdas/http/provider-route.ts), so the table's Cognito token check does not apply.
   */
  readonly authenticates?: 'itself';
  readonly run: (deps: Deps, request: PipelineRequest<B, Q>) => Promise<Outcome>;
}

/** The outcome class of a failure, by its typed code (the family maps the same code). */
export function failureClass(
  error: unknown,
  isRefusal?: (error: unknown) => boolean,
): OutcomeClass {
  if (!isAppError(error)) return isRefusal?.(error) ? 'client_error' : 'server_error';
  switch (error.code) {
    case 'throttled':
      return 'throttled';
    case 'unavailable':
      return 'unavailable';
    case 'internal':
      return 'server_error';
    default:
      return 'client_error';
  }
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

function createProbe(
  identity: Identity,
  readMark: () => Promise<number | undefined>,
): RevocationProbe & { read?: { value?: number } } {
  const probe = {
    userPoolId: identity.userPoolId,
    sub: identity.sub,
    read: undefined as { value?: number } | undefined,
    report(value: number | undefined) {
      probe.read = { value };
    },
    async settle() {
      probe.read ??= { value: await readMark() };
      assertNotRevoked(identity, probe.read.value);
    },
  };
  return probe;
}

export function buildRoute<Outcome, Deps extends PipelineDeps, B = undefined, Q = undefined>(
  format: WireFormat<Outcome, Deps>,
  spec: RouteSpec<Deps, B, Q, Outcome>,
) {
  /** The answer, and the outcome class the request metrics count it as. */
  async function handle(
    event: APIGatewayProxyEventV2,
  ): Promise<{ response: HttpResponse; outcome: OutcomeClass }> {
    const route = routeFor(event.routeKey);
    let body: { value: unknown } | undefined;
    const readBody = () => {
      body ??= { value: readJsonBody(event, limits()) };
      return body.value;
    };
    const facts: RequestFacts = {
      event,
      route,
      rawBody: () => body?.value ?? tryReadJsonBody(event, limits()),
    };
    const failed = (error: unknown) => ({
      response: format.failure(error, facts),
      outcome: failureClass(error, format.isRefusal),
    });
    let deps: Deps | undefined;
    let probe: ReturnType<typeof createProbe> | undefined;
    let identity: Identity | undefined;
    /** A `with-data` route settles its revocation check before answering anything. */
    const settleRevocation = async () => {
      const pending = probe;
      probe = undefined;
      await pending?.settle();
    };
    try {
      if (!route) throw new Error(`${event.routeKey} is not a route of the table`);
      deps = spec.deps();
      if (route.auth !== 'none' && spec.authenticates !== 'itself') {
        const credentials = format.credentials(event, readBody);
        if (!credentials.token) throw new AppError('invalid_token', 'No access token was sent');
        identity = await verifyAccessToken(credentials.token);
        const { scope, strict } = route.auth;
        if (scope && !(strict ? hasExactScope : hasScope)(identity.scopes, scope)) {
          throw new AppError('access_denied', `The token lacks the ${scope} scope`);
        }
        if (spec.revocation === 'with-data') {
          const routeDeps = deps;
          const caller = identity;
          probe = createProbe(caller, () => revocationsOf(routeDeps).revokedBefore(caller));
        } else assertNotRevoked(identity, await revocationsOf(deps).revokedBefore(identity));
        await format.admit?.(identity, credentials, deps);
      }
      const request: PipelineRequest<B, Q> = {
        ...facts,
        route,
        identity,
        body: spec.body ? parseWith(spec.body, readBody(), 'request body') : (undefined as B),
        query: spec.query
          ? parseWith(spec.query, event.queryStringParameters ?? {}, 'query')
          : (undefined as Q),
        revocation: probe,
      };
      const outcome = await spec.run(deps, request);
      await settleRevocation();
      return {
        response: format.success(outcome, facts),
        outcome: format.successClass?.(outcome) ?? 'ok',
      };
    } catch (error) {
      try {
        await settleRevocation();
      } catch (revoked) {
        // The refusal is the answer; an unexpected failure it hides is still logged.
        if (!isAppError(error)) toAppError(error);
        return failed(revoked);
      }
      return failed(error);
    }
  }

  return middy<APIGatewayProxyEventV2, HttpResponse, Error, Context>()
    .use(injectLambdaContext(logger, { resetKeys: true }))
    .use({
      before: (request) => {
        logger.appendKeys({
          route: request.event.routeKey,
          apiRequestId: request.event.requestContext?.requestId,
        });
      },
      after: (request) => {
        // Whatever a family formats, every answer carries the security headers.
        request.response = {
          ...request.response,
          headers: { ...request.response?.headers, ...SECURITY_HEADERS },
        };
      },
    })
    .handler(async (event, context) => {
      const started = performance.now();
      // A throw past the family's failure mapping (a bug in it) is still counted.
      let outcome: OutcomeClass = 'server_error';
      try {
        const answered = await handle(event);
        outcome = answered.outcome;
        return answered.response;
      } finally {
        // The table's route key only: a bounded dimension, whatever the request path was.
        recordRequest(
          routeFor(event.routeKey) ? event.routeKey : 'unknown',
          outcome,
          performance.now() - started,
          context.functionName,
        );
      }
    });
}

/** For families whose every route needs a token: the verified caller, or a bug. */
export function callerOf(request: { identity?: Identity }): Identity {
  if (!request.identity) throw new Error('an authenticated route ran without a caller');
  return request.identity;
}
