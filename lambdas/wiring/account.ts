/**
 * Wiring of the account family, by what a route may call, so each bundle carries only its
 * clients: the public flows only Cognito (the reset also the attempt counters and the
 * revocation marks); sign-in and refresh also the accounts table, the signing secret, the
 * refresh-token registry, attempt counters and revocation marks; signed-in routes also the
 * revocation marks (and change-password the attempt counters).
 */
import { identityProviderFor } from '../adapters/cognito/cognito-gateway.js';
import { dynamoAccountStore } from '../adapters/dynamodb/account-store-dynamodb.js';
import { dynamoAttemptCounter } from '../adapters/dynamodb/attempt-counter-dynamodb.js';
import { dynamoRevocationMarks } from '../adapters/dynamodb/revocation-store.js';
import { dynamoSessionRegistry } from '../adapters/dynamodb/session-registry-dynamodb.js';
import { signingSecret } from '../adapters/secrets/signing-secret.js';
import type { RevocationMarks } from '../auth/revocations.js';
import { limits } from '../config.js';
import type { AccountStore } from '../domain/account/account-store.js';
import type { AttemptCounter, AttemptPolicy } from '../domain/account/attempt-limiter.js';
import type { IdentityProvider } from '../domain/account/identity-provider.js';
import type { SessionRegistry } from '../domain/account/session-registry.js';
import { logger } from '../logger.js';

type ProviderFor = (
  project: { userPoolId: string; clientIds: readonly string[] },
  caller?: { clientId: string },
) => IdentityProvider;

/** Attempt limits on guessable secrets (password, reset code, previous password). */
export interface GuardDeps {
  readonly attempts: AttemptCounter;
  readonly attemptPolicy: AttemptPolicy;
  /** A failed identity-provider sign-out after the revocation mark: logged, not retried. */
  readonly onSignOutFailure: (error: unknown) => void;
}

export interface PublicAccountDeps {
  /** Unused: public routes verify no token. */
  readonly revocations?: undefined;
  readonly provider: ProviderFor;
}

/** POST /user/confirm-forgot-password: ends the sessions of the account it resets. */
export interface ResetDeps extends PublicAccountDeps, GuardDeps {
  readonly marks: RevocationMarks;
}

export interface SessionDeps extends PublicAccountDeps, GuardDeps {
  readonly accounts: AccountStore;
  readonly signingSecret: () => Promise<string>;
  readonly sessions: SessionRegistry;
  /** Read by refresh: a refresh token issued before the user's mark is refused. */
  readonly marks: RevocationMarks;
}

export interface SignedInDeps extends GuardDeps {
  readonly revocations: RevocationMarks;
  readonly provider: ProviderFor;
  readonly accounts: AccountStore;
}

const logSignOutFailure = (error: unknown) =>
  logger.error('identity-provider sign-out failed after the revocation mark', error as Error);

/** Built on first use: a route's bundle is only given the tables it uses. */
function lazy<T>(create: () => T): () => T {
  let value: T | undefined;
  return () => {
    value ??= create();
    return value;
  };
}

const accounts = lazy(dynamoAccountStore);
const attemptsTable = lazy(dynamoAttemptCounter);
const sessionsTable = lazy(dynamoSessionRegistry);

/** Plain objects whose adapters are built on the first call (safe to spread). */
const attempts: AttemptCounter = {
  reserve: (key, limit, windowEnd) => attemptsTable().reserve(key, limit, windowEnd),
  release: (key) => attemptsTable().release(key),
};
const sessions: SessionRegistry = {
  remember: (token, record, expiresAt) => sessionsTable().remember(token, record, expiresAt),
  find: (token) => sessionsTable().find(token),
};

const guards = (): GuardDeps => ({
  attempts,
  attemptPolicy: limits(),
  onSignOutFailure: logSignOutFailure,
});

/** Register and forgot password: Cognito only. */
export function publicAccountDeps(): PublicAccountDeps {
  return { provider: identityProviderFor };
}

/** Confirm-forgot password: Cognito, attempt counters, revocation marks. */
export const resetDeps = lazy(
  (): ResetDeps => ({ provider: identityProviderFor, ...guards(), marks: dynamoRevocationMarks() }),
);

/** Login and refresh. */
export const sessionDeps = lazy(
  (): SessionDeps => ({
    provider: identityProviderFor,
    signingSecret,
    ...guards(),
    get accounts() {
      return accounts();
    },
    sessions,
    marks: dynamoRevocationMarks(),
  }),
);

/** Routes that act on the signed-in caller. */
export const signedInDeps = lazy(
  (): SignedInDeps => ({
    revocations: dynamoRevocationMarks(),
    provider: identityProviderFor,
    ...guards(),
    // Logout and change-password are not given the accounts table.
    get accounts() {
      return accounts();
    },
  }),
);

/** PUT /user/change-password: a signed-in route that ends with a login (seed 004's answer). */
export interface PasswordChangeDeps extends SignedInDeps {
  readonly signingSecret: () => Promise<string>;
  readonly sessions: SessionRegistry;
}

export const passwordChangeDeps = lazy(
  (): PasswordChangeDeps => ({
    revocations: dynamoRevocationMarks(),
    provider: identityProviderFor,
    ...guards(),
    get accounts() {
      return accounts();
    },
    signingSecret,
    sessions,
  }),
);
