/**
 * Profiles of users who sign in with an external provider (Auth0, Google, Facebook, Twitter).
 * The provider proves who they are; the profile (username, appProfile, devices, login
 * history) is ours, keyed by project + issuer + subject so equal subjects of different
 * issuers never meet.
 */
import { externalId } from '../account/device-signature.js';
import type { ExternalIdentity } from './external-identity.js';

export interface LinkedKey {
  readonly projectId: string;
  readonly issuer: string;
  readonly subject: string;
}

export interface LinkedProfile {
  /** Ours, generated at the first sign-in: the user's id within this backend. */
  readonly userId: string;
  readonly provider: string;
  readonly username?: string;
  readonly nickname?: string;
  readonly email?: string;
  readonly appProfile: Record<string, unknown>;
  readonly loginHistory: readonly number[];
  readonly createdAt: number;
  readonly updatedAt: number;
}

export interface LinkedDevice {
  readonly deviceId: string;
  readonly userId: string;
  readonly signUp: number;
  readonly lastLogin: number;
}

export interface LinkedProfileStore {
  /** The profile, created on first use; refreshes the e-mail and nickname the provider vouches for. */
  touch(key: LinkedKey, identity: ExternalIdentity, now: number): Promise<LinkedProfile>;
  update(
    key: LinkedKey,
    identity: ExternalIdentity,
    changes: { username?: string; appProfile?: Record<string, unknown> },
    now: number,
  ): Promise<LinkedProfile>;
  /** Records a sign-in from a device: the device item and one login-history entry. */
  recordLogin(
    key: LinkedKey,
    identity: ExternalIdentity,
    deviceId: string,
    now: number,
    maxHistory: number,
  ): Promise<LinkedProfile>;
  listDevices(key: LinkedKey): Promise<LinkedDevice[]>;
}

export const linkedKey = (projectId: string, identity: ExternalIdentity): LinkedKey => ({
  projectId,
  issuer: identity.issuer,
  subject: identity.subject,
});

/** The seed's Auth0 profile shape. */
export const authZeroView = (profile: LinkedProfile) => ({
  username: profile.username ?? profile.nickname ?? null,
  appProfile: profile.appProfile,
  loginHistory: profile.loginHistory,
});

/** The seed's PUT /user (Auth0) answer shape. */
export const authZeroUpdateView = (projectId: string, profile: LinkedProfile) => ({
  externalId: externalId(projectId, profile.userId),
  projectId,
  username: profile.username ?? null,
  appProfile: profile.appProfile,
});

/** The seed's `/user/check/nonstandard` answer shape. */
export const linkedCheckView = (profile: LinkedProfile, devices: readonly LinkedDevice[]) => ({
  userId: profile.userId,
  updatedAt: String(profile.updatedAt),
  nickname: profile.nickname ?? null,
  email: profile.email ?? null,
  devices: devices.map(({ deviceId, lastLogin, signUp, userId }) => ({
    deviceId,
    lastLogin,
    signUp,
    userId,
  })),
});
