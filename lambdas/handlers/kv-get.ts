/** POST /user-data[/by-user-id]/get — read the values of the given keys (seed 002). */
import * as z from 'zod/mini';
import { getValues } from '../domain/key-value/kv-service.js';
import { callCodes } from '../http/key-value-results.js';
import { type KeyValueRequest, KvResult, keyValueRoute, kvBody } from '../http/key-value-route.js';
import { keyValueDeps } from '../wiring/key-value.js';

export const body = kvBody({ value_keys: z.array(z.string()) });

type Body = z.output<typeof body>;

export async function run({ kv, body, call }: KeyValueRequest<Body>) {
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
}

// Read-only: the revocation mark rides in the values' BatchGetItem (one DynamoDB request).
export const handler = keyValueRoute({ deps: keyValueDeps, body, revocationWithData: true }, run);
