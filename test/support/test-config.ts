import { DEFAULT_PROJECT_ID, resolveConfig } from '../../lib/config.js';

/** A second tenant, to prove data of different projects never mixes. */
export const OTHER_PROJECT_ID = '5d5b0676-ce0f-4058-b2bf-49af49f61cb5';

export const testConfig = resolveConfig({
  projects: [
    {
      projectId: DEFAULT_PROJECT_ID,
      appClients: ['web', 'mobile'],
      providers: ['awsCognito', 'authZero', 'google', 'facebook', 'twitter'],
    },
    {
      projectId: OTHER_PROJECT_ID,
      appClients: ['web'],
      strategies: ['email', 'simplified'],
      providers: ['awsCognito', 'anonymous', 'noLogin'],
    },
  ],
});

/** An app client of the default project whose access tokens live one second. */
export const SHORT_LIVED_CLIENT = 'short-lived';

export const testExtraClients = [
  { projectId: DEFAULT_PROJECT_ID, name: SHORT_LIVED_CLIENT, accessTokenSeconds: 1 },
];
