/**
 * In-memory implementations of the domain ports, with the semantics their contracts state
 * (conditional writes, atomic profile changes, unique aliases): the domain services' unit
 * tests run against them, with no emulator. Each keeps its data in plain maps a test can read.
 */
import type {
  AccountRecord,
  AccountStore,
  DeviceRecord,
} from '../../lambdas/domain/account/account-store.js';
import type { AttemptCounter } from '../../lambdas/domain/account/attempt-limiter.js';
import type {
  IdentityProvider,
  ProviderUser,
  SessionTokens,
} from '../../lambdas/domain/account/identity-provider.js';
import type {
  Mail,
  Mailer,
  NoticeThrottle,
  OwnerNotices,
} from '../../lambdas/domain/account/owner-notices.js';
import type {
  RefreshTokenRecord,
  Revocations,
  SessionRegistry,
} from '../../lambdas/domain/account/session-registry.js';
import type {
  DocumentOwner,
  DocumentStore,
  StoredDocument,
} from '../../lambdas/domain/document/document-store.js';
import type { JsonObject } from '../../lambdas/domain/document/merge-patch.js';
import type {
  KvItem,
  KvPage,
  KvPartition,
  KvPut,
  KvStore,
  KvUsage,
  KvUsages,
  PutOutcome,
  Replaced,
} from '../../lambdas/domain/key-value/kv-store.js';
import { pairBytes } from '../../lambdas/domain/key-value/kv-store.js';
import type { IdentityFacts } from '../../lambdas/domain/profile/profile-service.js';
import {
  type AuditEntry,
  ConcurrentModification,
  type HistoryPage,
  type LoginHistory,
  type ProfileChange,
  type ProfileOwner,
  type ProfileStore,
  type StoredProfile,
  type UniqueClaim,
  UniqueValueTaken,
} from '../../lambdas/domain/profile/profile-store.js';
import { AppError } from '../../lambdas/errors.js';

const partitionId = (partition: KvPartition) => `${partition.projectId}#${partition.namespace}`;
const ownerId = (owner: { projectId: string; sub: string }) => `${owner.projectId}#${owner.sub}`;

export class InMemoryKvStore implements KvStore {
  readonly partitions = new Map<string, Map<string, KvItem>>();
  /** The usage counters by partition id: a hint, as in DynamoDB (writes keep it, recounts set it). */
  readonly usages = new Map<string, KvUsage>();
  /** Which partition each counter counts (for the owner's recount). */
  readonly namespaceOwners = new Map<string, KvPartition>();
  /** The owners' totals over all their namespaces, by `<projectId>#<sub>`. */
  readonly userUsages = new Map<string, KvUsage>();

  private partition(partition: KvPartition): Map<string, KvItem> {
    const id = partitionId(partition);
    let items = this.partitions.get(id);
    if (!items) {
      items = new Map();
      this.partitions.set(id, items);
    }
    return items;
  }

  async put(partition: KvPartition, item: KvPut): Promise<PutOutcome> {
    const items = this.partition(partition);
    const current = items.get(item.key);
    const live = current && (current.expiresAt === undefined || current.expiresAt > item.now);
    if (live && current.ownerClientId !== item.ownerClientId) {
      return { written: false, reason: 'owned_by_other_client' };
    }
    if (item.expectedVersion !== undefined) {
      const version = live ? current.version : 0;
      if (version !== item.expectedVersion) return { written: false, reason: 'version_mismatch' };
    }
    const version = (current?.version ?? 0) + 1;
    // Like the DynamoDB adapter: whatever item was there (expired or not) is replaced.
    const replaced = current
      ? { bytes: pairBytes(current.key, current.value), expiresAt: current.expiresAt }
      : undefined;
    items.set(item.key, {
      key: item.key,
      value: item.value,
      ownerClientId: item.ownerClientId,
      scope: item.scope,
      version,
      expiresAt: item.expiresAt,
    });
    return { written: true, version, replaced };
  }

  async getMany(partition: KvPartition, keys: readonly string[]): Promise<KvItem[]> {
    const items = this.partition(partition);
    return keys.flatMap((key) => items.get(key) ?? []);
  }

  async deleteOwned(
    partition: KvPartition,
    key: string,
    ownerClientId: string,
  ): Promise<Replaced | undefined> {
    const items = this.partition(partition);
    const current = items.get(key);
    if (current?.ownerClientId !== ownerClientId) return undefined;
    items.delete(key);
    return { bytes: pairBytes(current.key, current.value), expiresAt: current.expiresAt };
  }

  async page(
    partition: KvPartition,
    options: { startAfter?: string; limit: number },
  ): Promise<KvPage> {
    const sorted = [...this.partition(partition).values()]
      .filter((item) => options.startAfter === undefined || item.key > options.startAfter)
      .sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
    const items = sorted.slice(0, options.limit);
    return {
      items,
      lastKey: sorted.length > options.limit ? items.at(-1)?.key : undefined,
    };
  }

  async usage(partition: KvPartition): Promise<KvUsages> {
    return {
      namespace: this.usages.get(partitionId(partition)) ?? { keys: 0, bytes: 0 },
      user: this.userUsages.get(ownerId({ ...partition, sub: partition.owner })) ?? {
        keys: 0,
        bytes: 0,
      },
    };
  }

  /** Atomic, as DynamoDB's ADD: nothing runs between the read and the write. */
  async adjustUsage(partition: KvPartition, delta: KvUsage): Promise<void> {
    const id = partitionId(partition);
    const user = ownerId({ ...partition, sub: partition.owner });
    this.usages.set(id, plus(this.usages.get(id) ?? { keys: 0, bytes: 0 }, delta));
    this.namespaceOwners.set(id, partition);
    this.userUsages.set(user, plus(this.userUsages.get(user) ?? { keys: 0, bytes: 0 }, delta));
  }

  async setUsage(partition: KvPartition, usage: KvUsage): Promise<void> {
    this.usages.set(partitionId(partition), usage);
    this.namespaceOwners.set(partitionId(partition), partition);
  }

  async namespaceUsages(partition: KvPartition): Promise<ReadonlyMap<string, KvUsage>> {
    return new Map(
      [...this.namespaceOwners]
        .filter(
          ([, known]) => known.projectId === partition.projectId && known.owner === partition.owner,
        )
        .map(([id, known]) => [known.namespace, this.usages.get(id) ?? { keys: 0, bytes: 0 }]),
    );
  }

  async setUserUsage(partition: KvPartition, usage: KvUsage): Promise<void> {
    this.userUsages.set(ownerId({ ...partition, sub: partition.owner }), usage);
  }
}

const plus = (usage: KvUsage, delta: KvUsage) => ({
  keys: usage.keys + delta.keys,
  bytes: usage.bytes + delta.bytes,
});

export class InMemoryDocumentStore implements DocumentStore {
  readonly documents = new Map<string, StoredDocument>();
  /** alias → owner id, unique in the project (the key includes the project). */
  readonly aliases = new Map<string, string>();
  /** Writes to refuse as if a concurrent write had won (contention). */
  lostWrites = 0;

  async read(owner: DocumentOwner): Promise<StoredDocument> {
    return this.documents.get(ownerId(owner)) ?? { data: {}, version: 0 };
  }

  async write(owner: DocumentOwner, data: JsonObject, expectedVersion: number): Promise<boolean> {
    const current = await this.read(owner);
    if (this.lostWrites > 0) {
      this.lostWrites--;
      // Someone else's write landed first.
      this.documents.set(ownerId(owner), { ...current, version: current.version + 1 });
      return false;
    }
    if (current.version !== expectedVersion) return false;
    this.documents.set(ownerId(owner), { ...current, data, version: expectedVersion + 1 });
    return true;
  }

  async changeAlias(
    owner: DocumentOwner,
    previous: string | undefined,
    next: string | undefined,
  ): Promise<boolean> {
    const id = ownerId(owner);
    const aliasKey = (alias: string) => `${owner.projectId}#${alias}`;
    if (next !== undefined) {
      const holder = this.aliases.get(aliasKey(next));
      if (holder !== undefined && holder !== id) return false;
    }
    if (previous !== undefined) this.aliases.delete(aliasKey(previous));
    const current = await this.read(owner);
    if (next === undefined) {
      this.documents.delete(id);
      return true;
    }
    this.aliases.set(aliasKey(next), id);
    this.documents.set(id, { ...current, alias: next });
    return true;
  }
}

export class InMemoryProfileStore implements ProfileStore, LoginHistory {
  readonly profiles = new Map<string, StoredProfile>();
  /** `<projectId>#<field>#<key>` → sub. */
  readonly markers = new Map<string, string>();
  readonly audit = new Map<string, AuditEntry[]>();
  readonly logins = new Map<string, number>();
  /** Changes to refuse as concurrent modifications before one goes through. */
  conflicts = 0;
  applied = 0;

  async get(owner: ProfileOwner): Promise<StoredProfile | undefined> {
    return this.profiles.get(ownerId(owner));
  }

  async ownerOf(projectId: string, claim: UniqueClaim): Promise<string | undefined> {
    return this.markers.get(`${projectId}#${claim.field}#${claim.key}`);
  }

  async apply(change: ProfileChange): Promise<void> {
    if (this.conflicts > 0) {
      this.conflicts--;
      throw new ConcurrentModification();
    }
    const id = ownerId(change.owner);
    if (this.profiles.get(id)?.version !== change.expectedVersion) {
      throw new ConcurrentModification();
    }
    const marker = (claim: UniqueClaim) => `${change.owner.projectId}#${claim.field}#${claim.key}`;
    for (const claim of change.claim) {
      const holder = this.markers.get(marker(claim));
      if (holder !== undefined && holder !== change.owner.sub)
        throw new UniqueValueTaken(claim.field);
    }
    const takeOver = change.takeOver ?? [];
    for (const displacement of takeOver) {
      const from = ownerId(displacement.from);
      if (this.profiles.get(from)?.version !== displacement.expectedVersion) {
        throw new ConcurrentModification();
      }
      for (const claim of displacement.claims) {
        if (this.markers.get(marker(claim)) !== displacement.from.sub) {
          throw new ConcurrentModification();
        }
      }
    }
    // All checks passed: the change applies as a whole.
    for (const claim of change.release) this.markers.delete(marker(claim));
    for (const claim of change.claim) this.markers.set(marker(claim), change.owner.sub);
    for (const displacement of takeOver) {
      const from = ownerId(displacement.from);
      for (const claim of displacement.claims) this.markers.set(marker(claim), change.owner.sub);
      this.profiles.set(from, displacement.next);
      this.audit.set(from, [...(this.audit.get(from) ?? []), displacement.audit]);
    }
    if (change.next) this.profiles.set(id, change.next);
    else this.profiles.delete(id);
    this.audit.set(id, [...(this.audit.get(id) ?? []), change.audit]);
    this.applied++;
  }

  async history(
    owner: ProfileOwner,
    page: { limit: number; cursor?: string },
  ): Promise<HistoryPage> {
    const newestFirst = [...(this.audit.get(ownerId(owner)) ?? [])].reverse();
    const start = page.cursor === undefined ? 0 : Number(page.cursor);
    if (!Number.isInteger(start) || start < 0) {
      throw new AppError('invalid_request', 'cursor is not valid');
    }
    const entries = newestFirst.slice(start, start + page.limit);
    const next = start + page.limit;
    return { entries, cursor: next < newestFirst.length ? String(next) : undefined };
  }

  async lastLogin(owner: ProfileOwner): Promise<number | undefined> {
    return this.logins.get(ownerId(owner));
  }
}

export class InMemoryAccountStore implements AccountStore {
  readonly devices = new Map<string, DeviceRecord>();
  readonly accounts = new Map<string, AccountRecord>();

  async findDevice(projectId: string, userId: string, deviceId: string) {
    return this.devices.get(`${projectId}#${userId}#${deviceId}`);
  }

  async listDevices(projectId: string, userId: string): Promise<DeviceRecord[]> {
    const prefix = `${projectId}#${userId}#`;
    return [...this.devices].filter(([key]) => key.startsWith(prefix)).map(([, device]) => device);
  }

  async saveLogin(projectId: string, device: DeviceRecord, maxHistory: number): Promise<void> {
    this.devices.set(`${projectId}#${device.userId}#${device.deviceId}`, device);
    const account = await this.loadAccount(projectId, device.userId);
    this.accounts.set(`${projectId}#${device.userId}`, {
      ...account,
      loginHistory: [...account.loginHistory, device.lastLogin].slice(-maxHistory),
    });
  }

  async loadAccount(projectId: string, userId: string): Promise<AccountRecord> {
    return this.accounts.get(`${projectId}#${userId}`) ?? { loginHistory: [], appProfile: {} };
  }

  async saveAppProfile(projectId: string, userId: string, appProfile: Record<string, unknown>) {
    const account = await this.loadAccount(projectId, userId);
    this.accounts.set(`${projectId}#${userId}`, { ...account, appProfile });
  }
}

interface FakeUser {
  userId: string;
  password: string;
  confirmed: boolean;
  attributes: Record<string, string>;
}

/** An identity provider that keeps users in a map; tokens are `access:<userId>` strings. */
export class InMemoryIdentityProvider implements IdentityProvider {
  readonly users = new Map<string, FakeUser>();
  readonly calls: string[] = [];
  /** Whether sign-up confirms at once (a pool without e-mail verification). */
  confirmsAtSignUp = false;

  private byToken(token: string): [string, FakeUser] {
    const userId = token.replace(/^(access|refresh):/, '');
    const found = [...this.users].find(([, user]) => user.userId === userId);
    if (!found) throw new AppError('invalid_token', 'The token is not valid or was revoked');
    return found;
  }

  private session(user: FakeUser): SessionTokens & { userId: string } {
    return {
      userId: user.userId,
      accessToken: `access:${user.userId}`,
      idToken: `id:${user.userId}`,
      refreshToken: `refresh:${user.userId}`,
    };
  }

  async signUp(input: { username: string; password: string; attributes: Record<string, string> }) {
    this.calls.push('signUp');
    if (this.users.has(input.username)) {
      throw new AppError('user_exists', 'An account with this email already exists');
    }
    const user = {
      userId: `sub-${this.users.size + 1}`,
      password: input.password,
      confirmed: this.confirmsAtSignUp,
      attributes: input.attributes,
    };
    this.users.set(input.username, user);
    return { userId: user.userId, confirmed: user.confirmed };
  }

  async confirmSignUp(username: string) {
    this.calls.push('confirmSignUp');
    const user = this.users.get(username);
    if (user) user.confirmed = true;
  }

  async signIn(username: string, password: string) {
    this.calls.push('signIn');
    const user = this.users.get(username);
    if (!user || user.password !== password) {
      throw new AppError('invalid_credentials', 'Incorrect email or password');
    }
    if (!user.confirmed) throw new AppError('user_not_confirmed', 'The account is not confirmed');
    return this.session(user);
  }

  async refresh(refreshToken: string) {
    this.calls.push('refresh');
    return this.session(this.byToken(refreshToken)[1]);
  }

  async signOutEverywhere() {
    this.calls.push('signOutEverywhere');
  }

  async revokeRefreshToken() {
    this.calls.push('revokeRefreshToken');
  }

  async signOutUser() {
    this.calls.push('signOutUser');
  }

  async userIdOf(username: string) {
    this.calls.push('userIdOf');
    return this.users.get(username)?.userId;
  }

  async getUser(accessToken: string): Promise<ProviderUser> {
    this.calls.push('getUser');
    const [username, user] = this.byToken(accessToken);
    return { username, attributes: { ...user.attributes, sub: user.userId } };
  }

  async updateAttributes(accessToken: string, attributes: Record<string, string>) {
    this.calls.push('updateAttributes');
    const [, user] = this.byToken(accessToken);
    user.attributes = { ...user.attributes, ...attributes };
  }

  async changePassword(accessToken: string, previous: string, next: string) {
    this.calls.push('changePassword');
    const [, user] = this.byToken(accessToken);
    if (user.password !== previous) {
      throw new AppError('invalid_credentials', 'The previous password is not correct');
    }
    user.password = next;
  }

  async forgotPassword() {
    this.calls.push('forgotPassword');
  }

  async confirmForgotPassword() {
    this.calls.push('confirmForgotPassword');
  }
}

/** Issued refresh tokens by token (the DynamoDB registry keys them by digest). */
export class InMemorySessionRegistry implements SessionRegistry {
  readonly records = new Map<string, RefreshTokenRecord & { expiresAt: number }>();

  async remember(refreshToken: string, record: RefreshTokenRecord, expiresAt: number) {
    this.records.set(refreshToken, { ...record, expiresAt });
  }

  async find(refreshToken: string): Promise<RefreshTokenRecord | undefined> {
    const found = this.records.get(refreshToken);
    if (!found) return undefined;
    const { expiresAt: _expiresAt, ...record } = found;
    return record;
  }
}

/** Revocation marks by `<userPoolId>#<sub>`. */
export class InMemoryRevocations implements Revocations {
  readonly marks = new Map<string, number>();

  async revoke(user: { userPoolId: string; sub: string }, epochSeconds: number) {
    this.marks.set(`${user.userPoolId}#${user.sub}`, epochSeconds);
  }

  async revokedBefore(user: { userPoolId: string; sub: string }) {
    return this.marks.get(`${user.userPoolId}#${user.sub}`);
  }
}

/** Attempt counts by key (windows are part of the keys, as the limiter builds them). */
export class InMemoryAttemptCounter implements AttemptCounter {
  readonly counts = new Map<string, number>();

  async reserve(key: string, limit: number) {
    const count = this.counts.get(key) ?? 0;
    if (count >= limit) return false;
    this.counts.set(key, count + 1);
    return true;
  }

  async release(key: string) {
    const count = this.counts.get(key) ?? 0;
    if (count > 0) this.counts.set(key, count - 1);
  }
}

/** Owner notices: mails kept in `sent`, holds in `held`; `failing` makes the mailer throw. */
export class InMemoryOwnerNotices implements OwnerNotices {
  readonly sent: Mail[] = [];
  readonly held = new Map<string, number>();
  readonly failures: Array<{ reason: string; error: unknown }> = [];
  failing: Error | undefined;
  clock = 1_000;
  readonly intervalSeconds = 3600;

  readonly mailer: Mailer = {
    send: async (mail) => {
      if (this.failing) throw this.failing;
      this.sent.push(mail);
    },
  };

  readonly throttle: NoticeThrottle = {
    claim: async (key, now, until) => {
      if ((this.held.get(key) ?? 0) > now) return false;
      this.held.set(key, until);
      return true;
    },
  };

  readonly now = () => this.clock;

  readonly onFailure = (reason: string, error: unknown) => {
    this.failures.push({ reason, error });
  };
}

/**
 * What the identity provider vouches for, for one caller: their own attributes (nothing
 * verified unless a test says so) and which account signs in with an address.
 */
export class InMemoryIdentityFacts implements IdentityFacts {
  /** canonical sign-in address → sub. */
  readonly accounts = new Map<string, string>();
  /** Wallet registry: lower-case 0x address → the sub that proved it. */
  readonly wallets = new Map<string, string>();

  constructor(
    public own: Awaited<ReturnType<IdentityFacts['caller']>> = {
      emailVerified: false,
      phoneNumberVerified: false,
    },
  ) {}

  async caller() {
    return this.own;
  }

  async accountWithEmail(email: string) {
    return this.accounts.get(email);
  }

  async walletProvenBy(address: string) {
    return this.wallets.get(address);
  }
}
