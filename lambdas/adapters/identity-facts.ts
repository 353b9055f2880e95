/**
 * IdentityFacts from Cognito: the caller's attributes read with their own access token
 * (GetUser, once per request), and the account behind an address (AdminGetUser: our
 * sign-ups use the canonical address as the username); the prover of a wallet from the
 * wallet registry (one GetItem of its owner marker).
 */
import type { Identity } from '../auth/identity.js';
import { findProjectById } from '../config.js';
import { BACKEND_TOKEN_ISSUER } from '../domain/identity-providers/backend-token.js';
import type { IdentityFacts } from '../domain/profile/profile-service.js';
import type { WalletStore } from '../domain/wallet/wallet-store.js';
import { AppError } from '../errors.js';
import { identityProviderFor } from './cognito/cognito-gateway.js';
import { dynamoWalletStore } from './dynamodb/wallet-store-dynamodb.js';

// Built on first use: most upserts carry no wallet address.
let wallets: WalletStore | undefined;

export function cognitoIdentityFacts(identity: Identity): IdentityFacts {
  const project = findProjectById(identity.projectId);
  if (!project) throw new AppError('invalid_token', 'The token belongs to no configured project');
  const provider = identityProviderFor(project, identity);
  let own: ReturnType<IdentityFacts['caller']> | undefined;
  return {
    caller() {
      // The backend's own tokens (guests, external providers) name no Cognito user: nothing verified.
      if (identity.userPoolId === BACKEND_TOKEN_ISSUER) {
        return Promise.resolve({ emailVerified: false, phoneNumberVerified: false });
      }
      own ??= provider.getUser(identity.accessToken).then(({ attributes }) => ({
        email: attributes.email,
        emailVerified: attributes.email_verified === 'true',
        autoConfirmed: project.autoConfirmSignUp,
        phoneNumber: attributes.phone_number,
        phoneNumberVerified: attributes.phone_number_verified === 'true',
      }));
      return own;
    },
    accountWithEmail: (email) => provider.userIdOf(email),
    walletProvenBy(address) {
      wallets ??= dynamoWalletStore();
      return wallets.proverOf(identity.projectId, address);
    },
  };
}
