/**
 * Wiring of POST /userinfo: the profile family's adapters plus Cognito (what the identity
 * provider vouches for), kept apart so that only this route's bundle carries a Cognito client.
 */
import { cognitoIdentityFacts } from '../adapters/identity-facts.js';
import type { ProfileDeps } from '../http/profile-route.js';
import { profileDeps } from './profile.js';

let deps: ProfileDeps | undefined;

export function profileUpsertDeps(): ProfileDeps {
  const base = profileDeps();
  deps ??= {
    revocations: base.revocations,
    get profiles() {
      return base.profiles;
    },
    get logins() {
      return base.logins;
    },
    identityFacts: cognitoIdentityFacts,
  };
  return deps;
}
