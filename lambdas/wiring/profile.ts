/**
 * Wiring of the profile family. Each adapter is built on first use: only
 * GET /user_existing_info is given the accounts table (its login history).
 */
import { dynamoLoginHistory } from '../adapters/dynamodb/login-history-dynamodb.js';
import { dynamoProfileStore } from '../adapters/dynamodb/profile-store-dynamodb.js';
import { dynamoRevocationMarks } from '../adapters/dynamodb/revocation-store.js';
import type { LoginHistory, ProfileStore } from '../domain/profile/profile-store.js';
import type { ProfileDeps } from '../http/profile-route.js';

let profiles: ProfileStore | undefined;
let logins: LoginHistory | undefined;
let deps: ProfileDeps | undefined;

export function profileDeps(): ProfileDeps {
  deps ??= {
    revocations: dynamoRevocationMarks(),
    get profiles() {
      profiles ??= dynamoProfileStore();
      return profiles;
    },
    get logins() {
      logins ??= dynamoLoginHistory();
      return logins;
    },
  };
  return deps;
}
