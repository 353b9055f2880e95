/**
 * A route's bundle carries only the SDK clients it can call: built with the deployed esbuild
 * settings, the by-user-id key/value handlers contain no Cognito client (the e-mail, wallet
 * and IdP ones do: they need the user directory), and only the routes that mail carry SES.
 */
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';
import { bundleSettings } from '../../lib/bundling.js';
import { handlerEntry, routes } from '../../lib/routes.js';

async function sdkClientsIn(entry: string): Promise<string[]> {
  const { metafile } = await build({
    ...bundleSettings,
    banner: { js: bundleSettings.banner },
    mainFields: [...bundleSettings.mainFields],
    external: [...bundleSettings.external],
    entryPoints: [entry],
    bundle: true,
    write: false,
    metafile: true,
    minify: false,
  });
  // What the bundle really contains: the output's inputs that kept bytes after tree shaking.
  const [output] = Object.values(metafile.outputs);
  const kept = Object.entries(output?.inputs ?? {})
    .filter(([, input]) => input.bytesInOutput > 0)
    .map(([path]) => path);
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
