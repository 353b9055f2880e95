/**
 * The variables the handlers read when their module is imported (lambdas/config.ts fails the
 * import without them), built from a configuration with no emulator or AWS behind it. For the
 * processes that import handler modules without serving requests: the OpenAPI generator (it
 * reads their schemas) and the unit tests. Variables already set are kept.
 */
import type { BackendConfig } from '../config.js';
import { tables } from '../tables.js';
import { LOCAL_REGION, LOCAL_USER_POOL_ID, localClientId } from './local-backend.js';

export function applyOfflineHandlerEnv(config: BackendConfig): void {
  const env: Record<string, string> = {
    AWS_REGION: LOCAL_REGION,
    AWS_ACCESS_KEY_ID: 'offline',
    AWS_SECRET_ACCESS_KEY: 'offline',
    PROJECTS: JSON.stringify(
      config.projects.map((project) => ({
        projectId: project.projectId,
        userPoolId: LOCAL_USER_POOL_ID,
        clientIds: project.appClients.map((name) => localClientId(project.projectId, name)),
        strategies: project.strategies,
        providers: project.providers,
        autoConfirmSignUp: true,
        customAttributes: project.customAttributes,
      })),
    ),
    LIMITS: JSON.stringify(config.limits),
    PASSWORD_POLICY: JSON.stringify(config.passwordPolicy),
    WALLET_CHAINS: JSON.stringify(config.walletChains),
    ...Object.fromEntries(Object.values(tables).map((table) => [table.envVar, table.id])),
  };
  for (const [name, value] of Object.entries(env)) process.env[name] ??= value;
}
