/** GET /user/check — token and device check: awsCognito (account-check), authZero. */
import { byProvider } from '../http/provider-dispatch.js';
import { handler as cognito } from './account-check.js';
import { handler as authZero } from './by-provider/authzero-user-check.js';

export { query } from './account-check.js';

export const handler = byProvider(cognito, { authZero });
