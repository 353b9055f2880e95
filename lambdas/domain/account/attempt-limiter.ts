/**
 * Attempt limits for guessable secrets (password, reset code, previous password): counted per
 * account and per source IP in fixed windows. An attempt first reserves one unit under both
 * counts, atomically against the limit (so requests in flight cannot exceed it: with a limit
 * of 10, at most 10 guesses reach the identity provider per window, however many arrive at
 * once); a wrong secret keeps its reservation as a failure, any other outcome gives it back.
 * So only failures count, and an account's owner is never locked out by their own sign-ins.
 */
import { AppError } from '../../errors.js';

export interface AttemptCounter {
  /**
   * Adds one to the key's count in its window if the count is below `limit` (one atomic
   * conditional write); false, and nothing changed, when it is not. The window ends (and is
   * forgotten) at `windowEnd`.
   */
  reserve(key: string, limit: number, windowEnd: number): Promise<boolean>;
  /** Takes back one reservation of the key (never below zero, never re-creating a forgotten window). */
  release(key: string): Promise<void>;
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
 * Giving a reservation back is best effort: if it fails, the count stays one too high until
 * the window ends (errs on the side of refusing); the attempt's own outcome is what answers.
 */
const releaseAll = (counter: AttemptCounter, keys: readonly string[]) =>
  Promise.allSettled(keys.map((key) => counter.release(key)));

/**
 * Runs `attempt` once it holds a reservation under both the account's and the source's count;
 * refused (TooManyAttempts) when either is at its limit — failures and attempts in flight
 * together. `action` separates the counters (`login`, `reset`, …).
 */
export async function limitAttempts<T>(
  counter: AttemptCounter,
  policy: AttemptPolicy,
  who: { action: string; account: string; sourceIp: string; now: number },
  attempt: () => Promise<T>,
): Promise<T> {
  const window = Math.floor(who.now / policy.attemptWindowSeconds);
  const windowEnd = (window + 1) * policy.attemptWindowSeconds;
  const slots = [
    { key: `${who.action}#account#${who.account}#${window}`, limit: policy.maxFailuresPerAccount },
    { key: `${who.action}#source#${who.sourceIp}#${window}`, limit: policy.maxFailuresPerSource },
  ];
  const reserved = await Promise.allSettled(
    slots.map((slot) => counter.reserve(slot.key, slot.limit, windowEnd)),
  );
  const held = slots.filter((_, index) => {
    const outcome = reserved[index];
    return outcome?.status === 'fulfilled' && outcome.value;
  });
  if (held.length < slots.length) {
    // Both or neither: a reservation made beside a refusal (or an error) is given back.
    await releaseAll(
      counter,
      held.map((slot) => slot.key),
    );
    const failure = reserved.find((outcome) => outcome.status === 'rejected');
    if (failure) throw failure.reason;
    throw new TooManyAttempts(Math.max(1, windowEnd - who.now));
  }
  let wrongSecret = false;
  try {
    return await attempt();
  } catch (error) {
    wrongSecret = error instanceof AppError && GUESS_FAILURES.has(error.code);
    throw error;
  } finally {
    if (!wrongSecret) {
      await releaseAll(
        counter,
        slots.map((slot) => slot.key),
      );
    }
  }
}
