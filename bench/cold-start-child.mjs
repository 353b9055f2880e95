// One cold start, as Lambda would do it in a fresh process: import the bundle, invoke the
// handler once with the given event. Prints, as JSON, the milliseconds from process start to
// the end of that first invocation (Node's own boot included, as in a Lambda init + first
// request), the CPU milliseconds the process used until then (what a fractional Lambda vCPU
// pays for, and what other work on a shared machine disturbs least), and what the invocation
// answered, so every measured run can be checked.
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';

const [bundle, eventJson] = process.argv.slice(2);
const { handler } = await import(pathToFileURL(bundle).href);
let answer;
let error;
try {
  answer = await handler(JSON.parse(eventJson), {
    functionName: 'bench',
    awsRequestId: 'bench',
    getRemainingTimeInMillis: () => 10_000,
  });
} catch (thrown) {
  error = thrown instanceof Error ? thrown.name : String(thrown);
}
const ms = performance.now();
const cpu = process.cpuUsage();
const cpuMs = (cpu.user + cpu.system) / 1000;
let result;
try {
  result = JSON.parse(answer?.body ?? '{}').result;
} catch {
  result = undefined;
}
process.stdout.write(
  `${JSON.stringify({ ms, cpuMs, status: answer?.statusCode, result, error })}\n`,
);
