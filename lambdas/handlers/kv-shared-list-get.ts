/** POST /user-data/by-user-id/shared-list-get — public keys of the project's other app clients, paged. */
import * as z from 'zod/mini';
import { signingSecret } from '../adapters/secrets/signing-secret.js';
import { listSharedKeys } from '../domain/key-value/kv-service.js';
import { type KeyValueRequest, KvResult, keyValueRoute, kvBody } from '../http/key-value-route.js';
import { keyValueDeps } from '../wiring/key-value.js';

/** The vendor's default page size, and the most one call returns. */
const DEFAULT_PAGE_SIZE = 100;
const MAX_PAGE_SIZE = 1000;

export const body = kvBody({
  search_id: z.optional(z.string().check(z.maxLength(2048))),
  page_size: z.optional(z.int().check(z.positive())),
});

type Body = z.output<typeof body>;

export async function run({ kv, body }: KeyValueRequest<Body>) {
  const page = await listSharedKeys(kv, {
    searchId: body.search_id || undefined,
    pageSize: Math.min(body.page_size ?? DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE),
    cursorSecret: await signingSecret(),
  });
  return {
    result: page.keys.length === 0 ? KvResult.okNothingFound : KvResult.ok,
    keys_shared: page.keys,
    next_search_id: page.nextSearchId,
  };
}

export const handler = keyValueRoute({ deps: keyValueDeps, body }, run);
