/** POST /user-data/by-user-id/delete — delete the caller's own keys; result 1 when none was deleted. */
import * as z from 'zod/mini';
import { deleteValues } from '../domain/key-value/kv-service.js';
import { type KeyValueRequest, KvResult, keyValueRoute, kvBody } from '../http/key-value-route.js';
import { keyValueDeps } from '../wiring/key-value.js';

export const body = kvBody({ value_keys: z.array(z.string()) });

type Body = z.output<typeof body>;

export async function run({ kv, body }: KeyValueRequest<Body>) {
  const results = await deleteValues(kv, body.value_keys);
  return {
    result: results.some((entry) => entry.deleted) ? KvResult.ok : KvResult.okNothingFound,
    keys_delete_results: results.map(({ key, deleted }) => ({
      value_key: key,
      is_deleted: deleted,
    })),
  };
}

export const handler = keyValueRoute({ deps: keyValueDeps, body }, run);
