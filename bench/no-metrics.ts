/**
 * Stands in for lambdas/metrics.ts in the bench's "without metrics" bundles, so the cold-start
 * cost of the Powertools metrics step (import, instance, EMF lines) shows on its own.
 */
export function recordRequest(): void {}
