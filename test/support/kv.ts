import { handler as kvDelete } from '../../lambdas/handlers/kv-delete.js';
import { handler as kvDeleteLinked } from '../../lambdas/handlers/kv-delete-linked.js';
import { handler as kvGet } from '../../lambdas/handlers/kv-get.js';
import { handler as kvGetLinked } from '../../lambdas/handlers/kv-get-linked.js';
import { handler as kvListGet } from '../../lambdas/handlers/kv-list-get.js';
import { handler as kvListGetLinked } from '../../lambdas/handlers/kv-list-get-linked.js';
import { handler as kvSet } from '../../lambdas/handlers/kv-set.js';
import { handler as kvSetLinked } from '../../lambdas/handlers/kv-set-linked.js';
import { handler as kvSharedListGet } from '../../lambdas/handlers/kv-shared-list-get.js';
import { handler as kvSharedListGetLinked } from '../../lambdas/handlers/kv-shared-list-get-linked.js';
import { invoke } from './events.js';

const handlers = {
  set: kvSet,
  get: kvGet,
  delete: kvDelete,
  'list-get': kvListGet,
  'shared-list-get': kvSharedListGet,
};

/** The e-mail, wallet and IdP namespaces run the `-linked` handlers (see lib/routes.ts). */
const linkedHandlers: typeof handlers = {
  set: kvSetLinked,
  get: kvGetLinked,
  delete: kvDeleteLinked,
  'list-get': kvListGetLinked,
  'shared-list-get': kvSharedListGetLinked,
};

export type KvNamespace = 'by-user-id' | 'by-email' | 'by-wallet' | 'by-idp';

/** Calls `/user-data/<namespace>/<operation>` the way API Gateway would; returns the body. */
export async function kv(
  namespace: KvNamespace,
  operation: keyof typeof handlers,
  token: string,
  body: Record<string, unknown> = {},
): Promise<Record<string, unknown>> {
  const response = await invoke(
    (namespace === 'by-user-id' ? handlers : linkedHandlers)[operation],
    {
      path: `/user-data/${namespace}/${operation}`,
      token,
      body,
    },
  );
  if (response.status !== 200)
    throw new Error(`key/value routes always answer 200, got ${response.status}`);
  return response.body;
}
