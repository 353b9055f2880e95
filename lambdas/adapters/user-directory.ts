/**
 * UserDirectory for the key/value namespaces:
 * - e-mail and federated identities from Cognito, read with the caller's own access token
 *   (`GetUser` needs no IAM permission): `email` + `email_verified`, and the `identities`
 *   attribute Cognito keeps for IdP users;
 * - wallets from the wallet registry: only those the caller proved by signature.
 */
import type { UserDirectory } from '../domain/key-value/namespaces.js';
import type { WalletStore } from '../domain/wallet/wallet-store.js';
import { identityProviderFor } from './cognito/cognito-gateway.js';
import { dynamoWalletStore } from './dynamodb/wallet-store-dynamodb.js';

function parseIdentities(raw: string | undefined) {
  if (!raw) return [];
  try {
    const entries = JSON.parse(raw) as Array<{ providerName?: unknown; userId?: unknown }>;
    return entries.flatMap((entry) =>
      typeof entry.providerName === 'string' && typeof entry.userId === 'string'
        ? [{ provider: entry.providerName, userId: entry.userId }]
        : [],
    );
  } catch {
    return [];
  }
}

// Built on first use: only the by-wallet routes are given the wallets table.
let walletStore: WalletStore | undefined;

export function userDirectory(project: {
  userPoolId: string;
  clientIds: readonly string[];
}): UserDirectory {
  return {
    async facts(accessToken) {
      const { attributes } = await identityProviderFor(project).getUser(accessToken);
      return {
        email: attributes.email,
        emailVerified: attributes.email_verified === 'true',
        identities: parseIdentities(attributes.identities),
      };
    },
    async wallets(owner) {
      walletStore ??= dynamoWalletStore();
      return (await walletStore.list(owner)).map((wallet) => wallet.address);
    },
  };
}
