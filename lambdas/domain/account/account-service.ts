/** Account flows (Identify extension) on top of the identity-provider and device ports. */
import { randomUUID } from 'node:crypto';
import { AppError } from '../../errors.js';
import { externalId, signDevice } from './device-signature.js';
import type { DeviceStore } from './device-store.js';
import type { IdentityProvider } from './identity-provider.js';

export interface AccountProject {
  readonly projectId: string;
  readonly autoConfirmSignUp: boolean;
}

/** Standard OIDC attributes a user may set when signing up; `custom:*` ones pass too. */
const SIGN_UP_ATTRIBUTES = new Set([
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
]);

export async function registerUser(
  provider: IdentityProvider,
  project: AccountProject,
  input: { email: string; password: string; attributes: Record<string, string> },
): Promise<{ userId: string; confirmed: boolean }> {
  const unknown = Object.keys(input.attributes).filter(
    (name) => !SIGN_UP_ATTRIBUTES.has(name) && !name.startsWith('custom:'),
  );
  if (unknown.length > 0) {
    throw new AppError('invalid_request', `Unknown attributes: ${unknown.join(', ')}`);
  }
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

export async function loginUser(
  deps: { provider: IdentityProvider; devices: DeviceStore; signingSecret: () => Promise<string> },
  project: AccountProject & { maxLoginHistory: number },
  input: { email: string; password: string; deviceId?: string },
  now: number,
): Promise<LoginResult> {
  const session = await deps.provider.signIn(input.email, input.password);
  const deviceId = input.deviceId ?? randomUUID();
  const known = await deps.devices.findDevice(project.projectId, session.userId, deviceId);
  const signUp = known?.signUp ?? now;
  const signature = signDevice(await deps.signingSecret(), {
    projectId: project.projectId,
    userId: session.userId,
    deviceId,
    signUp,
    timeStamp: now,
  });
  await deps.devices.saveLogin(
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
