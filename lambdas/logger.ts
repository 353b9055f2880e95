import { Logger } from '@aws-lambda-powertools/logger';
import { DEFAULT_SERVICE_NAME } from './metric-names.js';

/** One structured logger per cold start; level from POWERTOOLS_LOG_LEVEL (default INFO). */
export const logger = new Logger({
  serviceName: process.env.POWERTOOLS_SERVICE_NAME || DEFAULT_SERVICE_NAME,
});
