/** PUT /user/login — every provider's sign-in: awsCognito (account-login), anonymous. */
import { byProvider } from '../http/provider-dispatch.js';
import { handler as cognito } from './account-login.js';
import { handler as anonymous } from './by-provider/anonymous-user-login.js';

export { body } from './account-login.js';

export const handler = byProvider(cognito, { anonymous });
