/**
 * IdentityProvider on a Cognito user pool. Cognito's (and the emulator's) error names are
 * mapped explicitly, per operation, so that e.g. a wrong password and an unknown user answer
 * the same, and no answer reveals whether an account exists.
 */
import {
  AdminCreateUserCommand,
  AdminDeleteUserCommand,
  AdminGetUserCommand,
  AdminInitiateAuthCommand,
  type AdminInitiateAuthCommandOutput,
  AdminSetUserPasswordCommand,
  AdminUpdateUserAttributesCommand,
  AdminUserGlobalSignOutCommand,
  ChangePasswordCommand,
  CognitoIdentityProviderClient,
  ConfirmForgotPasswordCommand,
  ForgotPasswordCommand,
  GetUserAttributeVerificationCodeCommand,
  GetUserCommand,
  GlobalSignOutCommand,
  RevokeTokenCommand,
  UpdateUserAttributesCommand,
} from '@aws-sdk/client-cognito-identity-provider';
import { decomposeUnverifiedJwt } from 'aws-jwt-verify/jwt';
import type { IdentityProvider } from '../../domain/account/identity-provider.js';
import { AppError, type ErrorCode } from '../../errors.js';
import { logger } from '../../logger.js';
import { dependencyFailure, sdkClientDefaults } from '../aws-errors.js';
import {
  appClientSecret,
  forgetAppClientSecret,
  isSecretRefusal,
  secretHash,
} from './app-client-secret.js';

let client: CognitoIdentityProviderClient | undefined;
const cognito = () => {
  client ??= new CognitoIdentityProviderClient(sdkClientDefaults);
  return client;
};

const BAD_CREDENTIALS = 'Incorrect email or password';
const BAD_CODE = 'The confirmation code is not valid';

type Operation = 'signIn' | 'signUp' | 'token' | 'changePassword' | 'reset';
type Mapping = [ErrorCode, string];

/** Exception name → our error, for every operation unless overridden below. */
const common: Record<string, Mapping> = {
  UserNotConfirmedException: ['user_not_confirmed', 'The account is not confirmed yet'],
  UsernameExistsException: ['user_exists', 'An account with this email already exists'],
  InvalidParameterException: ['invalid_request', 'The identity provider refused a parameter'],
  CodeDeliveryFailureException: ['unavailable', 'The confirmation message could not be sent'],
  CodeMismatchException: ['invalid_code', BAD_CODE],
  ExpiredCodeException: ['expired_code', 'The confirmation code has expired; request a new one'],
  TooManyFailedAttemptsException: ['throttled', 'Too many failed attempts; try again later'],
  PasswordResetRequiredException: ['invalid_credentials', BAD_CREDENTIALS],
};

const byOperation: Record<Operation, Record<string, Mapping>> = {
  // Sign-in: every "who/what is wrong" answer collapses into one message (no enumeration).
  // The emulator answers a wrong password with InvalidPasswordException.
  signIn: {
    NotAuthorizedException: ['invalid_credentials', BAD_CREDENTIALS],
    UserNotFoundException: ['invalid_credentials', BAD_CREDENTIALS],
    InvalidPasswordException: ['invalid_credentials', BAD_CREDENTIALS],
  },
  signUp: {
    InvalidPasswordException: ['weak_password', 'The password does not meet the password policy'],
  },
  // Calls made with the user's access or refresh token.
  token: {
    NotAuthorizedException: ['invalid_token', 'The token is not valid or was revoked'],
    UserNotFoundException: ['invalid_token', 'The token is not valid or was revoked'],
  },
  // ChangePassword: Cognito says NotAuthorized for a wrong previous password, the emulator
  // InvalidPassword; a weak new one is caught by our policy check before the call.
  changePassword: {
    NotAuthorizedException: ['invalid_credentials', 'The previous password is not correct'],
    InvalidPasswordException: ['invalid_credentials', 'The previous password is not correct'],
  },
  // Password reset: an unknown account answers like a wrong code.
  reset: {
    UserNotFoundException: ['invalid_code', BAD_CODE],
    NotAuthorizedException: ['invalid_code', BAD_CODE],
    InvalidPasswordException: ['weak_password', 'The password does not meet the password policy'],
  },
};

function mapCognitoError(error: unknown, operation: Operation): never {
  const failure = dependencyFailure(error, 'Cognito');
  if (failure) throw failure;
  const name = error instanceof Error ? error.name : '';
  const mapped = byOperation[operation][name] ?? common[name];
  if (mapped) throw new AppError(mapped[0], mapped[1], { cause: error });
  throw error;
}

async function call<T>(operation: Operation, run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (error) {
    mapCognitoError(error, operation);
  }
}

function sessionFrom(output: AdminInitiateAuthCommandOutput, refreshToken?: string) {
  const tokens = output.AuthenticationResult;
  if (!tokens?.AccessToken || !tokens.IdToken) {
    // A challenge (MFA, new password) — not part of the seed's password flow.
    throw new AppError('invalid_credentials', 'Additional sign-in steps are required');
  }
  // The tokens come straight from Cognito over TLS; reading the sub needs no verification.
  const { payload } = decomposeUnverifiedJwt(tokens.AccessToken);
  return {
    userId: String(payload.sub),
    accessToken: tokens.AccessToken,
    idToken: tokens.IdToken,
    refreshToken: tokens.RefreshToken ?? refreshToken,
  };
}

export function cognitoGateway(pool: { userPoolId: string; clientId: string }): IdentityProvider {
  const ClientId = pool.clientId;
  const secret = () => appClientSecret(cognito(), pool.userPoolId, ClientId);
  /** The proof of the client's secret Cognito wants beside `username`, when it has one. */
  const hashOf = async (username: string) => {
    const known = await secret();
    return known === undefined ? undefined : secretHash(known, username, ClientId);
  };
  const authParameters = async (parameters: Record<string, string>, username: string) => {
    const hash = await hashOf(username);
    return hash === undefined ? parameters : { ...parameters, SECRET_HASH: hash };
  };
  /**
   * A call that proves the secret. Refused for the secret itself (rotated since this
   * container read it), it is forgotten and the answer is "unavailable": the next request
   * reads the current secret. Never "wrong password": the caller did nothing wrong.
   */
  const proving = async <T>(run: () => Promise<T>): Promise<T> => {
    try {
      return await run();
    } catch (error) {
      if (!isSecretRefusal(error)) throw error;
      forgetAppClientSecret(pool.userPoolId, ClientId);
      logger.error('Cognito refused the app client secret; it is read again next time', {
        clientId: ClientId,
        error,
      });
      throw new AppError('unavailable', 'The identity provider is unavailable', { cause: error });
    }
  };
  return {
    // Sign-up and sign-in are admin (IAM-signed) calls: the pool refuses self sign-up and
    // the app clients allow only ADMIN_USER_PASSWORD_AUTH. Every call through an app client
    // also proves the client's secret (app-client-secret.ts), which only this backend holds:
    // a client id alone cannot sign in, refresh or reset around this API. The password is
    // the temporary one first, so Cognito checks the policy before anything exists, then
    // made permanent.
    async signUp({ username, password, attributes }) {
      const output = await call('signUp', () =>
        cognito().send(
          new AdminCreateUserCommand({
            UserPoolId: pool.userPoolId,
            Username: username,
            TemporaryPassword: password,
            MessageAction: 'SUPPRESS',
            UserAttributes: Object.entries(attributes).map(([Name, Value]) => ({ Name, Value })),
          }),
        ),
      );
      try {
        await cognito().send(
          new AdminSetUserPasswordCommand({
            UserPoolId: pool.userPoolId,
            Username: username,
            Password: password,
            Permanent: true,
          }),
        );
      } catch (error) {
        // No half-created account (it could never sign in): undo, then report the failure.
        await cognito()
          .send(new AdminDeleteUserCommand({ UserPoolId: pool.userPoolId, Username: username }))
          .catch((undo: unknown) => logger.error('could not undo a half-created user', { undo }));
        mapCognitoError(error, 'signUp');
      }
      const sub = output.User?.Attributes?.find((attribute) => attribute.Name === 'sub')?.Value;
      return { userId: sub ?? output.User?.Username ?? '', confirmed: false };
    },

    // The account can sign in; "confirmed" means its e-mail address is verified.
    async confirmSignUp(username) {
      await call('signUp', () =>
        cognito().send(
          new AdminUpdateUserAttributesCommand({
            UserPoolId: pool.userPoolId,
            Username: username,
            // The username is the address; the emulator wants it beside the flag.
            UserAttributes: [
              { Name: 'email', Value: username },
              { Name: 'email_verified', Value: 'true' },
            ],
          }),
        ),
      );
    },

    /** Has Cognito e-mail a verification code for the address (projects without auto-confirm). */
    async sendEmailVerification(username: string, password: string) {
      try {
        const session = await this.signIn(username, password);
        await cognito().send(
          new GetUserAttributeVerificationCodeCommand({
            AccessToken: session.accessToken,
            AttributeName: 'email',
          }),
        );
      } catch (error) {
        // The account exists and can sign in; a lost mail must not fail the sign-up.
        logger.warn('could not send the e-mail verification code', { error });
      }
    },

    async signIn(username, password) {
      const output = await call('signIn', () =>
        proving(async () =>
          cognito().send(
            new AdminInitiateAuthCommand({
              UserPoolId: pool.userPoolId,
              ClientId,
              AuthFlow: 'ADMIN_USER_PASSWORD_AUTH',
              AuthParameters: await authParameters(
                { USERNAME: username, PASSWORD: password },
                username,
              ),
            }),
          ),
        ),
      );
      return sessionFrom(output);
    },

    // The hash of a refresh is over the user's username in the pool, not the address they
    // signed in with: with e-mail as the username attribute, that is the sub.
    async refresh(refreshToken, username) {
      const output = await call('token', () =>
        proving(async () =>
          cognito().send(
            new AdminInitiateAuthCommand({
              UserPoolId: pool.userPoolId,
              ClientId,
              AuthFlow: 'REFRESH_TOKEN_AUTH',
              AuthParameters: await authParameters({ REFRESH_TOKEN: refreshToken }, username),
            }),
          ),
        ),
      );
      return sessionFrom(output, refreshToken);
    },

    async signOutEverywhere(accessToken) {
      try {
        await cognito().send(new GlobalSignOutCommand({ AccessToken: accessToken }));
      } catch (error) {
        // The local emulator has no GlobalSignOut: the revocation mark still refuses the
        // user's access tokens on every route; refresh tokens are revoked one by one instead.
        if (error instanceof Error && error.name === 'Unsupported') {
          logger.warn('GlobalSignOut is not supported by this Cognito endpoint');
          return;
        }
        mapCognitoError(error, 'token');
      }
    },

    async revokeRefreshToken(refreshToken) {
      await call('token', () =>
        proving(async () =>
          cognito().send(
            new RevokeTokenCommand({ ClientId, ClientSecret: await secret(), Token: refreshToken }),
          ),
        ),
      );
    },

    async signOutUser(username) {
      try {
        await cognito().send(
          new AdminUserGlobalSignOutCommand({ UserPoolId: pool.userPoolId, Username: username }),
        );
      } catch (error) {
        // Missing in the local emulator: there the revocation mark and the refresh-token
        // registry (domain/account/session-registry.ts) end the sessions instead.
        if (error instanceof Error && error.name === 'Unsupported') {
          logger.warn('AdminUserGlobalSignOut is not supported by this Cognito endpoint');
          return;
        }
        mapCognitoError(error, 'token');
      }
    },

    async userIdOf(username) {
      try {
        const output = await cognito().send(
          new AdminGetUserCommand({ UserPoolId: pool.userPoolId, Username: username }),
        );
        return output.UserAttributes?.find((attribute) => attribute.Name === 'sub')?.Value;
      } catch (error) {
        if (error instanceof Error && error.name === 'UserNotFoundException') return undefined;
        mapCognitoError(error, 'token');
      }
    },

    async getUser(accessToken) {
      const output = await call('token', () =>
        cognito().send(new GetUserCommand({ AccessToken: accessToken })),
      );
      return {
        username: output.Username ?? '',
        attributes: Object.fromEntries(
          (output.UserAttributes ?? []).map((attribute) => [
            attribute.Name ?? '',
            attribute.Value ?? '',
          ]),
        ),
      };
    },

    async updateAttributes(accessToken, attributes) {
      await call('token', () =>
        cognito().send(
          new UpdateUserAttributesCommand({
            AccessToken: accessToken,
            UserAttributes: Object.entries(attributes).map(([Name, Value]) => ({ Name, Value })),
          }),
        ),
      );
    },

    async changePassword(accessToken, previous, next) {
      await call('changePassword', () =>
        cognito().send(
          new ChangePasswordCommand({
            AccessToken: accessToken,
            PreviousPassword: previous,
            ProposedPassword: next,
          }),
        ),
      );
    },

    async forgotPassword(username) {
      try {
        await proving(async () =>
          cognito().send(
            new ForgotPasswordCommand({
              ClientId,
              Username: username,
              SecretHash: await hashOf(username),
            }),
          ),
        );
      } catch (error) {
        // With PreventUserExistenceErrors Cognito answers an unknown user like a known one;
        // the emulator does not, so the same silence is kept here.
        if (error instanceof Error && error.name === 'UserNotFoundException') return;
        mapCognitoError(error, 'reset');
      }
    },

    async confirmForgotPassword(username, code, password) {
      await call('reset', () =>
        proving(async () =>
          cognito().send(
            new ConfirmForgotPasswordCommand({
              ClientId,
              Username: username,
              SecretHash: await hashOf(username),
              ConfirmationCode: code,
              Password: password,
            }),
          ),
        ),
      );
    },
  };
}

/**
 * The gateway for a project: calls made with a user's token go through the app client that
 * issued it; public flows (sign-up, sign-in, password reset) through the project's first client.
 */
export function identityProviderFor(
  project: { userPoolId: string; clientIds: readonly string[] },
  caller?: { clientId: string },
): IdentityProvider {
  return cognitoGateway({
    userPoolId: project.userPoolId,
    clientId: caller?.clientId ?? (project.clientIds[0] as string),
  });
}
