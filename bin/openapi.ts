/** `npm run openapi`: regenerate openapi.json and the typed client's schema from the code. */
import { writeFileSync } from 'node:fs';
import { relative } from 'node:path';
import { resolveConfig } from '../lib/config.js';
import { applyOfflineHandlerEnv } from '../lib/local/offline-env.js';
import { CLIENT_SCHEMA_FILE, clientSchemaSource } from '../lib/openapi/client-schema.js';
import {
  buildOpenApiDocument,
  DOCUMENT_FILE,
  repositoryRoot,
  serializeDocument,
} from '../lib/openapi/openapi-document.js';

// Importing the handlers loads the AWS SDK, which warns about Node 20 (see README, "Node versions").
process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';
// Only their schemas are read, but a handler module reads its configuration when imported.
applyOfflineHandlerEnv(resolveConfig());
const document = await buildOpenApiDocument();
writeFileSync(DOCUMENT_FILE, serializeDocument(document));
writeFileSync(CLIENT_SCHEMA_FILE, await clientSchemaSource(document));
for (const file of [DOCUMENT_FILE, CLIENT_SCHEMA_FILE])
  console.log(`wrote ${relative(repositoryRoot, file)}`);
