/** GET /custom-user-data — the caller's JSON store (an empty object before the first write). */
import { dynamoDocumentStore } from '../adapters/dynamodb/document-store-dynamodb.js';
import { readDocument } from '../domain/document/document-service.js';
import { documentRoute, etag } from '../http/document-route.js';
import { json } from '../http/response.js';

const store = dynamoDocumentStore();

export const handler = documentRoute({}, async ({ identity }) => {
  const document = await readDocument({ store, owner: identity });
  return json(200, { status_code: 'ok', data: document.data }, etag(document.version));
});
