/** GET /custom-user-data — the caller's JSON store (an empty object before the first write). */
import { readDocument } from '../domain/document/document-service.js';
import { documentRoute, etag } from '../http/document-route.js';
import { json } from '../http/response.js';
import { documentDeps } from '../wiring/document.js';

export const handler = documentRoute({ deps: documentDeps }, async ({ store }, { identity }) => {
  const document = await readDocument({ store, owner: identity });
  return json(200, { status_code: 'ok', data: document.data }, etag(document.version));
});
