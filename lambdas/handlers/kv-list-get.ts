/** POST /user-data/by-user-id/list-get — the keys this app client stored, private and public. */
import { listOwnKeys } from '../domain/key-value/kv-service.js';
import { type KeyValueRequest, KvResult, keyValueRoute, kvBody } from '../http/key-value-route.js';
import { keyValueDeps } from '../wiring/key-value.js';

export const body = kvBody({});

export async function run({ kv }: KeyValueRequest<unknown>) {
  const keys = await listOwnKeys(kv);
  const none = keys.private.length === 0 && keys.public.length === 0;
  return {
    result: none ? KvResult.okNothingFound : KvResult.ok,
    keys_private: keys.private,
    keys_public: keys.public,
    // Extension, only when DynamoDB's 1 MB page cut came before the keys quota.
    ...(keys.complete ? {} : { keys_truncated: true }),
  };
}

export const handler = keyValueRoute({ deps: keyValueDeps, body }, run);
