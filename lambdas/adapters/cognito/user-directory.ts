/**
 * UserDirectory on Cognito: what the key/value namespaces need to know about the caller,
 * read with their own access token (GetUser needs no IAM permission).
 * - e-mail: `email` and `email_verified`;
 * - wallets: the `custom:wallet_address` attribute (comma-separated when several);
 * - federated identities: the `identities` attribute Cognito keeps for IdP users.
 */
import type { UserDirectory } from '../../domain/key-value/namespaces.js';
import { identityProviderFor } from './cognito-gateway.js';

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

export function cognitoUserDirectory(project: {
  userPoolId: string;
  clientIds: readonly string[];
}): UserDirectory {
  return {
    async facts(accessToken) {
      const { attributes } = await identityProviderFor(project).getUser(accessToken);
      return {
        email: attributes.email,
        emailVerified: attributes.email_verified === 'true',
        wallets: (attributes['custom:wallet_address'] ?? '')
          .split(',')
          .map((wallet) => wallet.trim())
          .filter(Boolean),
        identities: parseIdentities(attributes.identities),
      };
    },
  };
}
