// The metrics step's cost per request, warm: imports a bundle of lambdas/metrics.ts (metrics
// on, stdout a real pipe or /dev/null as the parent chose), records `runs` requests after a
// warm-up, and prints the mean microseconds per request to stderr as JSON.
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';

const [bundle, runs] = process.argv.slice(2);
const { recordRequest } = await import(pathToFileURL(bundle).href);
const record = (i) => recordRequest('POST /user-data/get', i % 10 ? 'ok' : 'client_error', 3.2);
for (let i = 0; i < 500; i++) record(i);
const count = Number(runs);
const started = performance.now();
for (let i = 0; i < count; i++) record(i);
const us = ((performance.now() - started) * 1000) / count;
process.stderr.write(`${JSON.stringify({ usPerRequest: us })}\n`);
