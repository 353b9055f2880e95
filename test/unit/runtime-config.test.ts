/**
 * Configuration is read once, at init, with the stack's own schema: what the stack writes is
 * what the handlers accept, and a missing or malformed variable fails the init naming it.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { defaultPasswordPolicy } from '../../lambdas/domain/account/password-policy.js';
import { defaultLimits } from '../../lambdas/limits.js';
import { loadRuntimeConfig } from '../../lambdas/runtime-config.js';
import { resolveConfig } from '../../lib/config.js';

const project = {
  projectId: 'a69a31e9-f2e6-4d5f-b080-6138c6a721b7',
  userPoolId: 'eu-west-1_abcdefghi',
  clientIds: ['1example23456789abcdefghij'],
  strategies: ['email'],
  providers: ['awsCognito'],
  autoConfirmSignUp: false,
  customAttributes: [],
};

/** The environment the stack writes for a route with the keyValue table (see route-stack.ts). */
const stackEnv = (overrides: Record<string, string | undefined> = {}) => {
  const config = resolveConfig();
  return {
    TENANT_DIRECTORY_ARN: 'arn:aws:secretsmanager:eu-west-1:123456789012:secret:directory-AbCdEf',
    LIMITS: JSON.stringify(config.limits),
    PASSWORD_POLICY: JSON.stringify(config.passwordPolicy),
    WALLET_CHAINS: JSON.stringify(config.walletChains),
    KEY_VALUE_TABLE: 'Stack-KeyValueTable-1ABC',
    ...overrides,
  };
};

describe('loadRuntimeConfig', () => {
  it('reads the tenant directory from the secret the stack names, once, and the rest from the environment', async () => {
    const readSecret = vi.fn(async () => JSON.stringify({ projects: [project] }));
    const config = await loadRuntimeConfig(stackEnv(), readSecret);
    expect(readSecret).toHaveBeenCalledTimes(1);
    expect(readSecret).toHaveBeenCalledWith(stackEnv().TENANT_DIRECTORY_ARN);
    // A project without external providers carries none (the stack leaves the key out).
    expect(config.directory.projects).toEqual([{ ...project, identityProviders: {} }]);
    expect(config.limits).toEqual(defaultLimits);
    expect(config.passwordPolicy).toEqual(defaultPasswordPolicy);
    expect(config.tables).toEqual({ keyValue: 'Stack-KeyValueTable-1ABC' });
  });

  it('reads PROJECTS in local mode, without touching Secrets Manager', async () => {
    const readSecret = vi.fn(async () => '{}');
    const config = await loadRuntimeConfig(
      stackEnv({ TENANT_DIRECTORY_ARN: undefined, PROJECTS: JSON.stringify([project]) }),
      readSecret,
    );
    expect(readSecret).not.toHaveBeenCalled();
    expect(config.directory.projects[0]?.clientIds).toEqual(project.clientIds);
  });

  it('reads each project’s identity providers from the directory, with the public hosts by default', async () => {
    const withProviders = {
      ...project,
      providers: ['awsCognito', 'google', 'facebook', 'twitter'],
      identityProviders: {
        google: { clientIds: ['1234-abc.apps.googleusercontent.com'] },
        facebook: {
          appId: '1000000000000001',
          appSecretArn: 'arn:aws:secretsmanager:eu-west-1:123456789012:secret:fb-AbCdEf',
        },
        twitter: {},
      },
    };
    const config = await loadRuntimeConfig(stackEnv(), async () =>
      JSON.stringify({ projects: [withProviders] }),
    );
    expect(config.directory.projects[0]?.identityProviders).toEqual({
      google: {
        clientIds: ['1234-abc.apps.googleusercontent.com'],
        jwksUri: 'https://www.googleapis.com/oauth2/v3/certs',
      },
      facebook: {
        appId: '1000000000000001',
        appSecretArn: 'arn:aws:secretsmanager:eu-west-1:123456789012:secret:fb-AbCdEf',
        graphApiUrl: 'https://graph.facebook.com/v19.0',
      },
      twitter: { apiUrl: 'https://api.twitter.com/2' },
    });
    await expect(
      loadRuntimeConfig(stackEnv(), async () =>
        JSON.stringify({
          projects: [{ ...project, identityProviders: { google: { clientIds: [] } } }],
        }),
      ),
    ).rejects.toThrow(/TENANT_DIRECTORY_ARN[\s\S]*identityProviders/);
  });

  it.each([
    ['LIMITS', undefined, /Missing required environment variable LIMITS/],
    ['PASSWORD_POLICY', '{"minLength":8}', /Invalid PASSWORD_POLICY[\s\S]*requireLowercase/],
    ['LIMITS', 'not json', /Invalid environment variable LIMITS: not JSON/],
    ['LIMITS', JSON.stringify({ ...defaultLimits, maxDepth: -1 }), /Invalid LIMITS[\s\S]*maxDepth/],
    ['WALLET_CHAINS', '["ethereum"]', /Invalid WALLET_CHAINS/],
  ])('fails naming %s when it is %s', async (name, value, message) => {
    await expect(
      loadRuntimeConfig(stackEnv({ [name]: value }), async () =>
        JSON.stringify({ projects: [project] }),
      ),
    ).rejects.toThrow(message);
  });

  it('fails naming the directory when neither source is set, or the secret holds no valid projects', async () => {
    await expect(
      loadRuntimeConfig(stackEnv({ TENANT_DIRECTORY_ARN: undefined }), async () => '{}'),
    ).rejects.toThrow(/Missing required environment variable PROJECTS/);
    await expect(
      loadRuntimeConfig(stackEnv(), async () =>
        JSON.stringify({ projects: [{ ...project, projectId: 'nope' }] }),
      ),
    ).rejects.toThrow(/TENANT_DIRECTORY_ARN[\s\S]*projectId/);
  });

  it('reads the e-mail sender only where the stack sets it, and fails naming it when malformed', async () => {
    const directory = async () => JSON.stringify({ projects: [project] });
    expect((await loadRuntimeConfig(stackEnv(), directory)).emailSender).toBeUndefined();
    const sender = {
      fromEmail: 'no-reply@example.com',
      fromName: 'Example',
      sesRegion: 'eu-west-1',
    };
    const configured = await loadRuntimeConfig(
      stackEnv({ EMAIL_SENDER: JSON.stringify(sender) }),
      directory,
    );
    expect(configured.emailSender).toEqual(sender);
    await expect(
      loadRuntimeConfig(stackEnv({ EMAIL_SENDER: '{"fromEmail":"not an address"}' }), directory),
    ).rejects.toThrow(/EMAIL_SENDER[\s\S]*fromEmail/);
  });

  it('fails the init when the secret cannot be read (the next invocation retries the init)', async () => {
    await expect(
      loadRuntimeConfig(stackEnv(), async () => {
        throw new Error('AccessDeniedException');
      }),
    ).rejects.toThrow(/AccessDeniedException/);
  });
});

describe('lambdas/config.ts', () => {
  afterEach(() => {
    vi.unstubAllEnvs();
    vi.resetModules();
  });

  it('reads the configuration when first imported: a bad variable fails the import itself', async () => {
    vi.resetModules();
    vi.stubEnv('PASSWORD_POLICY', '{"minLength":"eight"}');
    await expect(import('../../lambdas/config.js')).rejects.toThrow(/Invalid PASSWORD_POLICY/);
  });

  it('serves the parsed values through the accessors handlers use', async () => {
    vi.resetModules();
    vi.stubEnv('LIMITS', JSON.stringify({ ...defaultLimits, maxKeysPerCall: 7 }));
    const config = await import('../../lambdas/config.js');
    expect(config.limits().maxKeysPerCall).toBe(7);
    const [first] = config.projects();
    expect(first && config.findProjectById(first.projectId)).toBe(first);
  });
});
