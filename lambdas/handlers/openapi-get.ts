/**
 * GET /openapi.json — the API's OpenAPI 3.1 document: openapi.json, generated from the route
 * table and the schemas (`npm run openapi`) and bundled into this function as it is.
 */
import type { APIGatewayProxyStructuredResultV2 } from 'aws-lambda';
import document from '../../openapi.json' with { type: 'json' };

const body = JSON.stringify(document);

export const handler = async (): Promise<APIGatewayProxyStructuredResultV2> => ({
  statusCode: 200,
  headers: { 'content-type': 'application/json', 'cache-control': 'public, max-age=300' },
  body,
});
