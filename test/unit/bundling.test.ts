/**
 * The cold-start substitutions of lib/bundling.ts: handler bundles resolve SDK credentials
 * from the environment only (what Lambda provides), the stack passes the same aliases to
 * esbuild, and the default provider chain is gone from the bundle.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { defaultProvider } from '../../lambdas/adapters/env-credentials.js';
import { bundleAliases, bundleSettings, esbuildAliasArgs } from '../../lib/bundling.js';

const ENV = ['AWS_ACCESS_KEY_ID', 'AWS_SECRET_ACCESS_KEY', 'AWS_SESSION_TOKEN'] as const;
const saved = Object.fromEntries(ENV.map((name) => [name, process.env[name]]));
afterEach(() => {
  for (const name of ENV) {
    if (saved[name] === undefined) delete process.env[name];
    else process.env[name] = saved[name];
  }
});
const lambdaCredentials = () =>
  Object.assign(process.env, {
    AWS_ACCESS_KEY_ID: 'ASIAEXAMPLEROLE',
    AWS_SECRET_ACCESS_KEY: 'role-secret',
    AWS_SESSION_TOKEN: 'role-session-token',
  });

describe('env-credentials (bundled in place of the default chain)', () => {
  it("returns the function role's credentials Lambda puts in the environment", async () => {
    lambdaCredentials();
    expect(await defaultProvider()()).toMatchObject({
      accessKeyId: 'ASIAEXAMPLEROLE',
      secretAccessKey: 'role-secret',
      sessionToken: 'role-session-token',
    });
  });

  it('fails with the SDK’s own error when the environment has none', async () => {
    for (const name of ENV) delete process.env[name];
    await expect(defaultProvider()()).rejects.toMatchObject({
      name: 'CredentialsProviderError',
    });
  });
});

describe('a handler bundle built with the deployed settings', () => {
  const dir = mkdtempSync(join(tmpdir(), 'bundling-test-'));
  let inputs: string[] = [];
  let bundled: { credentials: () => Promise<Record<string, unknown>> };

  beforeAll(async () => {
    const entry = join(dir, 'entry.ts');
    writeFileSync(
      entry,
      "import { DynamoDBClient } from '@aws-sdk/client-dynamodb';\n" +
        "export const credentials = () => new DynamoDBClient({ region: 'us-east-1' }).config.credentials();\n",
    );
    const { metafile } = await build({
      entryPoints: [entry],
      outfile: join(dir, 'bundle.mjs'),
      absWorkingDir: process.cwd(),
      nodePaths: [join(process.cwd(), 'node_modules')],
      bundle: true,
      metafile: true,
      format: bundleSettings.format,
      platform: bundleSettings.platform,
      target: bundleSettings.target,
      mainFields: [...bundleSettings.mainFields],
      banner: { js: bundleSettings.banner },
      alias: { ...bundleAliases },
      logLevel: 'error',
    });
    inputs = Object.keys(metafile.inputs);
    bundled = await import(pathToFileURL(join(dir, 'bundle.mjs')).href);
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('carries the environment provider, not the default chain and its nested clients', () => {
    expect(inputs.some((path) => path.endsWith('lambdas/adapters/env-credentials.ts'))).toBe(true);
    expect(
      inputs.filter((path) => /credential-provider-(node|ini|sso|imds)|nested-clients/.test(path)),
    ).toEqual([]);
  });

  it('signs with the environment credentials, session token included', async () => {
    lambdaCredentials();
    expect(await bundled.credentials()).toMatchObject({
      accessKeyId: 'ASIAEXAMPLEROLE',
      secretAccessKey: 'role-secret',
      sessionToken: 'role-session-token',
    });
  });

  it('the stack passes the same aliases to esbuild', () => {
    expect(esbuildAliasArgs).toEqual(
      Object.fromEntries(
        Object.entries(bundleAliases).map(([name, path]) => [`--alias:${name}`, path]),
      ),
    );
    expect(Object.keys(bundleAliases)).toEqual(['@aws-sdk/credential-provider-node']);
  });
});
