/** POST /user-data/get — read the values of the given keys for the calling user (seed 002). */

import * as z from 'zod/mini';
import { dynamoKvStore } from '../adapters/dynamodb/kv-store-dynamodb.js';
import { limits } from '../config.js';
import { getValues } from '../domain/key-value/kv-service.js';
import { KvResult, keyValueRoute } from '../http/key-value-route.js';

const store = dynamoKvStore();

const body = z.object({
  request_id: z.optional(z.int()),
  value_keys: z.array(z.string()),
});

export const handler = keyValueRoute(
  { scope: 'user-data-get', body },
  async ({ identity, body }) => {
    const values = await getValues(store, limits(), identity, body.value_keys);
    return {
      result: KvResult.ok,
      values: values.map(({ key, value }) => ({ value_key: key, value_data: value })),
    };
  },
);
