/**
 * esbuild settings for every handler bundle, shared by the stack (NodejsFunction) and the
 * benchmark, so what is measured is what is deployed.
 */
export const NODE_TARGET = 'node22';

/** ESM needs `require` for the few CommonJS dependencies esbuild leaves as require calls. */
export const ESM_REQUIRE_BANNER =
  "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);";

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
