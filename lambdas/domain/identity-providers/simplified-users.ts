/**
 * The `simplified` strategy's users, who never sign in anywhere else:
 *
 * - anonymous: a device registers once (`POST /user {deviceId, additionalId}`) and receives a
 *   `deviceSecret` (256 random bits) that only it knows; the server keeps its SHA-256. A login
 *   (`PUT /user/login`) must present deviceId and deviceSecret: a device id alone is not a
 *   secret (apps log it, analytics see it), so it never proves anything by itself.
 * - noLogin: `POST /user` makes a user whose only credential is a server-generated
 *   `externalId` (256 random bits, hex). It is a bearer secret: whoever holds it is the user.
 *   Never caller-chosen, never short; stored only as its SHA-256.
 */
import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { AppError } from '../../errors.js';
import { externalId as externalIdOf, signDevice } from '../account/device-signature.js';

/** 256 random bits as 64 lower-case hex digits: a device secret or a noLogin externalId. */
export const newBearerSecret = (): string => randomBytes(32).toString('hex');
export const BEARER_SECRET = /^[0-9a-f]{64}$/;
export const secretHash = (secret: string): string =>
  createHash('sha256').update(secret).digest('hex');

export interface DeviceUser {
  readonly userId: string;
  readonly deviceId: string;
  readonly additionalId?: string;
  readonly signUp: number;
  readonly lastLogin?: number;
  readonly loginHistory: readonly number[];
}

export interface NoLoginUser {
  readonly userId: string;
  readonly appProfile: Record<string, unknown>;
  readonly createdAt: number;
  readonly updatedAt: number;
}

export interface SimplifiedUserStore {
  /** Creates the device user; false when the device is already registered. */
  createDeviceUser(projectId: string, user: DeviceUser, hash: string): Promise<boolean>;
  /** Records a login when the secret's hash matches; undefined for an unknown device or a wrong secret. */
  loginDeviceUser(
    projectId: string,
    deviceId: string,
    hash: string,
    now: number,
    maxHistory: number,
  ): Promise<DeviceUser | undefined>;
  createNoLoginUser(projectId: string, hash: string, user: NoLoginUser): Promise<void>;
  findNoLoginUser(projectId: string, hash: string): Promise<NoLoginUser | undefined>;
  /** Sets appProfile if the user exists; undefined otherwise. */
  updateNoLoginUser(
    projectId: string,
    hash: string,
    appProfile: Record<string, unknown>,
    now: number,
  ): Promise<NoLoginUser | undefined>;
}

/** Fixed-window counters per caller address, so nobody creates or probes users in bulk. */
export interface RateLimiter {
  /** Counts one attempt; throws `throttled` past `limit` in the current window. */
  hit(bucket: string, limit: number, windowSeconds: number, now: number): Promise<void>;
}

export async function registerDevice(
  store: SimplifiedUserStore,
  projectId: string,
  input: { deviceId: string; additionalId?: string },
  now: number,
) {
  const deviceSecret = newBearerSecret();
  const user: DeviceUser = {
    userId: randomUUID(),
    deviceId: input.deviceId,
    additionalId: input.additionalId,
    signUp: now,
    loginHistory: [],
  };
  if (!(await store.createDeviceUser(projectId, user, secretHash(deviceSecret)))) {
    throw new AppError('user_exists', 'This device is already registered');
  }
  return {
    deviceId: user.deviceId,
    additionalId: user.additionalId ?? null,
    userId: user.userId,
    externalId: externalIdOf(projectId, user.userId),
    signUp: now,
    // Shown once: the device keeps it and presents it on every login.
    deviceSecret,
  };
}

export async function loginDevice(
  deps: { store: SimplifiedUserStore; signingSecret: () => Promise<string> },
  project: { projectId: string; maxLoginHistory: number },
  input: { deviceId: string; deviceSecret: string },
  now: number,
) {
  const user = await deps.store.loginDeviceUser(
    project.projectId,
    input.deviceId,
    secretHash(input.deviceSecret),
    now,
    project.maxLoginHistory,
  );
  // Unknown device and wrong secret answer alike.
  if (!user) throw new AppError('invalid_credentials', 'Unknown device or wrong device secret');
  return {
    deviceId: user.deviceId,
    timeStamp: now,
    signature: signDevice(await deps.signingSecret(), {
      projectId: project.projectId,
      userId: user.userId,
      deviceId: user.deviceId,
      signUp: user.signUp,
      timeStamp: now,
    }),
    externalId: externalIdOf(project.projectId, user.userId),
    userId: user.userId,
    signUp: user.signUp,
  };
}

export function assertBearerSecret(externalId: string): void {
  if (!BEARER_SECRET.test(externalId)) {
    throw new AppError('invalid_request', 'externalId must be 64 lower-case hex digits');
  }
}

export async function createNoLoginUser(
  store: SimplifiedUserStore,
  projectId: string,
  appProfile: Record<string, unknown>,
  now: number,
) {
  const externalId = newBearerSecret();
  const user: NoLoginUser = { userId: randomUUID(), appProfile, createdAt: now, updatedAt: now };
  await store.createNoLoginUser(projectId, secretHash(externalId), user);
  return { externalId, user };
}

export async function findNoLoginUser(
  store: SimplifiedUserStore,
  projectId: string,
  externalId: string,
): Promise<NoLoginUser> {
  assertBearerSecret(externalId);
  const user = await store.findNoLoginUser(projectId, secretHash(externalId));
  if (!user) throw new AppError('not_found', 'No user has this externalId');
  return user;
}

export async function updateNoLoginUser(
  store: SimplifiedUserStore,
  projectId: string,
  externalId: string,
  appProfile: Record<string, unknown>,
  now: number,
): Promise<NoLoginUser> {
  assertBearerSecret(externalId);
  const user = await store.updateNoLoginUser(projectId, secretHash(externalId), appProfile, now);
  if (!user) throw new AppError('not_found', 'No user has this externalId');
  return user;
}
