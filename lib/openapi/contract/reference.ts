/** The reference route: the OpenAPI document itself. */
import type { RouteContract } from './types.js';

export const referenceContract = (): RouteContract => ({
  tag: 'Reference',
  description:
    'The document this explorer shows, generated from the route table and the handlers’ schemas. Public.',
  security: [],
  responses: {
    200: {
      description: 'The OpenAPI 3.1 document.',
      schema: {
        type: 'object',
        required: ['openapi', 'info', 'paths'],
        properties: { openapi: { type: 'string', pattern: '^3\\.1\\.' } },
      },
    },
    429: {
      description: 'Throttled by API Gateway’s stage throttling (the function is not called).',
      schema: {
        type: 'object',
        required: ['message'],
        properties: { message: { type: 'string' } },
      },
      examples: { gateway: { summary: 'API Gateway', value: { message: 'Too Many Requests' } } },
    },
  },
});
