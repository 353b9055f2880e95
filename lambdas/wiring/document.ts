/** Wiring of the JSON-document family: its adapters, created on the first request. */
import { dynamoDocumentStore } from '../adapters/dynamodb/document-store-dynamodb.js';
import { dynamoRevocationMarks } from '../adapters/dynamodb/revocation-store.js';
import { clientBackendSecret } from '../adapters/secrets/client-secrets.js';
import type { DocumentDeps } from '../http/document-route.js';

let deps: DocumentDeps | undefined;

export function documentDeps(): DocumentDeps {
  deps ??= {
    revocations: dynamoRevocationMarks(),
    store: dynamoDocumentStore(),
    backendSecret: clientBackendSecret,
  };
  return deps;
}
