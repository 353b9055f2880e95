/**
 * A handler answers a bug with its family's generic code (500, -4, status_code error…), so a
 * test asserting that code could pass on a TypeError. Here every integration test fails when
 * a handler logged an unexpected failure, unless the test announced it with
 * `expectUnexpectedFailure()`.
 */
import { afterEach, beforeEach } from 'vitest';
import { clearLogs, recordLogs, unexpectedFailureAllowed, unexpectedFailures } from './logs.js';

recordLogs();
beforeEach(() => clearLogs());
afterEach(() => {
  const failures = unexpectedFailures();
  if (failures.length === 0 || unexpectedFailureAllowed()) return;
  const described = failures.map((entry) => {
    const error = entry.extra.find((value): value is Error => value instanceof Error);
    return `${entry.message}: ${error?.stack ?? JSON.stringify(entry.extra)}`;
  });
  throw new Error(
    `a handler logged an unexpected failure (call expectUnexpectedFailure() if the test means it):\n${described.join('\n')}`,
  );
});
