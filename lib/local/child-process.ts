import { type ChildProcess, spawn } from 'node:child_process';
import { createServer } from 'node:net';

/** A free TCP port on the loopback interface. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

const children = new Set<ChildProcess>();
let exitHookInstalled = false;

/**
 * Spawns a helper process that is killed with us when we exit. Its stdin is a pipe we never
 * write to: when we die however abruptly (kill -9 included) it closes, and the child, which
 * watches it, exits instead of living on as an orphan.
 */
export function spawnService(
  command: string,
  args: string[],
  options: { cwd?: string; env?: NodeJS.ProcessEnv; onLine?: (line: string) => void },
): ChildProcess {
  const child = spawn(command, args, {
    cwd: options.cwd,
    env: options.env ?? process.env,
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  children.add(child);
  child.once('exit', () => children.delete(child));
  // A child that dies must not take us down with an EPIPE on its stdin.
  child.stdin?.on('error', () => undefined);
  if (!exitHookInstalled) {
    exitHookInstalled = true;
    process.once('exit', () => {
      for (const running of children) running.kill('SIGKILL');
    });
  }
  let pending = '';
  const onData = (chunk: Buffer) => {
    pending += chunk.toString('utf8');
    const lines = pending.split('\n');
    pending = lines.pop() ?? '';
    for (const line of lines) options.onLine?.(line);
  };
  child.stdout?.on('data', onData);
  child.stderr?.on('data', onData);
  return child;
}

const hasExited = (child: ChildProcess) => child.exitCode !== null || child.signalCode !== null;

export async function stopService(child: ChildProcess): Promise<void> {
  if (hasExited(child)) return;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), 3_000);
  await exited;
  clearTimeout(timer);
}

/** Polls `probe` until it resolves, or fails after `timeoutMs` with the service's name. */
export async function waitUntilReady(
  name: string,
  probe: () => Promise<unknown>,
  child: ChildProcess,
  timeoutMs = 30_000,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (hasExited(child)) {
      throw new Error(`${name} exited with ${child.exitCode ?? child.signalCode}`);
    }
    try {
      await probe();
      return;
    } catch (error) {
      if (Date.now() > deadline)
        throw new Error(`${name} did not start in ${timeoutMs} ms`, { cause: error });
      await new Promise((resolve) => setTimeout(resolve, 150));
    }
  }
}

export interface SupervisedService {
  /** The running child (it changes after each restart). */
  readonly child: ChildProcess;
  stop(): Promise<void>;
}

/**
 * Keeps a child running: `launch` starts it (same port, same data each time) and resolves
 * once it answers. When it dies unasked it is launched again; after `maxRestarts` deaths
 * within a minute, or a relaunch that fails, `onGiveUp` is told (the server then exits with
 * that message rather than serve requests nothing can answer).
 */
export async function supervise(options: {
  name: string;
  /** Where it answers, for the log. */
  endpoint: string;
  launch: () => Promise<ChildProcess>;
  onGiveUp: (error: Error) => void;
  log?: (line: string) => void;
  maxRestarts?: number;
}): Promise<SupervisedService> {
  const { name, log } = options;
  const maxRestarts = options.maxRestarts ?? 5;
  const deaths: number[] = [];
  let stopping = false;
  let child = await options.launch();
  log?.(`[supervisor] ${name} running (pid ${child.pid}) on ${options.endpoint}`);

  const watch = (running: ChildProcess) => {
    running.once('exit', (code, signal) => {
      if (stopping) return;
      const now = Date.now();
      deaths.push(now);
      while ((deaths[0] ?? now) < now - 60_000) deaths.shift();
      log?.(`[supervisor] ${name} (pid ${running.pid}) exited with ${code ?? signal}`);
      if (deaths.length > maxRestarts) {
        options.onGiveUp(
          new Error(`${name} died ${deaths.length} times within a minute; giving up`),
        );
        return;
      }
      log?.(`[supervisor] restarting ${name}`);
      options.launch().then(
        (next) => {
          if (stopping) {
            void stopService(next);
            return;
          }
          child = next;
          log?.(`[supervisor] ${name} restarted (pid ${next.pid})`);
          watch(next);
        },
        (error: unknown) =>
          options.onGiveUp(
            new Error(`${name} could not be restarted: ${(error as Error).message}`, {
              cause: error,
            }),
          ),
      );
    });
  };
  watch(child);

  return {
    get child() {
      return child;
    },
    async stop() {
      stopping = true;
      await stopService(child);
    },
  };
}
