import { Metrics, MetricUnit } from '@aws-lambda-powertools/metrics';
import {
  DEFAULT_METRICS_NAMESPACE,
  DEFAULT_SERVICE_NAME,
  type OutcomeClass,
  REQUEST_METRICS,
} from './metric-names.js';

export type { OutcomeClass } from './metric-names.js';

/**
 * One instance per cold start. Off when POWERTOOLS_METRICS_DISABLED is true (tests, the local
 * server); then nothing is written, though the calls below still run.
 */
const metrics = new Metrics({
  namespace: process.env.POWERTOOLS_METRICS_NAMESPACE || DEFAULT_METRICS_NAMESPACE,
  serviceName: process.env.POWERTOOLS_SERVICE_NAME || DEFAULT_SERVICE_NAME,
});

/**
 * Writes one request's metrics: `requests` (1) and `latency` (ms) with the dimensions
 * {service, route, outcome} (dashboard), then `requests` with {service, outcome} (alarms: an
 * alarm cannot sum over every route), and `ColdStart` once per instance. Two EMF lines,
 * because Powertools warns on every line that names a dimension in two dimension sets.
 * Hand-written instead of Powertools' logMetrics middleware: all is added and published in
 * one synchronous block, so requests that overlap in one process (the local server runs a
 * handler module for concurrent requests) never share dimensions.
 */
export function recordRequest(
  route: string,
  outcome: OutcomeClass,
  latencyMs: number,
  functionName?: string,
): void {
  metrics.captureColdStartMetric(functionName);
  metrics.addDimension(REQUEST_METRICS.route, route);
  metrics.addDimension(REQUEST_METRICS.outcome, outcome);
  metrics.addMetric(REQUEST_METRICS.requests, MetricUnit.Count, 1);
  metrics.addMetric(REQUEST_METRICS.latency, MetricUnit.Milliseconds, latencyMs);
  metrics.publishStoredMetrics();
  metrics.addDimension(REQUEST_METRICS.outcome, outcome);
  metrics.addMetric(REQUEST_METRICS.requests, MetricUnit.Count, 1);
  metrics.publishStoredMetrics();
}
