/**
 * Wiring of the external providers' account routes: the linked-profile store (accounts
 * table) and the provider token checks, per project, built on first use.
 */
import { dynamoLinkedProfileStore } from '../adapters/dynamodb/linked-profile-store-dynamodb.js';
import { dynamoNamespaceMover } from '../adapters/dynamodb/namespace-mover-dynamodb.js';
import { dynamoRevocationMarks } from '../adapters/dynamodb/revocation-store.js';
import {
  dynamoRateLimiter,
  dynamoSimplifiedUserStore,
} from '../adapters/dynamodb/simplified-user-store-dynamodb.js';
import { authZeroCheck, googleCheck } from '../adapters/providers/jwt-token-checks.js';
import { facebookCheck, twitterCheck } from '../adapters/providers/opaque-token-checks.js';
import { signingSecret } from '../adapters/secrets/signing-secret.js';
import type { RevocationMarks } from '../auth/revocations.js';
import {
  backendTokenIssuer,
  mintBackendToken,
} from '../domain/identity-providers/backend-token.js';
import type {
  ExternalProvider,
  TokenCheck,
} from '../domain/identity-providers/external-identity.js';
import type { NamespaceMover } from '../domain/identity-providers/guest-upgrade.js';
import type { LinkedProfileStore } from '../domain/identity-providers/linked-profile.js';
import type {
  RateLimiter,
  SimplifiedUserStore,
} from '../domain/identity-providers/simplified-users.js';

/** Issues the backend's own access token for a user no Cognito pool knows. */
export type IssueToken = (input: {
  projectId: string;
  issuer: string;
  subject: string;
}) => Promise<{ accessToken: string; expiresIn: number }>;

const issueToken: IssueToken = async (input) => {
  const { accessToken, expiresIn } = mintBackendToken(
    await signingSecret(),
    input,
    Math.floor(Date.now() / 1000),
  );
  return { accessToken, expiresIn };
};

export interface LinkedDeps {
  readonly revocations?: undefined;
  readonly issueToken: IssueToken;
  readonly linkedProfiles: LinkedProfileStore;
  readonly tokenCheck: (provider: ExternalProvider, projectId: string) => TokenCheck;
}

const factories: Record<ExternalProvider, (projectId: string) => TokenCheck> = {
  authZero: authZeroCheck,
  google: googleCheck,
  facebook: facebookCheck,
  twitter: twitterCheck,
};

let linked: LinkedDeps | undefined;

export function linkedDeps(): LinkedDeps {
  if (!linked) {
    let store: LinkedProfileStore | undefined;
    linked = {
      get linkedProfiles() {
        store ??= dynamoLinkedProfileStore();
        return store;
      },
      tokenCheck: (provider, projectId) => factories[provider](projectId),
      issueToken,
    };
  }
  return linked;
}

export interface SimplifiedDeps {
  readonly revocations?: undefined;
  readonly users: SimplifiedUserStore;
  readonly rateLimiter: RateLimiter;
  readonly signingSecret: () => Promise<string>;
  readonly issueToken: IssueToken;
}

let simplified: SimplifiedDeps | undefined;

/** The anonymous and noLogin routes: their users and rate-limit counters (accounts table). */
export function simplifiedDeps(): SimplifiedDeps {
  if (!simplified) {
    let users: SimplifiedUserStore | undefined;
    let rateLimiter: RateLimiter | undefined;
    simplified = {
      get users() {
        users ??= dynamoSimplifiedUserStore();
        return users;
      },
      get rateLimiter() {
        rateLimiter ??= dynamoRateLimiter();
        return rateLimiter;
      },
      signingSecret,
      issueToken,
    };
  }
  return simplified;
}

export interface UpgradeDeps {
  readonly revocations: RevocationMarks;
  readonly mover: NamespaceMover;
  /** The verified guest token's `idp` claim (who vouched for the guest). */
  readonly guestIssuer: (token: string) => string;
}

let upgrade: UpgradeDeps | undefined;

/** POST /user/upgrade: the mover over the data tables and the revocation marks. */
export function upgradeDeps(): UpgradeDeps {
  upgrade ??= {
    revocations: dynamoRevocationMarks(),
    mover: dynamoNamespaceMover(),
    guestIssuer: (token) => backendTokenIssuer(token),
  };
  return upgrade;
}
