import type {
  APIGatewayProxyEventV2,
  APIGatewayProxyStructuredResultV2,
  Context,
} from 'aws-lambda';
import { lambdaContext, toApiGatewayEvent } from '../../lib/local/api-gateway-event.js';

export interface EventInput {
  method?: string;
  path: string;
  body?: unknown;
  /** A raw body string, sent as is (for malformed JSON). */
  rawBody?: string;
  token?: string;
  headers?: Record<string, string>;
  query?: Record<string, string>;
}

/** An API Gateway v2 event, built the same way the local server builds them. */
export function apiEvent(input: EventInput): APIGatewayProxyEventV2 {
  const method = input.method ?? 'POST';
  const query = input.query ? `?${new URLSearchParams(input.query)}` : '';
  const body = input.rawBody ?? (input.body === undefined ? undefined : JSON.stringify(input.body));
  return toApiGatewayEvent(
    {
      method,
      url: `${input.path}${query}`,
      headers: {
        'content-type': 'application/json',
        ...(input.token ? { authorization: `Bearer ${input.token}` } : {}),
        ...input.headers,
      },
      body,
    },
    `${method} ${input.path}`,
  );
}

type Handler = (
  event: APIGatewayProxyEventV2,
  context: Context,
) => Promise<APIGatewayProxyStructuredResultV2>;

export async function invoke(
  handler: Handler,
  input: EventInput,
): Promise<{ status: number; body: Record<string, unknown>; headers: Record<string, unknown> }> {
  const result = await handler(apiEvent(input), lambdaContext('test'));
  return {
    status: result.statusCode ?? 200,
    body: JSON.parse(result.body ?? '{}') as Record<string, unknown>,
    headers: (result.headers ?? {}) as Record<string, unknown>,
  };
}
