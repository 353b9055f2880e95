/** POST /user-data[/by-user-id]/set — store one key/value pair in the caller's namespace (seed 001). */
import * as z from 'zod/mini';
import { setValue } from '../domain/key-value/kv-service.js';
import { type KeyValueRequest, KvResult, keyValueRoute, kvBody } from '../http/key-value-route.js';
import { keyValueDeps } from '../wiring/key-value.js';

export const body = kvBody({
  value_key: z.string(),
  value_data: z.string(),
  access_scope: z.optional(z.union([z.literal(0), z.literal(1)])),
  // Extensions: optimistic concurrency and expiry.
  expected_version: z.optional(z.int().check(z.nonnegative())),
  ttl_seconds: z.optional(z.int().check(z.positive(), z.lte(10 * 365 * 24 * 3600))),
});

type Body = z.output<typeof body>;

export async function run({ kv, body }: KeyValueRequest<Body>) {
  const { version } = await setValue(kv, {
    key: body.value_key,
    value: body.value_data,
    scope: body.access_scope,
    expectedVersion: body.expected_version,
    ttlSeconds: body.ttl_seconds,
  });
  return { result: KvResult.ok, version };
}

export const handler = keyValueRoute({ deps: keyValueDeps, body, revocationWithData: true }, run);
