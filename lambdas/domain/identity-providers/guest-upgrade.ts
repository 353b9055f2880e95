/**
 * Upgrade: a guest (anonymous or noLogin) who signs up or in with e-mail (awsCognito) and
 * presents their guest token keeps their data — key/value pairs, JSON document, profile.
 * The data moves from the guest's namespace to the account's; where both hold the same
 * thing (a key, the document, the profile), the account's wins and the guest's is dropped.
 * Copy-then-delete, item by item: not atomic, but a repeated upgrade resumes where one
 * that failed stopped (copies are conditional on absence; deletes are idempotent).
 */
import { AppError } from '../../errors.js';
import { ANONYMOUS_ISSUER, NO_LOGIN_ISSUER } from './backend-token.js';

export interface Owner {
  readonly projectId: string;
  readonly sub: string;
}

export interface MoveCount {
  readonly moved: number;
  /** The guest's items the account already had (the account's were kept). */
  readonly dropped: number;
}

/** Moves one store's data of a user to another user of the same project. */
export interface NamespaceMover {
  moveKeyValues(from: Owner, to: Owner): Promise<MoveCount>;
  moveDocument(from: Owner, to: Owner): Promise<MoveCount>;
  moveProfile(from: Owner, to: Owner): Promise<MoveCount>;
}

export interface GuestClaims {
  readonly projectId: string;
  readonly sub: string;
  /** Who vouched for the guest (backend token `idp`). */
  readonly issuer: string;
}

export async function upgradeGuest(
  mover: NamespaceMover,
  guest: GuestClaims,
  account: Owner,
): Promise<{ keyValue: MoveCount; document: MoveCount; profile: MoveCount }> {
  if (guest.issuer !== ANONYMOUS_ISSUER && guest.issuer !== NO_LOGIN_ISSUER) {
    throw new AppError(
      'invalid_request',
      'Only a guest (anonymous or noLogin) token can be upgraded',
    );
  }
  if (guest.projectId !== account.projectId) {
    throw new AppError('invalid_request', 'The guest token belongs to another project');
  }
  const from = { projectId: guest.projectId, sub: guest.sub };
  return {
    keyValue: await mover.moveKeyValues(from, account),
    document: await mover.moveDocument(from, account),
    profile: await mover.moveProfile(from, account),
  };
}
