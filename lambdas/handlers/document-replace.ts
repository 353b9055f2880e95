/** POST /custom-user-data — `data` replaces the caller's JSON store (seed 000). */
import { limits } from '../config.js';
import { replaceDocument } from '../domain/document/document-service.js';
import { documentDataBody, documentRoute, etag } from '../http/document-route.js';
import { json } from '../http/response.js';
import { documentDeps } from '../wiring/document.js';

export const body = documentDataBody;

export const handler = documentRoute(
  { deps: documentDeps, body },
  async ({ store }, { identity, body, ifMatch }) => {
    const saved = await replaceDocument(
      { store, owner: identity, maxBytes: limits().maxDocumentBytes, ifMatch },
      body.data,
    );
    return json(200, { status_code: 'ok' }, etag(saved.version));
  },
);
