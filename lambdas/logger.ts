import { Logger } from '@aws-lambda-powertools/logger';

/** One structured logger per cold start; level from POWERTOOLS_LOG_LEVEL (default INFO). */
export const logger = new Logger({ serviceName: 'user-data-backend' });
