/** PATCH /custom-user-data — apply `data` to the caller's store as a JSON Merge Patch (RFC 7396). */
import * as z from 'zod/mini';
import { dynamoDocumentStore } from '../adapters/dynamodb/document-store-dynamodb.js';
import { limits } from '../config.js';
import { patchDocument } from '../domain/document/document-service.js';
import { isJsonObject, type JsonObject } from '../domain/document/merge-patch.js';
import { documentRoute, etag } from '../http/document-route.js';
import { json } from '../http/response.js';

const store = dynamoDocumentStore();

// z.custom checks without rebuilding: a rebuilt object would turn a `__proto__` member into a
// prototype and lose it; the parsed JSON keeps it as a plain own member.
const body = z.object({
  data: z.custom<JsonObject>(isJsonObject, { message: 'data must be a JSON object' }),
});

export const handler = documentRoute({ body }, async ({ identity, body, ifMatch }) => {
  const saved = await patchDocument(
    { store, owner: identity, maxBytes: limits().maxDocumentBytes, ifMatch },
    body.data,
  );
  return json(200, { status_code: 'ok' }, etag(saved.version));
});
