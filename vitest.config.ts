import { defineConfig } from 'vitest/config';

/**
 * Three projects: `unit` and `cdk` need no emulator (and no Java), `integration` runs the
 * handlers against DynamoDB Local and the Cognito emulator. `npm run test:unit` runs the
 * first two; `npm test` runs all three.
 */
export default defineConfig({
  test: {
    testTimeout: 30_000,
    hookTimeout: 60_000,
    pool: 'forks',
    // The tooling runs on Node 20; the Lambdas run on Node 22 (see README, "Node versions").
    env: { AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true' },
    reporters: ['default', './test/support/summary-reporter.ts'],
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['test/unit/**/*.test.ts'],
          // The configuration handlers read at import, with no emulator behind it.
          setupFiles: ['test/support/unit-env.ts'],
        },
      },
      {
        extends: true,
        test: { name: 'cdk', include: ['test/cdk/**/*.test.ts'] },
      },
      {
        extends: true,
        test: {
          name: 'integration',
          include: [
            'test/integration/**/*.test.ts',
            'test/http/**/*.test.ts',
            'test/adversarial/**/*.test.ts',
          ],
          // Starts DynamoDB Local and the Cognito emulator once for the whole run.
          globalSetup: ['test/support/global-setup.ts'],
          setupFiles: [
            // Hands their endpoints to every test file before it imports a handler.
            'test/support/backend-env.ts',
            // Fails a test in which a handler logged an unexpected failure it did not expect.
            'test/support/unexpected-failures.ts',
          ],
        },
      },
    ],
  },
});
