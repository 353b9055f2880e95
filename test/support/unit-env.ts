/**
 * The unit project's environment: the configuration handlers read at import, from the test
 * configuration, with no emulator behind it (nothing in a unit test reaches AWS).
 */
import { applyOfflineHandlerEnv } from '../../lib/local/offline-env.js';
import { testConfig } from './test-config.js';

process.env.POWERTOOLS_LOG_LEVEL = 'SILENT';
// No EMF lines in test output (test/integration/request-metrics.test.ts turns them back on).
process.env.POWERTOOLS_METRICS_DISABLED ??= 'true';
applyOfflineHandlerEnv(testConfig);
