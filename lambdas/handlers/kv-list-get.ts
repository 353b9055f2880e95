/** POST /user-data/by-…/list-get — the keys this app client stored, private and public. */
import { listOwnKeys } from '../domain/key-value/kv-service.js';
import { KvResult, keyValueRoute, kvBody } from '../http/key-value-route.js';

export const handler = keyValueRoute({ body: kvBody({}) }, async ({ kv }) => {
  const keys = await listOwnKeys(kv);
  const none = keys.private.length === 0 && keys.public.length === 0;
  return {
    result: none ? KvResult.okNothingFound : KvResult.ok,
    keys_private: keys.private,
    keys_public: keys.public,
    // Extension, only when DynamoDB's 1 MB page cut came before the keys quota.
    ...(keys.complete ? {} : { keys_truncated: true }),
  };
});
