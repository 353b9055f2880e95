/** POST /user-data/set — store one key/value pair for the calling user (seed 001). */

import * as z from 'zod/mini';
import { dynamoKvStore } from '../adapters/dynamodb/kv-store-dynamodb.js';
import { limits } from '../config.js';
import { setValue } from '../domain/key-value/kv-service.js';
import { KvResult, keyValueRoute } from '../http/key-value-route.js';

const store = dynamoKvStore();

const body = z.object({
  request_id: z.optional(z.int()),
  value_key: z.string(),
  value_data: z.string(),
  access_scope: z.optional(z.union([z.literal(0), z.literal(1)])),
});

export const handler = keyValueRoute(
  { scope: 'user-data-set', body },
  async ({ identity, body }) => {
    await setValue(store, limits(), identity, {
      key: body.value_key,
      value: body.value_data,
      scope: body.access_scope,
    });
    return { result: KvResult.ok };
  },
);
