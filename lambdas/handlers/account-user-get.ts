/** GET /user — every provider's profile read: awsCognito (account-profile-get), authZero, noLogin. */
import { byProvider } from '../http/provider-dispatch.js';
import { handler as cognito } from './account-profile-get.js';
import { handler as authZero } from './by-provider/authzero-user-get.js';
import { handler as noLogin } from './by-provider/nologin-user-get.js';

export { query } from './account-profile-get.js';

export const handler = byProvider(cognito, { authZero, noLogin });
