/**
 * IdentityProvider on a Cognito user pool. Cognito's (and the emulator's) error names are
 * mapped explicitly, so that a wrong password and an unknown user answer the same.
 */
import {
  AdminConfirmSignUpCommand,
  CognitoIdentityProviderClient,
  InitiateAuthCommand,
  type InitiateAuthCommandOutput,
  SignUpCommand,
} from '@aws-sdk/client-cognito-identity-provider';
import { decomposeUnverifiedJwt } from 'aws-jwt-verify/jwt';
import type { IdentityProvider } from '../../domain/account/identity-provider.js';
import { AppError, type ErrorCode } from '../../errors.js';
import { dependencyFailure, sdkClientDefaults } from '../aws-errors.js';

let client: CognitoIdentityProviderClient | undefined;
const cognito = () => {
  client ??= new CognitoIdentityProviderClient(sdkClientDefaults);
  return client;
};

const BAD_CREDENTIALS = 'Incorrect email or password';

/** Cognito exception name → our error, per operation family. */
const errorMap: Record<string, [ErrorCode, string]> = {
  // Sign-in: every "who/what is wrong" answer collapses into one message (no enumeration).
  NotAuthorizedException: ['invalid_credentials', BAD_CREDENTIALS],
  UserNotFoundException: ['invalid_credentials', BAD_CREDENTIALS],
  UserNotConfirmedException: ['user_not_confirmed', 'The account is not confirmed yet'],
  PasswordResetRequiredException: ['invalid_credentials', BAD_CREDENTIALS],
  // Sign-up.
  UsernameExistsException: ['user_exists', 'An account with this email already exists'],
  InvalidParameterException: ['invalid_request', 'The identity provider refused a parameter'],
  CodeDeliveryFailureException: ['unavailable', 'The confirmation message could not be sent'],
};

function mapCognitoError(error: unknown, operation: 'signIn' | 'signUp'): never {
  const failure = dependencyFailure(error, 'Cognito');
  if (failure) throw failure;
  const name = error instanceof Error ? error.name : '';
  // The emulator answers a wrong password with InvalidPasswordException; Cognito uses that
  // name only for a password that breaks the policy (sign-up, change, reset).
  if (name === 'InvalidPasswordException') {
    throw operation === 'signIn'
      ? new AppError('invalid_credentials', BAD_CREDENTIALS, { cause: error })
      : new AppError('weak_password', 'The password does not meet the password policy', {
          cause: error,
        });
  }
  const mapped = errorMap[name];
  if (mapped) throw new AppError(mapped[0], mapped[1], { cause: error });
  throw error;
}

export function cognitoGateway(pool: { userPoolId: string; clientId: string }): IdentityProvider {
  return {
    async signUp({ username, password, attributes }) {
      try {
        const output = await cognito().send(
          new SignUpCommand({
            ClientId: pool.clientId,
            Username: username,
            Password: password,
            UserAttributes: Object.entries(attributes).map(([Name, Value]) => ({ Name, Value })),
          }),
        );
        return { userId: output.UserSub ?? '', confirmed: output.UserConfirmed ?? false };
      } catch (error) {
        mapCognitoError(error, 'signUp');
      }
    },

    async confirmSignUp(username) {
      try {
        await cognito().send(
          new AdminConfirmSignUpCommand({ UserPoolId: pool.userPoolId, Username: username }),
        );
      } catch (error) {
        mapCognitoError(error, 'signUp');
      }
    },

    async signIn(username, password) {
      let result: InitiateAuthCommandOutput;
      try {
        result = await cognito().send(
          new InitiateAuthCommand({
            ClientId: pool.clientId,
            AuthFlow: 'USER_PASSWORD_AUTH',
            AuthParameters: { USERNAME: username, PASSWORD: password },
          }),
        );
      } catch (error) {
        mapCognitoError(error, 'signIn');
      }
      const tokens = result.AuthenticationResult;
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
        refreshToken: tokens.RefreshToken,
      };
    },
  };
}
