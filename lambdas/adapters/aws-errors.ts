/**
 * The one place that reads AWS SDK failures: conditional-check failures, cancelled
 * transactions, and dependency failures (throttling, 5xx, timeouts) turned into typed errors.
 * Every adapter uses these; none inspects SDK error names itself.
 */
import { AppError } from '../errors.js';

const THROTTLING = new Set([
  'ProvisionedThroughputExceededException',
  'ThrottlingException',
  'RequestLimitExceeded',
  'TooManyRequestsException',
  'LimitExceededException',
]);

/** Cancellation reasons of a transaction that mean "throttled", as DynamoDB reports them. */
const THROTTLED_REASONS = new Set([
  'ThrottlingError',
  'ProvisionedThroughputExceeded',
  'RequestLimitExceeded',
]);

const nameOf = (error: unknown) => (error instanceof Error ? error.name : '');

/** A single-item write refused by its ConditionExpression. */
export const isConditionalCheckFailure = (error: unknown): boolean =>
  nameOf(error) === 'ConditionalCheckFailedException';

/**
 * The per-item reason codes of a cancelled TransactWriteItems (`ConditionalCheckFailed`,
 * `TransactionConflict`, `None`, …), or undefined when the error is not a cancellation.
 */
export function cancellationCodes(error: unknown): string[] | undefined {
  if (nameOf(error) !== 'TransactionCanceledException') return undefined;
  const reasons = (error as { CancellationReasons?: Array<{ Code?: string }> }).CancellationReasons;
  return (reasons ?? []).map((reason) => reason.Code ?? 'None');
}

/**
 * Turns an AWS SDK failure that is not the caller's fault (throttling after the SDK's own
 * bounded retries — including a transaction cancelled for throttling —, a 5xx, a timeout, a
 * dropped connection) into a typed AppError. Returns undefined for anything else, which the
 * adapter must handle itself.
 */
export function dependencyFailure(error: unknown, dependency: string): AppError | undefined {
  if (!(error instanceof Error)) return undefined;
  const fault = (error as { $fault?: string }).$fault;
  const throttledTransaction = cancellationCodes(error)?.some((code) =>
    THROTTLED_REASONS.has(code),
  );
  if (THROTTLING.has(error.name) || throttledTransaction) {
    return new AppError('throttled', `${dependency} is throttling requests`, { cause: error });
  }
  if (
    fault === 'server' ||
    error.name === 'TimeoutError' ||
    error.name === 'RequestTimeout' ||
    ['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE'].includes(
      (error as { code?: string }).code ?? '',
    )
  ) {
    return new AppError('unavailable', `${dependency} is unavailable`, { cause: error });
  }
  return undefined;
}

/** Rethrows dependency failures as AppError; anything else unchanged. */
export function rethrowAsDependencyFailure(error: unknown, dependency: string): never {
  throw dependencyFailure(error, dependency) ?? error;
}

/** Bounded SDK retries and timeouts: a dependency that hangs must not hang the route. */
export const sdkClientDefaults = {
  maxAttempts: 3,
  requestHandler: { connectionTimeout: 1_000, requestTimeout: 3_000 },
} as const;
