/**
 * The API explorer of `npm start`: Swagger UI (the swagger-ui-dist npm package, served from
 * node_modules — no CDN) on `/explorer/`, reading `/openapi.json`. A user signs up and signs
 * in from the page (`POST /user`, `PUT /user/login`), pastes the answer's `data.accessToken`
 * once into Authorize → bearerAuth (kept across reloads), and can call every route.
 */
import { readFileSync } from 'node:fs';
import type { ServerResponse } from 'node:http';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

export const EXPLORER_PATH = '/explorer/';

const distDir = dirname(createRequire(import.meta.url).resolve('swagger-ui-dist/package.json'));

/** The Swagger UI files the page loads, and their types. */
const ASSETS: Record<string, string> = {
  'swagger-ui.css': 'text/css; charset=utf-8',
  'swagger-ui-bundle.js': 'text/javascript; charset=utf-8',
  'favicon-32x32.png': 'image/png',
  'favicon-16x16.png': 'image/png',
};

const PAGE = `<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <title>User data backend — API explorer</title>
  <link rel="stylesheet" href="swagger-ui.css">
  <link rel="icon" type="image/png" href="favicon-32x32.png" sizes="32x32">
</head>
<body>
  <div id="swagger-ui"></div>
  <script src="swagger-ui-bundle.js"></script>
  <script src="explorer.js"></script>
</body>
</html>
`;

const INIT = `window.ui = SwaggerUIBundle({
  url: '/openapi.json',
  dom_id: '#swagger-ui',
  deepLinking: true,
  docExpansion: 'list',
  filter: true,
  tryItOutEnabled: true,
  persistAuthorization: true,
  displayRequestDuration: true,
  presets: [SwaggerUIBundle.presets.apis],
  layout: 'BaseLayout',
});
`;

const cache = new Map<string, Buffer>();
function asset(name: string): Buffer {
  let content = cache.get(name);
  if (!content) {
    content = readFileSync(join(distDir, name));
    cache.set(name, content);
  }
  return content;
}

function send(response: ServerResponse, type: string, body: string | Buffer): void {
  response.writeHead(200, { 'content-type': type, 'cache-control': 'no-cache' });
  response.end(body);
}

/** Answers the explorer's own paths; false for any other request. */
export function serveExplorer(method: string, path: string, response: ServerResponse): boolean {
  if (method !== 'GET') return false;
  if (path === '/' || path === '/explorer') {
    response.writeHead(302, { location: EXPLORER_PATH }).end();
    return true;
  }
  if (!path.startsWith(EXPLORER_PATH)) return false;
  const name = path.slice(EXPLORER_PATH.length);
  if (name === '' || name === 'index.html') send(response, 'text/html; charset=utf-8', PAGE);
  else if (name === 'explorer.js') send(response, 'text/javascript; charset=utf-8', INIT);
  else {
    const type = ASSETS[name];
    if (!type) return false;
    send(response, type, asset(name));
  }
  return true;
}
