/** The request metrics' names, shared by the handlers and the stack (no Powertools import). */

/** The `service` of every log line and metric, unless the stack sets POWERTOOLS_SERVICE_NAME. */
export const DEFAULT_SERVICE_NAME = 'user-data-backend';

/** The namespace unless the stack sets POWERTOOLS_METRICS_NAMESPACE (from lib/config.ts). */
export const DEFAULT_METRICS_NAMESPACE = 'UserDataBackend';

/**
 * How a request ended, by its family's result rather than its HTTP status: a key/value -4 is
 * answered with HTTP 200 but counts as `throttled`, `unavailable` or `server_error`.
 */
export const OUTCOME_CLASSES = [
  'ok',
  'client_error',
  'throttled',
  'unavailable',
  'server_error',
] as const;
export type OutcomeClass = (typeof OUTCOME_CLASSES)[number];

/** The EMF metric and dimension names the dashboard and alarms read (README, Observability). */
export const REQUEST_METRICS = {
  requests: 'requests',
  latency: 'latency',
  coldStart: 'ColdStart',
  route: 'route',
  outcome: 'outcome',
} as const;
