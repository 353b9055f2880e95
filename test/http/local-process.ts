/**
 * `npm start` as a user runs it: bin/local.ts in its own process (through tsx), with its own
 * DynamoDB Local and cognito-local, so tests can send it raw packets and kill its children.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { connect } from 'node:net';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { freePort } from '../../lib/local/child-process.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

/** Only what a shell would pass: none of the test run's own backend variables. */
function cleanEnv(extra: Record<string, string>): NodeJS.ProcessEnv {
  const keep = ['PATH', 'HOME', 'TMPDIR', 'JAVA_HOME', 'LANG'];
  const env: NodeJS.ProcessEnv = { AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true' };
  for (const name of keep) if (process.env[name]) env[name] = process.env[name];
  return { ...env, ...extra };
}

export interface LocalProcess {
  readonly url: string;
  readonly port: number;
  readonly process: ChildProcess;
  /** Every line it printed (stdout and stderr). */
  readonly lines: string[];
  readonly exited: Promise<number | null>;
  hasExited(): boolean;
  /** Resolves with the first line (already printed or to come) matching `pattern`. */
  waitForLine(pattern: RegExp, timeoutMs?: number): Promise<string>;
  /** Current pid of a supervised child, from the supervisor's log lines. */
  childPid(name: 'DynamoDB Local' | 'cognito-local'): number;
  stop(): Promise<void>;
}

export function spawnLocal(options: {
  dataDir?: string;
  port: number;
  env?: Record<string, string>;
}): { process: ChildProcess; lines: string[]; exited: Promise<number | null> } {
  const child = spawn(process.execPath, ['--import', 'tsx', 'bin/local.ts'], {
    cwd: root,
    env: cleanEnv({
      PORT: String(options.port),
      ...(options.dataDir ? { LOCAL_DATA_DIR: options.dataDir } : { LOCAL_IN_MEMORY: '1' }),
      ...options.env,
    }),
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const lines: string[] = [];
  let pending = '';
  const onData = (chunk: Buffer) => {
    pending += chunk.toString('utf8');
    const complete = pending.split('\n');
    pending = complete.pop() ?? '';
    lines.push(...complete);
  };
  child.stdout?.on('data', onData);
  child.stderr?.on('data', onData);
  const exited = new Promise<number | null>((resolve) =>
    child.once('exit', (code) => {
      if (pending) lines.push(pending);
      resolve(code);
    }),
  );
  return { process: child, lines, exited };
}

/** Starts the server and resolves once it listens (or fails with everything it printed). */
export async function startLocal(options: { dataDir?: string } = {}): Promise<LocalProcess> {
  const port = await freePort();
  const { process: child, lines, exited } = spawnLocal({ ...options, port });
  let done = false;
  void exited.then(() => {
    done = true;
  });
  const waitForLine = async (pattern: RegExp, timeoutMs = 60_000): Promise<string> => {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const found = lines.find((line) => pattern.test(line));
      if (found) return found;
      if (done || Date.now() > deadline) {
        throw new Error(`no line matching ${pattern}; the server printed:\n${lines.join('\n')}`);
      }
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  };
  await waitForLine(/^User data backend listening on http/, 120_000);
  return {
    url: `http://127.0.0.1:${port}`,
    port,
    process: child,
    lines,
    exited,
    hasExited: () => done,
    waitForLine,
    childPid(name) {
      const pids = lines
        .map((line) =>
          new RegExp(`^\\[supervisor\\] ${name} (?:running|restarted) \\(pid (\\d+)\\)`).exec(line),
        )
        .filter((match) => match !== null)
        .map((match) => Number(match[1]));
      const pid = pids.at(-1);
      if (pid === undefined) throw new Error(`no pid for ${name}`);
      return pid;
    },
    async stop() {
      if (done) return;
      child.kill('SIGTERM');
      await exited;
    },
  };
}

export interface RawAnswer {
  /** The status line's code, or undefined when the connection closed without an answer. */
  status?: number;
  head: string;
  body: string;
}

/**
 * Sends bytes over a bare TCP connection and reads until the server closes it, or until a
 * complete answer (head and a Content-Length body) arrived. `keepSending` keeps writing
 * filler until the connection ends (a body that never finishes).
 */
export function rawRequest(
  port: number,
  payload: string | Buffer,
  options: { keepSending?: Buffer } = {},
): Promise<RawAnswer> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1');
    let received = Buffer.alloc(0);
    let finished = false;
    const finish = () => {
      if (finished) return;
      finished = true;
      socket.destroy();
      const text = received.toString('latin1');
      const split = text.indexOf('\r\n\r\n');
      const head = split < 0 ? text : text.slice(0, split);
      const status = /^HTTP\/1\.[01] (\d{3})/.exec(head)?.[1];
      resolve({
        status: status ? Number(status) : undefined,
        head,
        body: split < 0 ? '' : received.subarray(split + 4).toString('utf8'),
      });
    };
    const complete = () => {
      const text = received.toString('latin1');
      const split = text.indexOf('\r\n\r\n');
      if (split < 0) return false;
      const length = /\r\ncontent-length: *(\d+)/i.exec(text.slice(0, split))?.[1];
      return length !== undefined && received.length - split - 4 >= Number(length);
    };
    socket.on('data', (chunk: Buffer) => {
      received = Buffer.concat([received, chunk]);
      if (complete()) finish();
    });
    socket.on('end', finish);
    socket.on('close', finish);
    socket.on('error', (error: NodeJS.ErrnoException) => {
      // A reset after the answer arrived is the server hanging up on an unread body.
      if (received.length > 0 || error.code === 'ECONNRESET' || error.code === 'EPIPE') finish();
      else reject(error);
    });
    socket.once('connect', () => {
      socket.write(payload);
      const filler = options.keepSending;
      if (!filler) return;
      let sent = 0;
      const pump = () => {
        // Until the kernel buffer is full (then 'drain'), with a cap so a test cannot run away.
        while (!finished && !socket.destroyed && sent < 64 * 1024 * 1024) {
          sent += filler.length;
          if (!socket.write(filler)) return;
        }
      };
      socket.on('drain', pump);
      pump();
    });
  });
}
