import { inject } from 'vitest';

// Handlers read their configuration once, at import: set it before any test imports them.
// No EMF lines in test output (test/integration/request-metrics.test.ts turns them back on).
Object.assign(process.env, inject('backendEnv'), {
  POWERTOOLS_LOG_LEVEL: 'SILENT',
  POWERTOOLS_METRICS_DISABLED: process.env.POWERTOOLS_METRICS_DISABLED ?? 'true',
});
