/**
 * esbuild settings for every handler bundle, shared by the stack (NodejsFunction) and the
 * benchmark, so what is measured is what is deployed.
 */
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const NODE_TARGET = 'node22';

/** ESM needs `require` for the few CommonJS dependencies esbuild leaves as require calls. */
export const ESM_REQUIRE_BANNER =
  "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);";

const root = join(fileURLToPath(new URL('.', import.meta.url)), '..');

/**
 * Module substitutions applied to every handler bundle: cold-start work a naive handler does
 * not save. The SDK clients' default credential chain is replaced by the environment
 * provider: Lambda always sets the role's credentials there
 * (lambdas/adapters/env-credentials.ts). About -9% CPU at cold start in `npm run bench`.
 */
export const bundleAliases: Readonly<Record<string, string>> = {
  '@aws-sdk/credential-provider-node': join(root, 'lambdas', 'adapters', 'env-credentials.ts'),
};

/**
 * The esbuild settings proper. The bench builds each handler's naive floor with these alone;
 * handler bundles (stack and bench) add `bundleAliases`.
 */
export const bundleSettings = {
  format: 'esm',
  platform: 'node',
  target: NODE_TARGET,
  minify: true,
  sourcemap: false,
  mainFields: ['module', 'main'],
  banner: ESM_REQUIRE_BANNER,
  /** Bundle the AWS SDK v3 clients too: tree-shaken, they load faster than the runtime's copy. */
  external: [] as string[],
} as const;

/** The same substitutions as esbuild command-line arguments (NodejsFunction's `esbuildArgs`). */
export const esbuildAliasArgs = Object.fromEntries(
  Object.entries(bundleAliases).map(([name, path]) => [`--alias:${name}`, path]),
);
