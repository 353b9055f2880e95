/**
 * Wiring of the account family, by what a route may call, so each bundle carries only its
 * clients: the public flows only Cognito; sign-in and refresh also the accounts table (and the
 * signing secret); signed-in routes also the revocation marks.
 */
import { identityProviderFor } from '../adapters/cognito/cognito-gateway.js';
import { dynamoAccountStore } from '../adapters/dynamodb/account-store-dynamodb.js';
import { dynamoRevocationMarks } from '../adapters/dynamodb/revocation-store.js';
import { signingSecret } from '../adapters/secrets/signing-secret.js';
import type { RevocationMarks } from '../auth/revocations.js';
import type { AccountStore } from '../domain/account/account-store.js';
import type { IdentityProvider } from '../domain/account/identity-provider.js';

type ProviderFor = (
  project: { userPoolId: string; clientIds: readonly string[] },
  caller?: { clientId: string },
) => IdentityProvider;

export interface PublicAccountDeps {
  /** Unused: public routes verify no token. */
  readonly revocations?: undefined;
  readonly provider: ProviderFor;
}

export interface SessionDeps extends PublicAccountDeps {
  readonly accounts: AccountStore;
  readonly signingSecret: () => Promise<string>;
}

export interface SignedInDeps {
  readonly revocations: RevocationMarks;
  readonly provider: ProviderFor;
  readonly accounts: AccountStore;
}

let accounts: AccountStore | undefined;
let sessions: SessionDeps | undefined;
let signedIn: SignedInDeps | undefined;

/** Register, forgot and confirm-forgot password: Cognito only. */
export function publicAccountDeps(): PublicAccountDeps {
  return { provider: identityProviderFor };
}

/** Login and refresh: Cognito, the accounts table, the signing secret. */
export function sessionDeps(): SessionDeps {
  sessions ??= { provider: identityProviderFor, accounts: dynamoAccountStore(), signingSecret };
  return sessions;
}

/** Routes that act on the signed-in caller. */
export function signedInDeps(): SignedInDeps {
  signedIn ??= {
    revocations: dynamoRevocationMarks(),
    provider: identityProviderFor,
    // Built on first use: logout and change-password are not given the accounts table.
    get accounts() {
      accounts ??= dynamoAccountStore();
      return accounts;
    },
  };
  return signedIn;
}
