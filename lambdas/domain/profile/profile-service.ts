/**
 * Profile rules (seed 003): upsert with unique e-mail and wallet address, delete, the
 * existing-info summary, the backend lookup, and the audit history. Free of AWS types.
 *
 * A write reads the current record once, then sends one atomic change (profile item with a
 * version condition, marker claims and releases, audit entry). When another write slipped in
 * between, the change is refused as a whole and the service starts over, a bounded number of
 * times.
 *
 * Proven owners win: a unique value held by another record is taken over (in the same atomic
 * change, the other record cleared and audited) when the caller proves it is theirs — the
 * identity provider's verified e-mail, or a wallet proven by signature in the wallet registry.
 * Anyone else gets 409, as before.
 */
import { randomUUID } from 'node:crypto';
import { AppError } from '../../errors.js';
import {
  emptyRecord,
  normaliseEmail,
  type ProfileInput,
  type ProfileRecord,
  sameValue,
  UNIQUE_FIELDS,
  type UniqueField,
  uniqueKey,
  WRITABLE_FIELDS,
  type WritableField,
} from './profile.js';
import {
  type AuditAction,
  type AuditEntry,
  ConcurrentModification,
  type Displacement,
  type HistoryPage,
  type LoginHistory,
  type ProfileOwner,
  type ProfileStore,
  type StoredProfile,
  type UniqueClaim,
  UniqueValueTaken,
} from './profile-store.js';
import { isoMicros, nextMicros, parseMicros } from './timestamps.js';

/**
 * What the identity provider vouches for: the caller's own e-mail and phone number and
 * whether they are verified, and which account (if any) signs in with an address.
 */
export interface IdentityFacts {
  caller(): Promise<{
    readonly email?: string;
    readonly emailVerified: boolean;
    /**
     * The project confirms sign-ups at once (`autoConfirmSignUp`): its addresses are marked
     * verified without a code ever reaching them, so the flag proves no ownership there.
     */
    readonly autoConfirmed?: boolean;
    readonly phoneNumber?: string;
    readonly phoneNumberVerified: boolean;
  }>;
  /** The `sub` of the account whose sign-in e-mail this (canonical) address is, if any. */
  accountWithEmail(email: string): Promise<string | undefined>;
  /** The `sub` of the account that proved this wallet (lower-case 0x address) by signature, if any. */
  walletProvenBy(address: string): Promise<string | undefined>;
}

/** The wallet registry's form of an address: lower-case 0x and 40 hex digits. */
const REGISTRY_ADDRESS = /^0x[0-9a-f]{40}$/;

/**
 * Server-derived truth: `email_verified` / `phone_number_verified` are the identity provider's
 * word (true only for the caller's own verified address / number), never the body's; an
 * address that is another account's sign-in e-mail cannot be claimed (no squatting).
 */
async function deriveVerifiedFlags(
  facts: IdentityFacts,
  caller: ProfileOwner,
  next: ProfileRecord,
  emailChanged: boolean,
): Promise<void> {
  next.email_verified = false;
  next.phone_number_verified = false;
  if (next.email === null && next.phone_number === null) return;
  const own = await facts.caller();
  if (next.email !== null) {
    const wanted = normaliseEmail(next.email);
    const isOwn = own.email !== undefined && normaliseEmail(own.email) === wanted;
    if (!isOwn && emailChanged) {
      const holder = await facts.accountWithEmail(wanted);
      if (holder !== undefined && holder !== caller.sub) throw new UniqueValueTaken('email');
    }
    next.email_verified = isOwn && own.emailVerified;
  }
  if (next.phone_number !== null) {
    next.phone_number_verified =
      own.phoneNumberVerified && own.phoneNumber?.trim() === next.phone_number.trim();
  }
}

/**
 * A wallet proven by signature in the wallet registry belongs to its prover: another account
 * cannot store it (409, like another account's sign-in e-mail). Returns whether the caller
 * is the prover.
 */
async function checkWalletProof(
  facts: IdentityFacts,
  caller: ProfileOwner,
  next: ProfileRecord,
  walletChanged: boolean,
): Promise<boolean> {
  if (!walletChanged || next.wallet_address === null) return false;
  const key = uniqueKey('wallet_address', next.wallet_address);
  if (!REGISTRY_ADDRESS.test(key)) return false;
  const prover = await facts.walletProvenBy(key);
  if (prover !== undefined && prover !== caller.sub) throw new UniqueValueTaken('wallet_address');
  return prover === caller.sub;
}

/**
 * Whether the caller may take `claim` over from `held`, another account's record: the wallet
 * is proven by the caller in the registry; or the address is the caller's own e-mail,
 * verified by a code (not auto-confirmed), no other account signs in with it, and the
 * holder's record is not verified for it
 * (a verified holder only yields to the account that signs in with the address).
 */
async function mayTakeOver(
  facts: IdentityFacts,
  caller: ProfileOwner,
  claim: UniqueClaim,
  held: ProfileRecord,
  walletProven: boolean,
): Promise<boolean> {
  if (claim.field === 'wallet_address') return walletProven;
  const own = await facts.caller();
  // Only an address proven by a code sent to it: where sign-ups are auto-confirmed, whoever
  // registers an address first would otherwise take it from a holder who stored it earlier.
  if (
    !own.emailVerified ||
    own.autoConfirmed ||
    own.email === undefined ||
    normaliseEmail(own.email) !== claim.key
  ) {
    return false;
  }
  const signsIn = await facts.accountWithEmail(claim.key);
  if (signsIn !== undefined && signsIn !== caller.sub) return false;
  return signsIn === caller.sub || !held.email_verified;
}

/**
 * The displacements that give the caller the claims other records hold, or UniqueValueTaken
 * for the first one the caller may not take. Claims that turn out free (released since) stay
 * ordinary claims.
 */
async function displacementsFor(
  store: ProfileStore,
  facts: IdentityFacts,
  caller: ProfileCaller,
  claims: readonly UniqueClaim[],
  walletProven: boolean,
): Promise<{ free: UniqueClaim[]; takeOver: Displacement[] }> {
  const free: UniqueClaim[] = [];
  const held = new Map<string, { stored: StoredProfile; claims: UniqueClaim[] }>();
  for (const claim of claims) {
    const holder = await store.ownerOf(caller.projectId, claim);
    if (holder === undefined || holder === caller.sub) {
      free.push(claim);
      continue;
    }
    let entry = held.get(holder);
    if (!entry) {
      const stored = await store.get({ projectId: caller.projectId, sub: holder });
      // The holder's record no longer carries the value: it changed since the marker was read.
      if (!stored) throw new ConcurrentModification();
      entry = { stored, claims: [] };
      held.set(holder, entry);
    }
    if (claimOf(claim.field, entry.stored.record)?.key !== claim.key) {
      throw new ConcurrentModification();
    }
    if (!(await mayTakeOver(facts, caller, claim, entry.stored.record, walletProven))) {
      throw new UniqueValueTaken(claim.field);
    }
    entry.claims.push(claim);
  }
  const takeOver = [...held].map(([sub, { stored, claims: taken }]): Displacement => {
    const before = stored.record;
    const at = isoMicros(nextMicros(parseMicros(before.updated_at)));
    const next: ProfileRecord = { ...before, updated_at: at };
    for (const claim of taken) {
      next[claim.field] = null;
      if (claim.field === 'email') next.email_verified = false;
    }
    const fields = WRITABLE_FIELDS.filter((field) => !sameValue(before[field], next[field]));
    return {
      from: { projectId: caller.projectId, sub },
      claims: taken,
      expectedVersion: stored.version,
      next: { record: next, version: stored.version + 1 },
      audit: {
        ...auditEntry(caller, 'update', at, fields, before, next),
        clientId: null,
        sub: null,
        reason: 'taken_over_by_proven_owner',
      },
    };
  });
  return { free, takeOver };
}

/** Who is acting: a user, through one app client of one project. */
export interface ProfileCaller extends ProfileOwner {
  readonly clientId: string;
}

/** Attempts of one write when concurrent writes keep changing the record under it. */
export const MAX_WRITE_ATTEMPTS = 4;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const ownerOf = (caller: ProfileOwner): ProfileOwner => ({
  projectId: caller.projectId,
  sub: caller.sub,
});

async function withRetries<T>(attempt: () => Promise<T>): Promise<T> {
  for (let tries = 1; ; tries++) {
    try {
      return await attempt();
    } catch (error) {
      if (!(error instanceof ConcurrentModification)) throw error;
      if (tries >= MAX_WRITE_ATTEMPTS) {
        throw new AppError('conflict', 'The profile was modified concurrently; retry the request', {
          cause: error,
        });
      }
      await sleep(10 * 2 ** tries + Math.random() * 10);
    }
  }
}

export async function getProfile(
  store: ProfileStore,
  caller: ProfileOwner,
): Promise<ProfileRecord> {
  const stored = await store.get(ownerOf(caller));
  if (!stored) throw new AppError('not_found', 'No user information is stored for this user');
  return stored.record;
}

const pick = (record: ProfileRecord | undefined, fields: readonly WritableField[]) =>
  Object.fromEntries(
    fields.map((field) => [field, record ? record[field] : null]),
  ) as Partial<ProfileRecord>;

function claimOf(field: UniqueField, record: ProfileRecord | undefined): UniqueClaim | undefined {
  const value = record?.[field];
  return typeof value === 'string' ? { field, key: uniqueKey(field, value) } : undefined;
}

function auditEntry(
  caller: ProfileCaller,
  action: AuditAction,
  at: string,
  fields: readonly WritableField[],
  before: ProfileRecord | undefined,
  after: ProfileRecord | undefined,
): AuditEntry {
  return {
    at,
    id: randomUUID(),
    action,
    clientId: caller.clientId,
    sub: caller.sub,
    fields,
    before: pick(before, fields),
    after: pick(after, fields),
  };
}

export interface UpsertOutcome {
  readonly record: ProfileRecord;
  readonly created: boolean;
}

/**
 * Creates the caller's record, or changes the fields the input carries (absent fields keep
 * their values; `null` clears). A write that changes nothing stores nothing and returns the
 * record as it is. `input.sub`, when present, must be the caller's own.
 */
export async function upsertProfile(
  store: ProfileStore,
  caller: ProfileCaller,
  input: ProfileInput & { sub?: string },
  facts: IdentityFacts,
): Promise<UpsertOutcome> {
  if (input.sub !== undefined && input.sub !== caller.sub) {
    throw new AppError('access_denied', "sub must be the access token's subject");
  }
  // Verified flags are derived below, whatever the body says.
  const { email_verified: _email, phone_number_verified: _phone, ...writable } = input;
  return withRetries(async () => {
    const current = await store.get(ownerOf(caller));
    const at = isoMicros(nextMicros(current ? parseMicros(current.record.updated_at) : undefined));
    const base = current?.record ?? emptyRecord(caller.sub, at);
    const next: ProfileRecord = { ...base };
    const target = next as Record<WritableField, unknown>;
    for (const field of WRITABLE_FIELDS) {
      const value = writable[field as keyof typeof writable];
      if (value !== undefined) target[field] = value;
    }
    await deriveVerifiedFlags(facts, caller, next, !sameValue(base.email, next.email));
    const walletProven = await checkWalletProof(
      facts,
      caller,
      next,
      !sameValue(base.wallet_address, next.wallet_address),
    );
    const changed = WRITABLE_FIELDS.filter((field) => !sameValue(base[field], next[field]));
    if (current && changed.length === 0) return { record: current.record, created: false };
    next.updated_at = at;

    const claim: UniqueClaim[] = [];
    const release: UniqueClaim[] = [];
    for (const field of UNIQUE_FIELDS) {
      const before = claimOf(field, current?.record);
      const after = claimOf(field, next);
      if (before?.key === after?.key) continue;
      if (after) claim.push(after);
      if (before) release.push(before);
    }

    const stored: StoredProfile = { record: next, version: (current?.version ?? 0) + 1 };
    const change = {
      owner: ownerOf(caller),
      expectedVersion: current?.version,
      next: stored,
      claim,
      release,
      audit: auditEntry(caller, current ? 'update' : 'create', at, changed, current?.record, next),
    };
    try {
      await store.apply(change);
    } catch (error) {
      if (!(error instanceof UniqueValueTaken)) throw error;
      // Held by another record: taken over if the caller proves the value is theirs, else 409.
      const { free, takeOver } = await displacementsFor(store, facts, caller, claim, walletProven);
      try {
        await store.apply({ ...change, claim: free, takeOver });
      } catch (again) {
        // A marker changed hands after it was read: start over from the read.
        if (again instanceof UniqueValueTaken) throw new ConcurrentModification();
        throw again;
      }
    }
    return { record: next, created: !current };
  });
}

/** Deletes the caller's record and frees its unique values; the deletion is audited. */
export async function deleteProfile(store: ProfileStore, caller: ProfileCaller): Promise<void> {
  await withRetries(async () => {
    const current = await store.get(ownerOf(caller));
    if (!current) throw new AppError('not_found', 'No user information is stored for this user');
    const at = isoMicros(nextMicros(parseMicros(current.record.updated_at)));
    const defaults = emptyRecord(caller.sub, at);
    const held = WRITABLE_FIELDS.filter(
      (field) => !sameValue(current.record[field], defaults[field]),
    );
    await store.apply({
      owner: ownerOf(caller),
      expectedVersion: current.version,
      next: undefined,
      claim: [],
      release: UNIQUE_FIELDS.flatMap((field) => claimOf(field, current.record) ?? []),
      audit: auditEntry(caller, 'delete', at, held, current.record, undefined),
    });
  });
}

export interface ExistingInfo {
  readonly user_id: string;
  readonly name: string | null;
  readonly email: string | null;
  readonly status: 'active';
  readonly last_login: string | null;
}

/**
 * The seed's `/user_existing_info`: the stored user, or not_found. `status` is `active`
 * whenever a record exists (deleted records do not exist); `last_login` is the latest sign-in
 * through `PUT /user/login`, in seconds, or null when there was none.
 */
export async function existingInfo(
  store: ProfileStore,
  logins: LoginHistory,
  caller: ProfileOwner,
): Promise<ExistingInfo> {
  const [stored, lastLogin] = await Promise.all([
    store.get(ownerOf(caller)),
    logins.lastLogin(ownerOf(caller)),
  ]);
  if (!stored) throw new AppError('not_found', 'No user information is stored for this user');
  return {
    user_id: stored.record.sub,
    name: stored.record.name,
    email: stored.record.email,
    status: 'active',
    last_login:
      lastLogin === undefined ? null : new Date(lastLogin * 1000).toISOString().replace('.000', ''),
  };
}

/** The project's backend finds a user of its own project by a unique value. */
export async function lookupProfile(
  store: ProfileStore,
  projectId: string,
  by: { field: UniqueField; value: string },
): Promise<ProfileRecord> {
  const sub = await store.ownerOf(projectId, {
    field: by.field,
    key: uniqueKey(by.field, by.value),
  });
  const stored = sub ? await store.get({ projectId, sub }) : undefined;
  if (!stored) throw new AppError('not_found', `No user has this ${by.field}`);
  return stored.record;
}

export const MAX_HISTORY_PAGE = 100;
export const DEFAULT_HISTORY_PAGE = 20;

export async function profileHistory(
  store: ProfileStore,
  caller: ProfileOwner,
  page: { limit?: number; cursor?: string },
): Promise<HistoryPage> {
  const limit = page.limit ?? DEFAULT_HISTORY_PAGE;
  if (!Number.isInteger(limit) || limit < 1 || limit > MAX_HISTORY_PAGE) {
    throw new AppError('invalid_request', `limit must be an integer from 1 to ${MAX_HISTORY_PAGE}`);
  }
  return store.history(ownerOf(caller), { limit, cursor: page.cursor });
}
