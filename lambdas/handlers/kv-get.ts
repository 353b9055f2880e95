/** POST /user-data[/by-…]/get — read the values of the given keys (seed 002). */
import * as z from 'zod/mini';
import { getValues } from '../domain/key-value/kv-service.js';
import { callCodes } from '../http/key-value-results.js';
import { KvResult, keyValueRoute, kvBody } from '../http/key-value-route.js';

const body = kvBody({ value_keys: z.array(z.string()) });

export const handler = keyValueRoute({ body }, async ({ kv, body, call }) => {
  const values = await getValues(kv, body.value_keys);
  // "Success, not found" where the call's table has it (not the seed's plain /user-data/get).
  const notFound = values.length === 0 ? callCodes(call).notFound : undefined;
  return {
    result: notFound ?? KvResult.ok,
    values: values.map(({ key, value, version }) => ({
      value_key: key,
      value_data: value,
      version,
    })),
  };
});
