/**
 * A route's bundle carries only the SDK clients it can call: built with the deployed esbuild
 * settings, the by-user-id key/value handlers contain no Cognito client (the e-mail, wallet
 * and IdP ones do: they need the user directory), and only the routes that mail carry SES.
 */
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';
import { bundleSettings } from '../../lib/bundling.js';
import { handlerEntry, routes } from '../../lib/routes.js';

/** Bytes each input kept in the bundle's output. */
async function keptInputs(entry: string, minify: boolean): Promise<Array<[string, number]>> {
  const { metafile } = await build({
    ...bundleSettings,
    banner: { js: bundleSettings.banner },
    mainFields: [...bundleSettings.mainFields],
    external: [...bundleSettings.external],
    entryPoints: [entry],
    bundle: true,
    write: false,
    metafile: true,
    minify,
  });
  // What the bundle really contains: the output's inputs that kept bytes after tree shaking.
  const [output] = Object.values(metafile.outputs);
  return Object.entries(output?.inputs ?? {})
    .filter(([, input]) => input.bytesInOutput > 0)
    .map(([path, input]) => [path, input.bytesInOutput]);
}

async function sdkClientsIn(entry: string): Promise<string[]> {
  const kept = (await keptInputs(entry, false)).map(([path]) => path);
  const clients = kept
    .map((input) => /node_modules\/@aws-sdk\/(client-[a-z0-9-]+)\//.exec(input)?.[1])
    .filter((name): name is string => name !== undefined);
  return [...new Set(clients)].sort();
}

describe('handler bundles', () => {
  const entries = [...new Set(routes.filter((r) => r.family === 'keyValue').map(handlerEntry))];

  it.each(entries)('%s carries only the clients its routes call', async (entry) => {
    const clients = await sdkClientsIn(entry);
    if (entry.endsWith('-linked.ts')) {
      expect(clients).toContain('client-cognito-identity-provider');
    } else {
      expect(clients).not.toContain('client-cognito-identity-provider');
    }
    expect(clients).toContain('client-dynamodb');
    // The SES client only where a route mails (sendsMail).
    expect(clients).not.toContain('client-sesv2');
  });

  it('the SES client is bundled only into the handlers of routes that mail', async () => {
    const mailing = routes.filter((route) => route.sendsMail);
    expect(mailing.map((route) => `${route.method} ${route.path}`)).toEqual(['POST /user']);
    for (const route of mailing) {
      expect(await sdkClientsIn(handlerEntry(route))).toContain('client-sesv2');
    }
  });
});

describe('the metrics step', () => {
  it('adds Powertools metrics to a handler in under 16 KB of its minified bundle', async () => {
    const kept = await keptInputs(
      handlerEntry(routes.find((r) => r.handler === 'kv-get') as (typeof routes)[number]),
      true,
    );
    const bytesOf = (pattern: RegExp) =>
      kept.filter(([path]) => pattern.test(path)).reduce((sum, [, bytes]) => sum + bytes, 0);
    const metrics = bytesOf(/node_modules\/@aws-lambda-powertools\/metrics\//);
    // Present (the step is not tree-shaken away), and only the class and its stores.
    expect(metrics).toBeGreaterThan(0);
    expect(metrics).toBeLessThan(16 * 1024);
    // Its middleware is not used (lambdas/metrics.ts publishes itself).
    expect(kept.some(([path]) => /@aws-lambda-powertools\/metrics\/.*middleware/.test(path))).toBe(
      false,
    );
  });
});
