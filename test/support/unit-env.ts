/**
 * The unit project's environment: the variables the handlers read at import (lambdas/config.ts
 * fails the import without them), built from the test configuration with no emulator behind
 * it. Modules that a unit test imports read valid configuration; nothing reaches AWS.
 */
import { LOCAL_REGION, LOCAL_USER_POOL_ID, localClientId } from '../../lib/local/local-backend.js';
import { tables } from '../../lib/tables.js';
import { testConfig } from './test-config.js';

Object.assign(process.env, {
  AWS_REGION: LOCAL_REGION,
  AWS_ACCESS_KEY_ID: 'unit',
  AWS_SECRET_ACCESS_KEY: 'unit',
  POWERTOOLS_LOG_LEVEL: 'SILENT',
  PROJECTS: JSON.stringify(
    testConfig.projects.map((project) => ({
      projectId: project.projectId,
      userPoolId: LOCAL_USER_POOL_ID,
      clientIds: project.appClients.map((name) => localClientId(project.projectId, name)),
      strategies: project.strategies,
      providers: project.providers,
      autoConfirmSignUp: true,
      customAttributes: project.customAttributes,
    })),
  ),
  LIMITS: JSON.stringify(testConfig.limits),
  PASSWORD_POLICY: JSON.stringify(testConfig.passwordPolicy),
  WALLET_CHAINS: JSON.stringify(testConfig.walletChains),
  ...Object.fromEntries(Object.values(tables).map((table) => [table.envVar, table.id])),
});
