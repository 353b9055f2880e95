/** POST /user-data/by-…/delete — delete the caller's own keys; result 1 when none was deleted. */
import * as z from 'zod/mini';
import { deleteValues } from '../domain/key-value/kv-service.js';
import { KvResult, keyValueRoute, kvBody } from '../http/key-value-route.js';

const body = kvBody({ value_keys: z.array(z.string()) });

export const handler = keyValueRoute({ body }, async ({ kv, body }) => {
  const results = await deleteValues(kv, body.value_keys);
  return {
    result: results.some((entry) => entry.deleted) ? KvResult.ok : KvResult.okNothingFound,
    keys_delete_results: results.map(({ key, deleted }) => ({
      value_key: key,
      is_deleted: deleted,
    })),
  };
});
