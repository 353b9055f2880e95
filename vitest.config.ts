import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // Starts DynamoDB Local and the Cognito emulator once for the whole run.
    globalSetup: ['test/support/global-setup.ts'],
    // Hands their endpoints to every test file before it imports a handler.
    setupFiles: ['test/support/backend-env.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    pool: 'forks',
    // The tooling runs on Node 20; the Lambdas run on Node 22 (see README, "Node versions").
    env: { AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true' },
    reporters: ['default', './test/support/summary-reporter.ts'],
  },
});
