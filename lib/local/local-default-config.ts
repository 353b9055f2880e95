/**
 * `npm start`'s configuration when BACKEND_CONFIG is not set: every provider of seed 004
 * enabled, so its example bodies work verbatim. The e-mail project signs in with Cognito,
 * Auth0, Google, Facebook and Twitter (the last four played by the local stand-ins); the
 * `simplified` project has the device (anonymous) and noLogin users.
 */
import { DEFAULT_PROJECT_ID } from '../config.js';

export const SIMPLIFIED_PROJECT_ID = '5d5b0676-ce0f-4058-b2bf-49af49f61cb5';

export const localDefaultConfig = {
  projects: [
    {
      projectId: DEFAULT_PROJECT_ID,
      strategies: ['email'],
      providers: ['awsCognito', 'authZero', 'google', 'facebook', 'twitter'],
    },
    {
      projectId: SIMPLIFIED_PROJECT_ID,
      strategies: ['simplified'],
      providers: ['anonymous', 'noLogin'],
    },
  ],
};
