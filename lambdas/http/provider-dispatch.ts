/**
 * One Lambda per route, several providers per route: `/user` and its siblings serve every
 * provider of seed 004. The dispatcher reads `provider` (query string, or the JSON body) —
 * or the project's first provider when absent — and hands the event to that provider's
 * handler; anything else (awsCognito, unknown providers, unreadable bodies) goes to the
 * Cognito handler, whose answers for those cases are unchanged.
 */
import type { APIGatewayProxyEventV2, Context } from 'aws-lambda';
import { limits } from '../config.js';
import { namedProject } from './account-route.js';
import { tryReadJsonBody } from './json-body.js';
import type { HttpResponse } from './response.js';

export type LambdaHandler = (
  event: APIGatewayProxyEventV2,
  context: Context,
) => Promise<HttpResponse>;

const text = (value: unknown) => (typeof value === 'string' ? value : undefined);

function requestedProvider(event: APIGatewayProxyEventV2): string | undefined {
  const query = event.queryStringParameters ?? {};
  const body = event.body ? tryReadJsonBody(event, limits()) : undefined;
  const fields =
    body && typeof body === 'object' && !Array.isArray(body)
      ? (body as Record<string, unknown>)
      : {};
  const provider = text(query.provider) ?? text(fields.provider);
  if (provider !== undefined) return provider;
  const projectId = text(query.projectId) ?? text(fields.projectId);
  return namedProject({ projectId })?.providers[0];
}

export function byProvider(
  cognito: LambdaHandler,
  others: Readonly<Record<string, LambdaHandler>>,
): LambdaHandler {
  return (event, context) => {
    const provider = requestedProvider(event);
    const handler = provider && Object.hasOwn(others, provider) ? others[provider] : undefined;
    return (handler ?? cognito)(event, context);
  };
}
