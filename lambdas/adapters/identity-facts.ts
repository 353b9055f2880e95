/**
 * IdentityFacts from Cognito: the caller's attributes read with their own access token
 * (GetUser, once per request), and the account behind an address (AdminGetUser: our
 * sign-ups use the canonical address as the username).
 */
import type { Identity } from '../auth/identity.js';
import { findProjectById } from '../config.js';
import type { IdentityFacts } from '../domain/profile/profile-service.js';
import { AppError } from '../errors.js';
import { identityProviderFor } from './cognito/cognito-gateway.js';

export function cognitoIdentityFacts(identity: Identity): IdentityFacts {
  const project = findProjectById(identity.projectId);
  if (!project) throw new AppError('invalid_token', 'The token belongs to no configured project');
  const provider = identityProviderFor(project, identity);
  let own: ReturnType<IdentityFacts['caller']> | undefined;
  return {
    caller() {
      own ??= provider.getUser(identity.accessToken).then(({ attributes }) => ({
        email: attributes.email,
        emailVerified: attributes.email_verified === 'true',
        phoneNumber: attributes.phone_number,
        phoneNumberVerified: attributes.phone_number_verified === 'true',
      }));
      return own;
    },
    accountWithEmail: (email) => provider.userIdOf(email),
  };
}
