/** POST /user-data/by-{email,wallet,idp}/set — as kv-set, in a namespace linked to the caller. */
import { keyValueRoute } from '../http/key-value-route.js';
import { linkedKeyValueDeps } from '../wiring/key-value.js';
import { body, run } from './kv-set.js';

export { body };

export const handler = keyValueRoute(
  { deps: linkedKeyValueDeps, body, revocationWithData: true },
  run,
);
