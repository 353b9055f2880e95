/**
 * The four key/value namespaces of the vendor's API: data keyed by user id, by the user's
 * verified e-mail, by one of their wallets, or by their identity at a federated IdP.
 *
 * Identifier-keyed data never changes hands: the by-email and by-idp namespaces are bound to
 * the account AND the identifier (`email:<sub>:<address>`, `idp:<sub>:<provider>:<id>`).
 * An address or IdP identity released by one account (e-mail change, account deletion — even
 * one made directly at Cognito, outside this API) and claimed by another leads the new
 * holder to an empty namespace; the old data stays with the account that wrote it and
 * reappears if that account holds the identifier again. See docs/security.md.
 */
import { AppError } from '../../errors.js';
import { canonicalEmail } from '../identity/canonical-email.js';
import { normaliseAddress } from '../wallet/wallet-proof.js';
import type { KvPartition } from './kv-store.js';

export type NamespaceKind = 'user-id' | 'email' | 'wallet' | 'idp';

/** What the identity source knows about the caller, beyond the token. */
export interface UserFacts {
  readonly email?: string;
  readonly emailVerified: boolean;
  /** Federated identities: IdP name and the user's id there. */
  readonly identities: ReadonlyArray<{ readonly provider: string; readonly userId: string }>;
}

export interface UserDirectory {
  facts(accessToken: string): Promise<UserFacts>;
  /**
   * The wallets the user proved by signature (`/user-wallet/add`), lower-case, first added
   * first. Not `/userinfo`'s `wallet_address`: a profile field anyone may type.
   */
  wallets(owner: { projectId: string; sub: string }): Promise<string[]>;
}

export interface NamespaceSelector {
  readonly wallet_address?: string;
  readonly identity_provider?: string;
}

export async function resolvePartition(
  kind: NamespaceKind,
  caller: { projectId: string; sub: string; accessToken: string },
  selector: NamespaceSelector,
  directory: UserDirectory,
): Promise<KvPartition> {
  const partition = (namespace: string) => ({
    projectId: caller.projectId,
    namespace,
    owner: caller.sub,
  });
  if (kind === 'user-id') return partition(`user:${caller.sub}`);
  if (kind === 'wallet') {
    const wallets = await directory.wallets(caller);
    const wanted = selector.wallet_address
      ? normaliseAddress(selector.wallet_address.trim())
      : wallets[0];
    if (!wanted || !wallets.includes(wanted)) {
      throw new AppError('namespace_not_found', 'The wallet is not one of the user’s wallets');
    }
    // Bound to the account too: a wallet cannot change hands today (no removal), and if it
    // ever does, the next owner starts with an empty namespace.
    return partition(`wallet:${wanted}:${caller.sub}`);
  }
  if (kind === 'idp' && !selector.identity_provider) {
    throw new AppError('invalid_request', 'identity_provider is required');
  }
  const facts = await directory.facts(caller.accessToken);
  switch (kind) {
    case 'email':
      if (!facts.email || !facts.emailVerified) {
        throw new AppError('access_denied', 'The user has no verified e-mail address');
      }
      return partition(`email:${caller.sub}:${canonicalEmail(facts.email)}`);
    case 'idp': {
      const identity = facts.identities.find(
        (entry) => entry.provider.toLowerCase() === selector.identity_provider?.toLowerCase(),
      );
      if (!identity) {
        throw new AppError(
          'namespace_not_found',
          'The user has no identity at this identity provider',
        );
      }
      return partition(`idp:${caller.sub}:${identity.provider.toLowerCase()}:${identity.userId}`);
    }
  }
}
