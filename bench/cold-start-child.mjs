// One cold start, as Lambda would do it in a fresh process: import the bundle, invoke the
// handler once with the given event. Prints the milliseconds from process start to the end
// of that first invocation (Node's own boot included, as in a Lambda init + first request).
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';

const [bundle, eventJson] = process.argv.slice(2);
const { handler } = await import(pathToFileURL(bundle).href);
await handler(JSON.parse(eventJson), {
  functionName: 'bench',
  awsRequestId: 'bench',
  getRemainingTimeInMillis: () => 10_000,
});
process.stdout.write(`${performance.now()}\n`);
