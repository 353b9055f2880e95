/** PATCH /custom-user-data — apply `data` to the caller's store as a JSON Merge Patch (RFC 7396). */
import { limits } from '../config.js';
import { patchDocument } from '../domain/document/document-service.js';
import { documentDataBody, documentRoute, etag } from '../http/document-route.js';
import { json } from '../http/response.js';
import { documentDeps } from '../wiring/document.js';

export const body = documentDataBody;

export const handler = documentRoute(
  { deps: documentDeps, body },
  async ({ store }, { identity, body, ifMatch }) => {
    const saved = await patchDocument(
      { store, owner: identity, maxBytes: limits().maxDocumentBytes, ifMatch },
      body.data,
    );
    return json(200, { status_code: 'ok' }, etag(saved.version));
  },
);
