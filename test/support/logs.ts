/**
 * What the handlers log during one test, read from every Powertools Logger instance (the
 * class's methods are wrapped once per worker; the log level may stay SILENT). Lets a test
 * check the typed error behind an answer ("-4 because throttled"), and lets the integration
 * setup fail a test in which a handler logged an unexpected failure it did not announce.
 */
import { Logger } from '@aws-lambda-powertools/logger';

export type LogLevel = 'critical' | 'error' | 'warn' | 'info';

export interface LogEntry {
  readonly level: LogLevel;
  readonly message: string;
  /** The extra arguments, as given (attribute objects, errors). */
  readonly extra: readonly unknown[];
}

interface LogState {
  entries: LogEntry[];
  unexpectedFailureAllowed: boolean;
}

// On globalThis: vi.resetModules() (the grant test) must not split the state in two.
const KEY = Symbol.for('user-data-backend.test.logs');
const globals = globalThis as { [KEY]?: LogState };
globals[KEY] ??= { entries: [], unexpectedFailureAllowed: false };
const state: LogState = globals[KEY];

/** Wraps the Logger methods once; the originals still run. */
export function recordLogs(): void {
  const proto = Logger.prototype as unknown as Record<string, unknown> & { [KEY]?: true };
  if (proto[KEY]) return;
  proto[KEY] = true;
  for (const level of ['critical', 'error', 'warn', 'info'] as const) {
    const original = proto[level] as (this: Logger, ...args: unknown[]) => void;
    proto[level] = function (this: Logger, message: unknown, ...extra: unknown[]) {
      state.entries.push({ level, message: String(message), extra });
      return original.call(this, message, ...extra);
    };
  }
}

export const logEntries = (): readonly LogEntry[] => state.entries;

/** Forgets what was logged so far (each test starts empty). */
export function clearLogs(): void {
  state.entries = [];
  state.unexpectedFailureAllowed = false;
}

/**
 * The error codes the logs name (`{ code: 'throttled' }` attributes, or an AppError's code),
 * in order: how a test tells a throttled -4 from an unavailable -4.
 */
export function loggedCodes(): string[] {
  const codes: string[] = [];
  for (const entry of state.entries) {
    for (const value of entry.extra) {
      if (value && typeof value === 'object' && 'code' in value) {
        const code = (value as { code: unknown }).code;
        if (typeof code === 'string') codes.push(code);
      }
    }
  }
  return codes;
}

/** Entries at error level or above: a handler met a failure it has no typed answer for. */
export const unexpectedFailures = (): LogEntry[] =>
  state.entries.filter((entry) => entry.level === 'error' || entry.level === 'critical');

/** Announces that this test provokes an unexpected failure on purpose (a generic 500 test). */
export function expectUnexpectedFailure(): void {
  state.unexpectedFailureAllowed = true;
}

export const unexpectedFailureAllowed = (): boolean => state.unexpectedFailureAllowed;
