/** POST /user-data[/by-…]/get — read the values of the given keys (seed 002). */
import * as z from 'zod/mini';
import { getValues } from '../domain/key-value/kv-service.js';
import { KvResult, keyValueRoute, kvBody } from '../http/key-value-route.js';

const body = kvBody({ value_keys: z.array(z.string()) });

export const handler = keyValueRoute({ body }, async ({ kv, body }) => {
  const values = await getValues(kv, body.value_keys);
  return {
    result: KvResult.ok,
    values: values.map(({ key, value, version }) => ({
      value_key: key,
      value_data: value,
      version,
    })),
  };
});
