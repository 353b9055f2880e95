/** POST /user-data/by-{email,wallet,idp}/delete — as kv-delete, in a namespace linked to the caller. */
import { keyValueRoute } from '../http/key-value-route.js';
import { linkedKeyValueDeps } from '../wiring/key-value.js';
import { body, run } from './kv-delete.js';

export { body };

export const handler = keyValueRoute({ deps: linkedKeyValueDeps, body }, run);
