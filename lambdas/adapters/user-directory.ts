/**
 * UserDirectory for the key/value namespaces:
 * - e-mail and federated identities from Cognito, read with the caller's own access token
 *   (`GetUser` needs no IAM permission): `email` + `email_verified`, and the `identities`
 *   attribute Cognito keeps for IdP users;
 * - wallets from the caller's `/userinfo` record (`wallet_address`, unique in the project).
 */
import type { UserDirectory } from '../domain/key-value/namespaces.js';
import type { ProfileStore } from '../domain/profile/profile-store.js';
import { identityProviderFor } from './cognito/cognito-gateway.js';
import { dynamoProfileStore } from './dynamodb/profile-store-dynamodb.js';

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

// Built on first use: only the by-wallet routes are given the profiles table.
let profiles: ProfileStore | undefined;

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
      profiles ??= dynamoProfileStore();
      const wallet = (await profiles.get(owner))?.record.wallet_address;
      return typeof wallet === 'string' && wallet !== '' ? [wallet] : [];
    },
  };
}
