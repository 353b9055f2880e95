/**
 * The account routes' session and abuse guards, wired to DynamoDB: attempt counters, the
 * refresh-token registry and the revocation marks. Built on first use, so a handler only
 * needs the tables it really touches.
 */
import { limits } from '../config.js';
import type { AttemptPolicy } from '../domain/account/attempt-limiter.js';
import { logger } from '../logger.js';
import { dynamoAttemptCounter } from './dynamodb/attempt-counter-dynamodb.js';
import { dynamoRevocations, dynamoSessionRegistry } from './dynamodb/session-registry-dynamodb.js';

export const attemptPolicy = (): AttemptPolicy => limits();

let counter: ReturnType<typeof dynamoAttemptCounter> | undefined;
export const attemptCounter = () => {
  counter ??= dynamoAttemptCounter();
  return counter;
};

let registry: ReturnType<typeof dynamoSessionRegistry> | undefined;
export const sessionRegistry = () => {
  registry ??= dynamoSessionRegistry();
  return registry;
};

export const revocations = dynamoRevocations;

/** The mark already ends the sessions on this API; the provider's sign-out is retried by nobody. */
export const logSignOutFailure = (error: unknown) =>
  logger.error('identity-provider sign-out failed after the revocation mark', error as Error);

export const nowSeconds = () => Math.floor(Date.now() / 1000);
