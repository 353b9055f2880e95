/**
 * Wiring of the key/value family: the adapters its handlers receive as `deps`, created on the
 * first request. Function declarations only, so a bundle keeps just the wiring it calls: the
 * by-user-id handlers never pull in the user directory (Cognito client, wallet registry).
 */
import { dynamoKvStore } from '../adapters/dynamodb/kv-store-dynamodb.js';
import { dynamoRevocationMarks } from '../adapters/dynamodb/revocation-store.js';
import { userDirectory } from '../adapters/user-directory.js';
import { findProjectById } from '../config.js';
import type { KeyValueDeps } from '../http/key-value-route.js';

let byUserId: KeyValueDeps | undefined;
let linked: KeyValueDeps | undefined;

/** by-user-id (and the seed's plain routes): the store and the revocation marks. */
export function keyValueDeps(): KeyValueDeps {
  byUserId ??= { revocations: dynamoRevocationMarks(), store: dynamoKvStore() };
  return byUserId;
}

/** by-email, by-wallet, by-idp: plus the directory that links the caller to the identifier. */
export function linkedKeyValueDeps(): KeyValueDeps {
  linked ??= {
    ...keyValueDeps(),
    directoryFor(caller) {
      const project = findProjectById(caller.projectId);
      if (!project) throw new Error('a verified token always names a configured project');
      return userDirectory(project);
    },
  };
  return linked;
}
