/**
 * Account routes of the providers beyond Cognito (authZero, google, facebook, twitter,
 * anonymous, noLogin): the account family's wire format and the one pipeline, but the route
 * checks its own provider's credential in `run` (`authenticates: 'itself'`), after the
 * project, provider and strategy were resolved from the request.
 */
import type { APIGatewayProxyEventV2 } from 'aws-lambda';
import type * as z from 'zod/mini';
import { findProjectById, type Project, projects } from '../config.js';
import { AppError } from '../errors.js';
import { type AccountOutcome, accountFormat } from './account-route.js';
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
  const project = params.projectId ? findProjectById(params.projectId) : projects()[0];
  if (!project) throw new AppError('unknown_project', `Unknown project ${params.projectId}`);
  // Absent: the project's first provider this route serves (e.g. google on the nonstandard check).
  const provider =
    params.provider ?? project.providers.find((name) => accepted.includes(name)) ?? '';
  if (!project.providers.includes(provider) || !accepted.includes(provider)) {
    throw new AppError('unknown_provider', `Provider ${provider} is not enabled for this project`);
  }
  const strategy = params.strategy ?? project.strategies[0] ?? '';
  if (!project.strategies.includes(strategy)) {
    throw new AppError('unknown_provider', `Strategy ${strategy} is not enabled for this project`);
  }
  return { project, provider };
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
