/**
 * Per-address limits of the simplified strategy's routes (fixed windows). Secrets of 256
 * bits cannot be guessed at any rate; these stop bulk creation of users and noisy probing.
 */
export const REGISTRATIONS_PER_HOUR = 30;
export const NO_LOGIN_REQUESTS_PER_MINUTE = 120;
