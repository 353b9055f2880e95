/** PUT /user — every provider's profile update: awsCognito (account-profile-update), authZero, noLogin. */
import { byProvider } from '../http/provider-dispatch.js';
import { handler as cognito } from './account-profile-update.js';
import { handler as authZero } from './by-provider/authzero-user-update.js';
import { handler as noLogin } from './by-provider/nologin-user-update.js';

export { body } from './account-profile-update.js';

export const handler = byProvider(cognito, { authZero, noLogin });
