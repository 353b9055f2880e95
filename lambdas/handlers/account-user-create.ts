/** POST /user — every provider's sign-up: awsCognito (account-register), anonymous, noLogin. */
import { byProvider } from '../http/provider-dispatch.js';
import { handler as cognito } from './account-register.js';
import { handler as anonymous } from './by-provider/anonymous-user-register.js';
import { handler as noLogin } from './by-provider/nologin-user-create.js';

export { body } from './account-register.js';

export const handler = byProvider(cognito, { anonymous, noLogin });
