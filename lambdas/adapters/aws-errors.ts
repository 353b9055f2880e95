import { AppError } from '../errors.js';

const THROTTLING = new Set([
  'ProvisionedThroughputExceededException',
  'ThrottlingException',
  'RequestLimitExceeded',
  'TooManyRequestsException',
  'LimitExceededException',
]);

/**
 * Turns an AWS SDK failure that is not the caller's fault (throttling after the SDK's own
 * bounded retries, a 5xx, a timeout, a dropped connection) into a typed AppError. Returns
 * undefined for anything else, which the adapter must handle itself.
 */
export function dependencyFailure(error: unknown, dependency: string): AppError | undefined {
  if (!(error instanceof Error)) return undefined;
  const fault = (error as { $fault?: string }).$fault;
  if (THROTTLING.has(error.name)) {
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
