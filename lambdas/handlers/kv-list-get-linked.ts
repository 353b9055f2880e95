/** POST /user-data/by-{email,wallet,idp}/list-get — as kv-list-get, in a namespace linked to the caller. */
import { keyValueRoute } from '../http/key-value-route.js';
import { linkedKeyValueDeps } from '../wiring/key-value.js';
import { body, run } from './kv-list-get.js';

export { body };

export const handler = keyValueRoute({ deps: linkedKeyValueDeps, body }, run);
