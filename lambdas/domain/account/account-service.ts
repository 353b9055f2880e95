/** Account flows (Identify extension) on top of the identity-provider and account-store ports. */
import { randomUUID } from 'node:crypto';
import { AppError } from '../../errors.js';
import { canonicalEmail } from '../identity/canonical-email.js';
import { assertStorableNumbers } from '../json-numbers.js';
import type { AccountStore, DeviceRecord } from './account-store.js';
import { type AttemptCounter, type AttemptPolicy, limitAttempts } from './attempt-limiter.js';
import { externalId, signDevice } from './device-signature.js';
import type { IdentityProvider } from './identity-provider.js';
import { noticeSignUpAttempt, type OwnerNotices } from './owner-notices.js';
import { type PasswordPolicy, passwordProblems } from './password-policy.js';
import type { Revocations, SessionRegistry } from './session-registry.js';

export interface AccountProject {
  readonly projectId: string;
  readonly autoConfirmSignUp: boolean;
  /** `custom:*` attributes callers may set; none unless the project configures them. */
  readonly customAttributes?: readonly string[];
}

/**
 * Standard OIDC attributes a user may set. Never `email_verified` / `phone_number_verified`
 * (only the identity provider vouches), never `custom:*` unless configured: they would land
 * in the signed ID token as if the pool had vouched for them.
 */
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
]);

function assertKnownAttributes(
  attributes: Record<string, string>,
  project: Pick<AccountProject, 'customAttributes'>,
): void {
  const custom = new Set(project.customAttributes ?? []);
  const unknown = Object.keys(attributes).filter(
    (name) => !USER_ATTRIBUTES.has(name) && !custom.has(name),
  );
  if (unknown.length > 0) {
    throw new AppError('invalid_request', `Attributes not allowed: ${unknown.join(', ')}`);
  }
}

export function assertPassword(password: string, policy: PasswordPolicy): void {
  const problems = passwordProblems(password, policy);
  if (problems.length > 0) {
    throw new AppError('weak_password', `The password needs ${problems.join(', ')}`);
  }
}

/**
 * Registers the canonical address (one account per e-mail, whatever its spelling). An address
 * that already has an account answers exactly like a new one (no enumeration): the same
 * status and shape, with a user id that belongs to no one; the owner is told by mail instead
 * (at most once an hour; a failed notice changes nothing in the answer).
 */
export async function registerUser(
  provider: IdentityProvider,
  project: AccountProject,
  policy: PasswordPolicy,
  input: { email: string; password: string; attributes: Record<string, string> },
  notices: OwnerNotices,
): Promise<{ userId: string; confirmed: boolean }> {
  assertKnownAttributes(input.attributes, project);
  assertPassword(input.password, policy);
  const email = canonicalEmail(input.email);
  let created: { userId: string; confirmed: boolean };
  try {
    created = await provider.signUp({
      username: email,
      password: input.password,
      attributes: { ...input.attributes, email },
    });
  } catch (error) {
    if (error instanceof AppError && error.code === 'user_exists') {
      await noticeSignUpAttempt(notices, email);
      return { userId: randomUUID(), confirmed: project.autoConfirmSignUp };
    }
    throw error;
  }
  if (created.confirmed) return created;
  if (!project.autoConfirmSignUp) {
    await provider.sendEmailVerification?.(email, input.password);
    return created;
  }
  await provider.confirmSignUp(email);
  return { ...created, confirmed: true };
}

/** Where a request comes from, for attempt limits. */
export interface AttemptSource {
  readonly sourceIp: string;
  /** Epoch seconds. */
  readonly now: number;
}

export interface GuardDependencies {
  readonly attempts: AttemptCounter;
  readonly attemptPolicy: AttemptPolicy;
}

/** The identity-provider client the API signs users in through (a project's first app client). */
export interface SignInClient {
  readonly userPoolId: string;
  readonly clientId: string;
}

/** Refresh tokens are remembered as long as the stack's app clients keep them valid. */
export const REFRESH_TOKEN_SECONDS = 30 * 24 * 60 * 60;

/**
 * Ends every session of a user: the revocation mark first (a DynamoDB write, so it holds
 * while the identity provider is down), then the provider's global sign-out. A failing
 * sign-out is logged by the caller's pipeline but does not undo the mark.
 */
async function endSessions(
  revocations: Revocations,
  user: { userPoolId: string; sub: string },
  now: number,
  signOut: () => Promise<void>,
  onSignOutFailure: (error: unknown) => void,
): Promise<void> {
  await revocations.revoke({ userPoolId: user.userPoolId, sub: user.sub }, now);
  try {
    await signOut();
  } catch (error) {
    onSignOutFailure(error);
  }
}

export interface SessionDependencies {
  readonly revocations: Revocations;
  readonly onSignOutFailure: (error: unknown) => void;
}

/** POST /user/logout: every access and refresh token of the user stops working. */
export async function logoutUser(
  deps: SessionDependencies & { provider: IdentityProvider },
  caller: { userPoolId: string; sub: string; accessToken: string },
  now: number,
  refreshToken?: string,
): Promise<void> {
  await endSessions(
    deps.revocations,
    caller,
    now,
    async () => {
      await deps.provider.signOutEverywhere(caller.accessToken);
      if (refreshToken) await deps.provider.revokeRefreshToken(refreshToken);
    },
    deps.onSignOutFailure,
  );
}

/** PUT /user/change-password: attempt-limited; on success every session ends (the caller's too). */
export async function changeUserPassword(
  deps: SessionDependencies & GuardDependencies & { provider: IdentityProvider },
  policy: PasswordPolicy,
  caller: { userPoolId: string; sub: string; accessToken: string },
  input: { previous: string; next: string },
  source: AttemptSource,
): Promise<void> {
  assertPassword(input.next, policy);
  await limitAttempts(
    deps.attempts,
    deps.attemptPolicy,
    { action: 'change-password', account: caller.sub, ...source },
    () => deps.provider.changePassword(caller.accessToken, input.previous, input.next),
  );
  await endSessions(
    deps.revocations,
    caller,
    source.now,
    () => deps.provider.signOutEverywhere(caller.accessToken),
    deps.onSignOutFailure,
  );
}

/** PUT /user/forgot-password: a reset code to the canonical address (same answer for all). */
export async function requestPasswordReset(provider: IdentityProvider, email: string) {
  await provider.forgotPassword(canonicalEmail(email));
}

/**
 * POST /user/confirm-forgot-password: attempt-limited per account and source; once the
 * password is reset, every session of the account ends (no token is at hand: admin sign-out).
 */
export async function resetPassword(
  deps: SessionDependencies & GuardDependencies & { provider: IdentityProvider },
  policy: PasswordPolicy,
  userPoolId: string,
  input: { email: string; code: string; password: string },
  source: AttemptSource,
): Promise<void> {
  assertPassword(input.password, policy);
  const email = canonicalEmail(input.email);
  await limitAttempts(
    deps.attempts,
    deps.attemptPolicy,
    { action: 'reset', account: email, ...source },
    () => deps.provider.confirmForgotPassword(email, input.code, input.password),
  );
  const sub = await deps.provider.userIdOf(email);
  if (!sub) return;
  await endSessions(
    deps.revocations,
    { userPoolId, sub },
    source.now,
    () => deps.provider.signOutUser(email),
    deps.onSignOutFailure,
  );
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
  deps: LoginDependencies &
    GuardDependencies & { sessions: SessionRegistry; signInClient: SignInClient },
  project: AccountProject & { maxLoginHistory: number },
  input: { email: string; password: string; deviceId?: string },
  source: AttemptSource,
): Promise<LoginResult> {
  const now = source.now;
  const email = canonicalEmail(input.email);
  const session = await limitAttempts(
    deps.attempts,
    deps.attemptPolicy,
    { action: 'login', account: email, ...source },
    () => deps.provider.signIn(email, input.password),
  );
  if (session.refreshToken) {
    await deps.sessions.remember(
      session.refreshToken,
      { ...deps.signInClient, sub: session.userId, issuedAt: now },
      now + REFRESH_TOKEN_SECONDS,
    );
  }
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

/**
 * New access and ID tokens for a refresh token this API issued, through the app client that
 * token belongs to, unless a logout, password change or reset came after it was issued. The
 * device, when named, must be the user's.
 */
export async function refreshSession(
  deps: Pick<LoginDependencies, 'accounts'> & {
    sessions: SessionRegistry;
    revocations: Revocations;
    providerFor: (clientId: string) => IdentityProvider;
  },
  project: { projectId: string; userPoolId: string; clientIds: readonly string[] },
  input: { refreshToken: string; deviceId?: string },
) {
  const projectId = project.projectId;
  const invalid = () => new AppError('invalid_token', 'The token is not valid or was revoked');
  const issued = await deps.sessions.find(input.refreshToken);
  if (
    !issued ||
    issued.userPoolId !== project.userPoolId ||
    !project.clientIds.includes(issued.clientId)
  ) {
    throw invalid();
  }
  const revokedUntil = await deps.revocations.revokedBefore(issued);
  if (revokedUntil !== undefined && issued.issuedAt <= revokedUntil) throw invalid();
  const session = await deps.providerFor(issued.clientId).refresh(input.refreshToken);
  if (session.userId !== issued.sub) throw invalid();
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
  project: Pick<AccountProject, 'customAttributes'> = {},
) {
  // Everything is checked before the first write: a refused appProfile changes no attribute.
  assertKnownAttributes(input.attributes, project);
  if (input.appProfile) assertStorableNumbers(input.appProfile, 'appProfile');
  const changesAttributes = Object.keys(input.attributes).length > 0;
  // Two stores, one change: the appProfile (DynamoDB, easy to put back) first, then the
  // attributes (Cognito); if those fail, the previous appProfile is restored.
  const previous =
    input.appProfile && changesAttributes
      ? (await deps.accounts.loadAccount(caller.projectId, caller.sub)).appProfile
      : undefined;
  if (input.appProfile) {
    await deps.accounts.saveAppProfile(caller.projectId, caller.sub, input.appProfile);
  }
  if (changesAttributes) {
    try {
      await deps.provider.updateAttributes(caller.accessToken, input.attributes);
    } catch (error) {
      if (input.appProfile) {
        await deps.accounts.saveAppProfile(caller.projectId, caller.sub, previous ?? {});
      }
      throw error;
    }
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
