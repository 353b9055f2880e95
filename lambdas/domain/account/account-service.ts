/** Account flows (Identify extension) on top of the identity-provider and account-store ports. */
import { randomUUID } from 'node:crypto';
import { AppError } from '../../errors.js';
import type { AccountStore, DeviceRecord } from './account-store.js';
import { externalId, signDevice } from './device-signature.js';
import type { IdentityProvider } from './identity-provider.js';
import { type PasswordPolicy, passwordProblems } from './password-policy.js';

export interface AccountProject {
  readonly projectId: string;
  readonly autoConfirmSignUp: boolean;
}

/** Standard OIDC attributes a user may set; `custom:*` ones pass too (the pool decides). */
const USER_ATTRIBUTES = new Set([
  'name',
  'nickname',
  'given_name',
  'family_name',
  'middle_name',
  'gender',
  'birthdate',
  'locale',
  'zoneinfo',
  'picture',
  'profile',
  'website',
  'phone_number',
  'preferred_username',
  'email',
]);

function assertKnownAttributes(attributes: Record<string, string>): void {
  const unknown = Object.keys(attributes).filter(
    (name) => !USER_ATTRIBUTES.has(name) && !name.startsWith('custom:'),
  );
  if (unknown.length > 0) {
    throw new AppError('invalid_request', `Unknown attributes: ${unknown.join(', ')}`);
  }
}

export function assertPassword(password: string, policy: PasswordPolicy): void {
  const problems = passwordProblems(password, policy);
  if (problems.length > 0) {
    throw new AppError('weak_password', `The password needs ${problems.join(', ')}`);
  }
}

export async function registerUser(
  provider: IdentityProvider,
  project: AccountProject,
  policy: PasswordPolicy,
  input: { email: string; password: string; attributes: Record<string, string> },
): Promise<{ userId: string; confirmed: boolean }> {
  assertKnownAttributes(input.attributes);
  assertPassword(input.password, policy);
  const created = await provider.signUp({
    username: input.email,
    password: input.password,
    attributes: { ...input.attributes, email: input.email },
  });
  if (created.confirmed || !project.autoConfirmSignUp) return created;
  await provider.confirmSignUp(input.email);
  return { ...created, confirmed: true };
}

export interface LoginResult {
  readonly deviceId: string;
  readonly timeStamp: number;
  readonly signature: string;
  readonly externalId: string;
  readonly userId: string;
  readonly accessToken: string;
  readonly profileToken: string;
  readonly refreshToken?: string;
  readonly signUp: number;
}

export interface LoginDependencies {
  readonly provider: IdentityProvider;
  readonly accounts: AccountStore;
  readonly signingSecret: () => Promise<string>;
}

export async function loginUser(
  deps: LoginDependencies,
  project: AccountProject & { maxLoginHistory: number },
  input: { email: string; password: string; deviceId?: string },
  now: number,
): Promise<LoginResult> {
  const session = await deps.provider.signIn(input.email, input.password);
  const deviceId = input.deviceId ?? randomUUID();
  const known = await deps.accounts.findDevice(project.projectId, session.userId, deviceId);
  const signUp = known?.signUp ?? now;
  const signature = signDevice(await deps.signingSecret(), {
    projectId: project.projectId,
    userId: session.userId,
    deviceId,
    signUp,
    timeStamp: now,
  });
  await deps.accounts.saveLogin(
    project.projectId,
    { deviceId, userId: session.userId, signUp, lastLogin: now, timeStamp: now, signature },
    project.maxLoginHistory,
  );
  return {
    deviceId,
    timeStamp: now,
    signature,
    externalId: externalId(project.projectId, session.userId),
    userId: session.userId,
    accessToken: session.accessToken,
    profileToken: session.idToken,
    refreshToken: session.refreshToken,
    signUp,
  };
}

/** New access and ID tokens for a refresh token; the device, when named, must be the user's. */
export async function refreshSession(
  deps: Pick<LoginDependencies, 'provider' | 'accounts'>,
  projectId: string,
  input: { refreshToken: string; deviceId?: string },
) {
  const session = await deps.provider.refresh(input.refreshToken);
  if (input.deviceId) {
    await requireDevice(deps.accounts, projectId, session.userId, input.deviceId);
  }
  return {
    userId: session.userId,
    deviceId: input.deviceId,
    externalId: externalId(projectId, session.userId),
    accessToken: session.accessToken,
    profileToken: session.idToken,
    refreshToken: session.refreshToken,
  };
}

async function requireDevice(
  accounts: AccountStore,
  projectId: string,
  userId: string,
  deviceId: string,
): Promise<DeviceRecord> {
  const device = await accounts.findDevice(projectId, userId, deviceId);
  // Another user's device and an unknown one answer alike.
  if (!device) throw new AppError('not_found', 'This device is not registered for the user');
  return device;
}

/**
 * The user as GET /user and /user/check show it, in seed 004's shape: the profile nested in
 * `data` (username, attributes, userId, loginHistory), the attributes again beside it with
 * `updatedAt` (epoch seconds, a string as Cognito keeps it) and `devices`. `externalId` and
 * `appProfile` are this backend's additions.
 */
export async function userProfile(
  deps: Pick<LoginDependencies, 'provider' | 'accounts'>,
  caller: { projectId: string; sub: string; accessToken: string },
) {
  const [user, account, devices] = await Promise.all([
    deps.provider.getUser(caller.accessToken),
    deps.accounts.loadAccount(caller.projectId, caller.sub),
    deps.accounts.listDevices(caller.projectId, caller.sub),
  ]);
  const { updated_at: updatedAt, sub: _sub, ...attributes } = user.attributes;
  return {
    data: {
      username: user.username,
      ...attributes,
      userId: caller.sub,
      loginHistory: account.loginHistory,
    },
    ...attributes,
    updatedAt: updatedAt ?? '',
    devices: devices.map(({ deviceId, lastLogin, signUp, userId, timeStamp, signature }) => ({
      deviceId,
      lastLogin,
      signUp,
      userId,
      timeStamp,
      signature,
    })),
    externalId: externalId(caller.projectId, caller.sub),
    appProfile: account.appProfile,
  };
}

export async function updateUser(
  deps: Pick<LoginDependencies, 'provider' | 'accounts'>,
  caller: { projectId: string; sub: string; accessToken: string },
  input: { attributes: Record<string, string>; appProfile?: Record<string, unknown> },
) {
  assertKnownAttributes(input.attributes);
  if (Object.keys(input.attributes).length > 0) {
    await deps.provider.updateAttributes(caller.accessToken, input.attributes);
  }
  if (input.appProfile) {
    await deps.accounts.saveAppProfile(caller.projectId, caller.sub, input.appProfile);
  }
  const user = await deps.provider.getUser(caller.accessToken);
  const account = await deps.accounts.loadAccount(caller.projectId, caller.sub);
  return {
    email: user.attributes.email,
    username: user.username,
    externalId: externalId(caller.projectId, caller.sub),
    projectId: caller.projectId,
    appProfile: account.appProfile,
  };
}

/** GET /user/check: the token is valid (checked before) and the device is the user's. */
export async function checkDevice(
  deps: Pick<LoginDependencies, 'provider' | 'accounts'>,
  caller: { projectId: string; sub: string; accessToken: string },
  deviceId: string,
) {
  await requireDevice(deps.accounts, caller.projectId, caller.sub, deviceId);
  return userProfile(deps, caller);
}
