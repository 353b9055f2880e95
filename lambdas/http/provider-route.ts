/**
 * Account routes of the providers beyond Cognito (authZero, google, facebook, twitter,
 * anonymous, noLogin): the account family's wire format and the one pipeline, but the route
 * checks its own provider's credential in `run` (`authenticates: 'itself'`), after the
 * project, provider and strategy were resolved from the request.
 */
import type { APIGatewayProxyEventV2 } from 'aws-lambda';
import type * as z from 'zod/mini';
import type { Project } from '../config.js';
import { AppError } from '../errors.js';
import { type AccountOutcome, accountFormat, checkedProject } from './account-route.js';
import { bearerCredentials } from './bearer.js';
import { buildRoute, type PipelineDeps } from './pipeline.js';

export interface ProviderParams {
  projectId?: string;
  strategy?: string;
  provider?: string;
}

export interface ProviderRequest<P> {
  readonly project: Project;
  readonly provider: string;
  readonly params: P;
  /** The `Authorization: Bearer` token; throws the family's invalid_token answer when absent. */
  readonly bearer: () => string;
  /** The caller's address as API Gateway saw it (rate limits). */
  readonly sourceIp: string;
}

/** The project a request names (or the first one) and the provider it asks for, if enabled. */
export function resolveProviderProject(
  params: ProviderParams,
  accepted: readonly string[],
): { project: Project; provider: string } {
  return checkedProject(
    params,
    // Absent: the project's first provider this route serves (e.g. google on the nonstandard check).
    (project) => project.providers.find((name) => accepted.includes(name)),
    (name) => accepted.includes(name),
  );
}

export function providerRoute<Deps extends PipelineDeps, P extends ProviderParams>(
  spec: { deps: () => Deps; providers: readonly string[] } & (
    | { body: z.ZodMiniType<P>; query?: undefined }
    | { query: z.ZodMiniType<P>; body?: undefined }
  ),
  run: (deps: Deps, request: ProviderRequest<P>) => Promise<AccountOutcome>,
) {
  return buildRoute<AccountOutcome, Deps, P | undefined, P | undefined>(accountFormat, {
    deps: spec.deps,
    body: spec.body,
    query: spec.query,
    authenticates: 'itself',
    run: (deps, request) => {
      const params = (spec.body ? request.body : request.query) as P;
      const { project, provider } = resolveProviderProject(params, spec.providers);
      const event: APIGatewayProxyEventV2 = request.event;
      return run(deps, {
        project,
        provider,
        params,
        bearer: () => {
          const { token } = bearerCredentials(event);
          if (!token) throw new AppError('invalid_token', 'No access token was sent');
          return token;
        },
        sourceIp: event.requestContext?.http?.sourceIp ?? 'unknown',
      });
    },
  });
}
