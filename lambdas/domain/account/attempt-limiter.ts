/**
 * Attempt limits for guessable secrets (password, reset code, previous password): failures
 * are counted per account and per source IP in fixed windows; once either count reaches its
 * limit, further attempts are refused until the window ends (the answer carries Retry-After).
 * Only failures count, so an account's owner is never locked out by their own sign-ins.
 */
import { AppError } from '../../errors.js';

export interface AttemptCounter {
  /** Failures so far in the window of each key (absent keys: 0). */
  failures(keys: readonly string[]): Promise<ReadonlyMap<string, number>>;
  /** Adds one failure to each key's window, which ends (and is forgotten) at `windowEnd`. */
  recordFailure(keys: readonly string[], windowEnd: number): Promise<void>;
}

export interface AttemptPolicy {
  readonly maxFailuresPerAccount: number;
  readonly maxFailuresPerSource: number;
  readonly attemptWindowSeconds: number;
}

/** Refused for too many attempts; `retryAfterSeconds` is when the window ends. */
export class TooManyAttempts extends AppError {
  constructor(readonly retryAfterSeconds: number) {
    super('throttled', `Too many failed attempts; try again in ${retryAfterSeconds} seconds`);
  }
}

/** Error codes that mean "the secret was wrong" — the only outcomes that count. */
const GUESS_FAILURES = new Set(['invalid_credentials', 'invalid_code', 'expired_code']);

/**
 * Runs `attempt` unless the account or the source is over its limit; counts it when it fails
 * because the secret was wrong. `action` separates the counters (`login`, `reset`, …).
 */
export async function limitAttempts<T>(
  counter: AttemptCounter,
  policy: AttemptPolicy,
  who: { action: string; account: string; sourceIp: string; now: number },
  attempt: () => Promise<T>,
): Promise<T> {
  const window = Math.floor(who.now / policy.attemptWindowSeconds);
  const windowEnd = (window + 1) * policy.attemptWindowSeconds;
  const accountKey = `${who.action}#account#${who.account}#${window}`;
  const sourceKey = `${who.action}#source#${who.sourceIp}#${window}`;
  const counts = await counter.failures([accountKey, sourceKey]);
  if (
    (counts.get(accountKey) ?? 0) >= policy.maxFailuresPerAccount ||
    (counts.get(sourceKey) ?? 0) >= policy.maxFailuresPerSource
  ) {
    throw new TooManyAttempts(Math.max(1, windowEnd - who.now));
  }
  try {
    return await attempt();
  } catch (error) {
    if (error instanceof AppError && GUESS_FAILURES.has(error.code)) {
      await counter.recordFailure([accountKey, sourceKey], windowEnd);
    }
    throw error;
  }
}
