/**
 * A small HTTP server that routes requests to the real handler modules, from the same route
 * table the stack uses, feeding them API Gateway v2 events. Set the backend's environment
 * before calling: handlers read it once, when first imported.
 */
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type {
  APIGatewayProxyEventV2,
  APIGatewayProxyStructuredResultV2,
  Context,
} from 'aws-lambda';
import { serveExplorer } from '../openapi/explorer.js';
import { handlerEntry, type RouteDefinition, routes } from '../routes.js';
import { lambdaContext, toApiGatewayEvent } from './api-gateway-event.js';

type Handler = (
  event: APIGatewayProxyEventV2,
  context: Context,
) => Promise<APIGatewayProxyStructuredResultV2>;

const repositoryRoot = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

/** API Gateway's own payload limit for HTTP APIs. */
const MAX_PAYLOAD_BYTES = 10 * 1024 * 1024;

export async function loadHandler(route: RouteDefinition): Promise<Handler> {
  const module = (await import(pathToFileURL(join(repositoryRoot, handlerEntry(route))).href)) as {
    handler: Handler;
  };
  return module.handler;
}

function readBody(request: IncomingMessage): Promise<Buffer | undefined> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    request.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_PAYLOAD_BYTES) {
        resolve(undefined);
        request.destroy();
      } else chunks.push(chunk);
    });
    request.on('end', () => resolve(Buffer.concat(chunks)));
    request.on('error', reject);
  });
}

const CORS = {
  'access-control-allow-origin': '*',
  'access-control-allow-headers': 'authorization,content-type,if-match',
  'access-control-allow-methods': 'GET,POST,PUT,PATCH,DELETE,OPTIONS',
  'access-control-expose-headers': 'etag',
};

export async function startLocalServer(options: {
  port: number;
  host?: string;
  log?: (line: string) => void;
}): Promise<{ url: string; server: Server; close(): Promise<void> }> {
  const table = new Map<string, { route: RouteDefinition; handler: Handler }>();
  for (const route of routes) {
    table.set(`${route.method} ${route.path}`, { route, handler: await loadHandler(route) });
  }

  const server = createServer(async (request, response) => {
    const method = request.method ?? 'GET';
    const path = new URL(request.url ?? '/', 'http://localhost').pathname;
    if (method === 'OPTIONS') {
      response.writeHead(204, CORS).end();
      return;
    }
    const match = table.get(`${method} ${path}`);
    if (!match) {
      // The API explorer page (lib/openapi/explorer.ts); not a route of the API itself.
      if (serveExplorer(method, path, response)) return;
      response.writeHead(404, { 'content-type': 'application/json', ...CORS });
      response.end(JSON.stringify({ message: 'Not Found' }));
      return;
    }
    const body = await readBody(request);
    if (body === undefined) {
      response.writeHead(413, { 'content-type': 'application/json', ...CORS });
      response.end(JSON.stringify({ message: 'Request Entity Too Large' }));
      return;
    }
    const routeKey = `${match.route.method} ${match.route.path}`;
    const event = toApiGatewayEvent(
      {
        method,
        url: request.url ?? '/',
        headers: request.headers,
        body,
        sourceIp: request.socket.remoteAddress,
      },
      routeKey,
    );
    const started = performance.now();
    try {
      const result = await match.handler(event, lambdaContext(match.route.handler));
      const payload = result.isBase64Encoded
        ? Buffer.from(result.body ?? '', 'base64')
        : Buffer.from(result.body ?? '');
      response.writeHead(result.statusCode ?? 200, {
        ...CORS,
        ...(result.headers as Record<string, string>),
      });
      response.end(payload);
      options.log?.(
        `${routeKey} → ${result.statusCode ?? 200} (${(performance.now() - started).toFixed(0)} ms)`,
      );
    } catch (error) {
      // What API Gateway answers when a function fails: the handlers are meant never to.
      options.log?.(`${routeKey} → handler threw: ${(error as Error).stack}`);
      response.writeHead(500, { 'content-type': 'application/json', ...CORS });
      response.end(JSON.stringify({ message: 'Internal Server Error' }));
    }
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, options.host ?? '127.0.0.1', resolve);
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://${options.host ?? '127.0.0.1'}:${port}`,
    server,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
