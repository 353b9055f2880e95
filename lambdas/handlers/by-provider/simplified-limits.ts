/**
 * Per-address limits of the simplified strategy's routes (fixed windows). Secrets of 256
 * bits cannot be guessed at any rate; these stop bulk creation of users and noisy probing.
 */
import type { RateLimiter } from '../../domain/identity-providers/simplified-users.js';

export const REGISTRATIONS_PER_HOUR = 30;
export const NO_LOGIN_REQUESTS_PER_MINUTE = 120;

interface Caller {
  readonly projectId: string;
  readonly sourceIp: string;
  /** Epoch seconds. */
  readonly now: number;
}

/** One more registration (anonymous or noLogin) from this address, or `throttled`. */
export const limitRegistrations = (limiter: RateLimiter, { projectId, sourceIp, now }: Caller) =>
  limiter.hit(`register#${projectId}#${sourceIp}`, REGISTRATIONS_PER_HOUR, 3600, now);

/** One more noLogin read or update from this address, or `throttled`. */
export const limitNoLoginRequests = (limiter: RateLimiter, { projectId, sourceIp, now }: Caller) =>
  limiter.hit(`nologin#${projectId}#${sourceIp}`, NO_LOGIN_REQUESTS_PER_MINUTE, 60, now);

/** The identity fields every noLogin answer carries, at the top level and in `data`. */
export const noLoginIdentity = (projectId: string, externalId: string) => ({
  strategy: 'simplified',
  provider: 'noLogin',
  projectId,
  externalId,
});
