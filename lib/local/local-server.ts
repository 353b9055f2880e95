/**
 * A small HTTP server that routes requests to the real handler modules, from the same route
 * table the stack uses, feeding them API Gateway v2 events. Set the backend's environment
 * before calling: handlers read it once, when first imported.
 *
 * It must survive any packet: every malformed request gets a 4xx, a client that vanishes
 * mid-body is forgotten, and no request can make a promise reject unhandled.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type {
  APIGatewayProxyEventV2,
  APIGatewayProxyStructuredResultV2,
  Context,
} from 'aws-lambda';
import { defaultLimits } from '../../lambdas/limits.js';
import { serveExplorer } from '../openapi/explorer.js';
import { handlerEntry, type RouteDefinition, routes } from '../routes.js';
import { lambdaContext, toApiGatewayEvent } from './api-gateway-event.js';

type Handler = (
  event: APIGatewayProxyEventV2,
  context: Context,
) => Promise<APIGatewayProxyStructuredResultV2>;

const repositoryRoot = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

/** API Gateway's own payload limit for HTTP APIs: above it, it answers 413 itself. */
export const API_GATEWAY_MAX_PAYLOAD_BYTES = 10 * 1024 * 1024;

export async function loadHandler(route: RouteDefinition): Promise<Handler> {
  const module = (await import(pathToFileURL(join(repositoryRoot, handlerEntry(route))).href)) as {
    handler: Handler;
  };
  return module.handler;
}

/** The body limit the handlers enforce (LIMITS, as the stack sets it), or the default. */
function configuredMaxBodyBytes(): number {
  try {
    const value = (JSON.parse(process.env.LIMITS ?? '{}') as { maxBodyBytes?: unknown })
      .maxBodyBytes;
    return typeof value === 'number' && value > 0 ? value : defaultLimits.maxBodyBytes;
  } catch {
    return defaultLimits.maxBodyBytes;
  }
}

interface ReadBody {
  readonly body: Buffer;
  /** More was sent (or announced) than kept: the rest is never read. */
  readonly cut: boolean;
}

/**
 * Reads at most `keep` bytes. Past that the rest is left unread (the connection is closed
 * after the answer), so a large body costs at most `keep` bytes of memory. Resolves
 * undefined when the client goes away before the end.
 */
function readBody(request: IncomingMessage, keep: number): Promise<ReadBody | undefined> {
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let settled = false;
    const settle = (value: ReadBody | undefined) => {
      if (settled) return;
      settled = true;
      request.off('data', onData);
      resolve(value);
    };
    const onData = (chunk: Buffer) => {
      const room = keep - size;
      if (chunk.length > room) {
        chunks.push(chunk.subarray(0, room));
        request.pause();
        settle({ body: Buffer.concat(chunks), cut: true });
        return;
      }
      size += chunk.length;
      chunks.push(chunk);
    };
    request.on('data', onData);
    request.once('end', () => settle({ body: Buffer.concat(chunks), cut: false }));
    request.once('aborted', () => settle(undefined));
    request.once('error', () => settle(undefined));
    request.once('close', () => {
      if (!request.complete) settle(undefined);
    });
  });
}

/**
 * A lingering close (as nginx does) for a body that was cut off: Node destroys the socket as
 * soon as the answer is flushed, and the client's unread data then makes the kernel send a
 * reset that can discard the answer before the client reads it. Instead, half-close after the
 * answer, keep discarding what still arrives, and destroy the socket a little later.
 */
function lingerOnClose(request: IncomingMessage): void {
  const socket = request.socket;
  socket.destroySoon = () => {
    socket.end();
    request.resume();
    socket.resume();
    setTimeout(() => socket.destroy(), 2_000).unref();
  };
}

const CORS = {
  'access-control-allow-origin': '*',
  'access-control-allow-headers': 'authorization,content-type,if-match',
  'access-control-allow-methods': 'GET,POST,PUT,PATCH,DELETE,OPTIONS',
  'access-control-expose-headers': 'etag',
};

/** What API Gateway itself answers when no function is involved (`{"message": …}`). */
function gatewayAnswer(
  response: ServerResponse,
  status: number,
  message: string,
  close = false,
): void {
  if (response.headersSent || response.destroyed) return;
  const body = JSON.stringify({ message });
  response.writeHead(status, {
    'content-type': 'application/json',
    'content-length': Buffer.byteLength(body),
    ...CORS,
    ...(close ? { connection: 'close' } : {}),
  });
  response.end(body);
}

const STATUS_TEXT: Record<number, string> = {
  400: 'Bad Request',
  408: 'Request Timeout',
  413: 'Request Entity Too Large',
  414: 'URI Too Long',
  431: 'Request Header Fields Too Large',
};

/** A request the HTTP parser refused (bad request line, headers, framing): answer, then hang up. */
function answerClientError(error: Error & { code?: string }, socket: Socket): void {
  if (error.code === 'ECONNRESET' || !socket.writable) {
    socket.destroy();
    return;
  }
  const status =
    error.code === 'HPE_HEADER_OVERFLOW'
      ? 431
      : error.code === 'HPE_URI_TOO_LONG'
        ? 414
        : error.code === 'ERR_HTTP_REQUEST_TIMEOUT'
          ? 408
          : 400;
  const body = JSON.stringify({ message: STATUS_TEXT[status] });
  socket.end(
    `HTTP/1.1 ${status} ${STATUS_TEXT[status]}\r\ncontent-type: application/json\r\n` +
      `content-length: ${Buffer.byteLength(body)}\r\nconnection: close\r\n\r\n${body}`,
  );
}

/**
 * The path and query of a request target: origin form (`/p?q`) as is, absolute form
 * (`http://host/p?q`) parsed; anything else (`*`, an invalid URL, `//host/p`) is undefined.
 */
export function requestTarget(raw: string): { path: string; pathAndQuery: string } | undefined {
  if (raw.startsWith('/') && !raw.startsWith('//')) {
    const query = raw.indexOf('?');
    return { path: query < 0 ? raw : raw.slice(0, query), pathAndQuery: raw };
  }
  if (!URL.canParse(raw)) return undefined;
  const url = new URL(raw);
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return undefined;
  return { path: url.pathname, pathAndQuery: `${url.pathname}${url.search}` };
}

export async function startLocalServer(options: {
  port: number;
  host?: string;
  log?: (line: string) => void;
  /** Largest body handed to a handler; default: LIMITS.maxBodyBytes, as the handlers enforce. */
  maxBodyBytes?: number;
}): Promise<{ url: string; server: Server; close(): Promise<void> }> {
  const table = new Map<string, { route: RouteDefinition; handler: Handler }>();
  for (const route of routes) {
    table.set(`${route.method} ${route.path}`, { route, handler: await loadHandler(route) });
  }
  const maxBodyBytes = options.maxBodyBytes ?? configuredMaxBodyBytes();

  async function serve(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const method = request.method ?? 'GET';
    const target = requestTarget(request.url ?? '');
    if (!target) {
      gatewayAnswer(response, 400, 'Bad Request', true);
      return;
    }
    if (method === 'OPTIONS') {
      response.writeHead(204, CORS).end();
      return;
    }
    const match = table.get(`${method} ${target.path}`);
    if (!match) {
      // The API explorer page (lib/openapi/explorer.ts); not a route of the API itself.
      if (serveExplorer(method, target.path, response)) return;
      gatewayAnswer(response, 404, 'Not Found');
      return;
    }
    const declared = Number(request.headers['content-length'] ?? 0);
    if (declared > API_GATEWAY_MAX_PAYLOAD_BYTES) {
      // Refused from the header alone, before a byte of the body is read.
      gatewayAnswer(response, 413, STATUS_TEXT[413] as string, true);
      return;
    }
    // One byte past the limit is enough for the handler to refuse the body in its family's
    // own format (as it would in AWS); the rest is never read.
    const read = await readBody(request, maxBodyBytes + 1);
    if (!read) return; // The client went away: nobody to answer.
    const routeKey = `${match.route.method} ${match.route.path}`;
    const event = toApiGatewayEvent(
      {
        method,
        url: target.pathAndQuery,
        headers: request.headers,
        body: read.body,
        sourceIp: request.socket.remoteAddress,
      },
      routeKey,
    );
    const started = performance.now();
    let result: APIGatewayProxyStructuredResultV2;
    try {
      result = await match.handler(event, lambdaContext(match.route.handler));
    } catch (error) {
      // What API Gateway answers when a function fails: the handlers are meant never to.
      options.log?.(`${routeKey} → handler threw: ${(error as Error).stack}`);
      gatewayAnswer(response, 500, 'Internal Server Error', read.cut);
      return;
    }
    if (response.destroyed) return;
    if (read.cut) lingerOnClose(request);
    const payload = result.isBase64Encoded
      ? Buffer.from(result.body ?? '', 'base64')
      : Buffer.from(result.body ?? '');
    response.writeHead(result.statusCode ?? 200, {
      ...CORS,
      ...(result.headers as Record<string, string>),
      'content-length': payload.length,
      ...(read.cut ? { connection: 'close' } : {}),
    });
    response.end(payload);
    options.log?.(
      `${routeKey} → ${result.statusCode ?? 200} (${(performance.now() - started).toFixed(0)} ms)`,
    );
  }

  const server = createServer((request, response) => {
    serve(request, response).catch((error: unknown) => {
      // Last resort (e.g. a handler answered a header Node refuses): never an unhandled rejection.
      options.log?.(`${request.method} ${request.url} → ${(error as Error).stack ?? error}`);
      gatewayAnswer(response, 500, 'Internal Server Error', true);
      if (!response.writableEnded) response.destroy();
    });
  });
  server.on('clientError', answerClientError);

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, options.host ?? '127.0.0.1', resolve);
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://${options.host ?? '127.0.0.1'}:${port}`,
    server,
    close: () =>
      new Promise((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
