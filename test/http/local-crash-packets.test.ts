/**
 * Crash packets against a real `npm start` (bin/local.ts in its own process): malformed
 * request lines and headers, bodies that never end or are cut, clients that vanish. Each
 * must get a 4xx (or, for a vanished client, nothing), and the server must keep serving.
 */
import { connect } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_PROJECT_ID } from '../../lib/config.js';
import { type LocalProcess, rawRequest, startLocal } from './local-process.js';

let server: LocalProcess;
// Starting npm start (Java included) takes long on a busy machine.
beforeAll(async () => {
  server = await startLocal();
}, 180_000);
afterAll(() => server?.stop());

/** The server still answers, and its handlers still work. */
async function expectAlive() {
  expect(server.hasExited(), server.lines.join('\n')).toBe(false);
  const response = await fetch(`${server.url}/nowhere`);
  expect({ status: response.status, body: await response.json() }).toEqual({
    status: 404,
    body: { message: 'Not Found' },
  });
}

const BAD_REQUEST = { message: 'Bad Request' };
const packet = (lines: string[], body = '') => `${lines.join('\r\n')}\r\n\r\n${body}`;

describe('malformed requests get a 4xx and the server keeps serving', () => {
  const cases: Array<[string, string | Buffer, number, unknown]> = [
    [
      'an invalid absolute URL',
      packet(['GET http://a:b:c/ HTTP/1.1', 'Host: x']),
      400,
      BAD_REQUEST,
    ],
    [
      'an absolute URL to a route with a bad port',
      packet(['POST http://a:99999/user HTTP/1.1', 'Host: x', 'Content-Length: 0']),
      400,
      BAD_REQUEST,
    ],
    ['an asterisk target', packet(['GET * HTTP/1.1', 'Host: x']), 400, BAD_REQUEST],
    [
      'a scheme-relative target',
      packet(['POST //evil/user-data/get HTTP/1.1', 'Host: x', 'Content-Length: 0']),
      400,
      BAD_REQUEST,
    ],
    ['a space in a header name', packet(['GET /nowhere HTTP/1.1', 'Ho st: x']), 400, BAD_REQUEST],
    [
      'a control character in a header value',
      packet(['GET /nowhere HTTP/1.1', 'Host: x\u0001y']),
      400,
      BAD_REQUEST,
    ],
    [
      'a non-numeric Content-Length',
      packet(['POST /user HTTP/1.1', 'Host: x', 'Content-Length: abc']),
      400,
      BAD_REQUEST,
    ],
    [
      'two different Content-Lengths',
      packet(['POST /user HTTP/1.1', 'Host: x', 'Content-Length: 1', 'Content-Length: 2'], 'ab'),
      400,
      BAD_REQUEST,
    ],
    [
      'Content-Length with Transfer-Encoding',
      packet(
        ['POST /user HTTP/1.1', 'Host: x', 'Content-Length: 3', 'Transfer-Encoding: chunked'],
        '0\r\n\r\n',
      ),
      400,
      BAD_REQUEST,
    ],
    [
      'a broken chunk size',
      packet(['POST /user HTTP/1.1', 'Host: x', 'Transfer-Encoding: chunked'], 'zz\r\nabc\r\n'),
      400,
      BAD_REQUEST,
    ],
    ['an unknown method', packet(['BREW /user HTTP/1.1', 'Host: x']), 400, BAD_REQUEST],
    ['an HTTP/2 preface', 'PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n', 400, BAD_REQUEST],
    [
      'binary garbage',
      Buffer.from([0x16, 0x03, 0x01, 0x00, 0xff, 0x00, 0x0d, 0x0a, 0x0d, 0x0a]),
      400,
      BAD_REQUEST,
    ],
    [
      'headers larger than the parser allows',
      packet(['GET /nowhere HTTP/1.1', 'Host: x', `X-Big: ${'a'.repeat(20_000)}`]),
      431,
      { message: 'Request Header Fields Too Large' },
    ],
  ];
  for (const [name, bytes, status, body] of cases) {
    it(name, async () => {
      const answer = await rawRequest(server.port, bytes);
      expect(answer.status, answer.head).toBe(status);
      expect(JSON.parse(answer.body)).toEqual(body);
      await expectAlive();
    });
  }
});

describe('listening', () => {
  const reachable = (host: string, port: number) =>
    new Promise<boolean>((resolve) => {
      const socket = connect(port, host, () => {
        socket.destroy();
        resolve(true);
      });
      socket.on('error', () => resolve(false));
    });

  it('the server and both emulators listen on 127.0.0.1 only', async () => {
    // Every 127/8 address reaches a socket bound to all interfaces; only 127.0.0.1 reaches
    // one bound to loopback's own address.
    const endpoints = server.lines
      .map((line) => /running \(pid \d+\) on http:\/\/127\.0\.0\.1:(\d+)/.exec(line)?.[1])
      .filter((port) => port !== undefined)
      .map(Number);
    expect(endpoints, server.lines.join('\n')).toHaveLength(2);
    for (const port of [server.port, ...endpoints]) {
      expect(await reachable('127.0.0.1', port), `port ${port}`).toBe(true);
      expect(await reachable('127.0.0.2', port), `port ${port}`).toBe(false);
    }
  });
});

describe('bodies', () => {
  it('refuses a Content-Length above API Gateway’s 10 MB from the header, without the body', async () => {
    // No body byte is ever sent: the answer can only come from the header.
    const answer = await rawRequest(
      server.port,
      packet([
        'POST /user-data/set HTTP/1.1',
        'Host: x',
        'Content-Length: 99999999',
        'Content-Type: application/json',
      ]),
    );
    expect(answer.status).toBe(413);
    expect(JSON.parse(answer.body)).toEqual({ message: 'Request Entity Too Large' });
    expect(answer.head).toMatch(/\r\nconnection: close/i);
    await expectAlive();
  });

  it('cuts a streamed body at the limit and answers in the family’s format', async () => {
    // A chunked body that never ends: any answer proves the server stopped reading it.
    const chunk = Buffer.from(`10000\r\n${' '.repeat(0x10000)}\r\n`);
    const answer = await rawRequest(
      server.port,
      packet([
        'PUT /user/login HTTP/1.1',
        'Host: x',
        'Content-Type: application/json',
        'Transfer-Encoding: chunked',
      ]),
      { keepSending: chunk },
    );
    expect(answer.status).toBe(400);
    expect(JSON.parse(answer.body)).toMatchObject({ result: 0, error: 'invalid_request' });
    expect(answer.head).toMatch(/\r\nconnection: close/i);
    await expectAlive();
  });

  it('answers a declared Content-Length above the body limit in the family’s format', async () => {
    // 300 kB declared and sent (over the 256 KiB limit, under API Gateway's). The never-ending
    // case is the chunked test above: a client that keeps writing after the server closed can
    // be sent a TCP reset that discards the answer before it is read, whatever the server does.
    const answer = await rawRequest(
      server.port,
      packet(
        [
          'POST /user-data/set HTTP/1.1',
          'Host: x',
          'Content-Type: application/json',
          'Content-Length: 300000',
        ],
        ' '.repeat(300_000),
      ),
    );
    // The key/value family: HTTP 200 with a result code (no token: -1, unauthorized).
    expect(answer.status).toBe(200);
    expect(JSON.parse(answer.body)).toEqual({ result: -1 });
    await expectAlive();
  });

  it('survives clients that hang up mid-body, politely or with a reset', async () => {
    for (let round = 0; round < 10; round++) {
      await new Promise<void>((resolve, reject) => {
        const socket = connect(server.port, '127.0.0.1', () => {
          socket.write(
            packet(
              [
                'PUT /user/login HTTP/1.1',
                'Host: x',
                'Content-Type: application/json',
                'Content-Length: 1000',
              ],
              '{"projectId":',
            ),
          );
          setImmediate(() => {
            if (round % 2 === 0) socket.destroy();
            else socket.resetAndDestroy();
            resolve();
          });
        });
        socket.on('error', reject);
      });
    }
    await expectAlive();
  });

  it('still registers and signs in after all of the above', async () => {
    const params = { projectId: DEFAULT_PROJECT_ID, strategy: 'email', provider: 'awsCognito' };
    const data = { email: `crash-${Date.now()}@example.com`, password: 'bID>idfsf23!' };
    const send = (method: string, path: string) =>
      fetch(`${server.url}${path}`, {
        method,
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ ...params, data }),
      });
    expect((await send('POST', '/user')).status).toBe(201);
    const login = await send('PUT', '/user/login');
    expect(login.status).toBe(200);
    expect(((await login.json()) as { data: { accessToken: string } }).data.accessToken).toMatch(
      /^ey/,
    );
    expect(server.lines.filter((line) => /unhandled|uncaught|handler threw/.test(line))).toEqual(
      [],
    );
  });
});
