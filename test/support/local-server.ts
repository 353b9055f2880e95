import { afterAll, beforeAll } from 'vitest';
import { startLocalServer } from '../../lib/local/local-server.js';

export interface HttpResult {
  status: number;
  body: Record<string, unknown>;
}

/**
 * Starts the local server (the one `npm start` runs) for the calling test file, and returns
 * a way to call it over real HTTP. A string body is sent as is (for malformed JSON).
 */
export function useLocalServer() {
  let server: Awaited<ReturnType<typeof startLocalServer>>;
  beforeAll(async () => {
    server = await startLocalServer({ port: 0 });
  });
  afterAll(() => server.close());

  return {
    url: () => server.url,
    async request(
      method: string,
      path: string,
      options: { token?: string; body?: unknown } = {},
    ): Promise<HttpResult> {
      const response = await fetch(`${server.url}${path}`, {
        method,
        headers: {
          'content-type': 'application/json',
          ...(options.token ? { authorization: `Bearer ${options.token}` } : {}),
        },
        body:
          typeof options.body === 'string' || options.body === undefined
            ? options.body
            : JSON.stringify(options.body),
      });
      return { status: response.status, body: (await response.json()) as Record<string, unknown> };
    },
  };
}
