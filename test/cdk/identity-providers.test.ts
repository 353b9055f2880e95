/**
 * The stack hands the handlers the real providers' settings from the typed config, in the
 * tenant directory (not the functions' environment, which must not grow with the projects).
 */
import { describe, expect, it } from 'vitest';
import { DEFAULT_PROJECT_ID, resolveConfig } from '../../lib/config.js';
import { synth } from './synth.js';

const FACEBOOK_SECRET = 'arn:aws:secretsmanager:eu-west-1:123456789012:secret:facebook-app-AbCdEf';
const OTHER_PROJECT = '5d5b0676-ce0f-4058-b2bf-000000000001';

/** A template string value with every deploy-time part (Ref, Fn::*) replaced by `<deploy>`. */
function literal(value: unknown): string {
  if (typeof value === 'string') return value;
  if (value && typeof value === 'object' && 'Fn::Join' in value) {
    const [separator, parts] = (value as { 'Fn::Join': [string, unknown[]] })['Fn::Join'];
    return parts.map(literal).join(separator);
  }
  return '<deploy>';
}

describe('identity providers in the stack', () => {
  const synthesized = synth(
    resolveConfig({
      projects: [
        {
          projectId: DEFAULT_PROJECT_ID,
          providers: ['awsCognito', 'authZero', 'google', 'facebook', 'twitter'],
          identityProviders: {
            authZero: {
              issuer: 'https://example.eu.auth0.com/',
              audience: ['https://api.example.com'],
            },
            google: { clientIds: ['1234-abc.apps.googleusercontent.com'] },
            facebook: { appId: '1000000000000001', appSecretArn: FACEBOOK_SECRET },
            twitter: {},
          },
        },
        { projectId: OTHER_PROJECT },
      ],
    }),
    { id: 'Providers' },
  );

  it('writes the real hosts into the tenant directory (no stand-ins), only for projects with providers', () => {
    const secrets = synthesized
      .ofType('AWS::SecretsManager::Secret')
      .filter(([id]) => id.startsWith('TenantDirectory'));
    expect(secrets).toHaveLength(1);
    const [, secret] = secrets[0] as (typeof secrets)[number];
    const directory = JSON.parse(literal(secret.Properties.SecretString)) as {
      projects: Array<{ projectId: string; identityProviders?: unknown }>;
    };
    const byId = new Map(directory.projects.map((project) => [project.projectId, project]));
    expect(byId.get(DEFAULT_PROJECT_ID)?.identityProviders).toEqual({
      authZero: {
        issuer: 'https://example.eu.auth0.com/',
        audience: ['https://api.example.com'],
        jwksUri: 'https://example.eu.auth0.com/.well-known/jwks.json',
      },
      google: { clientIds: ['1234-abc.apps.googleusercontent.com'] },
      facebook: { appId: '1000000000000001', appSecretArn: FACEBOOK_SECRET },
      twitter: {},
    });
    expect(byId.get(OTHER_PROJECT)).toBeDefined();
    expect(byId.get(OTHER_PROJECT)).not.toHaveProperty('identityProviders');
    expect(JSON.stringify(synthesized.resources)).not.toContain('127.0.0.1');
  });

  it('keeps provider settings out of every function environment', () => {
    const functions = synthesized.ofType('AWS::Lambda::Function');
    expect(functions.length).toBeGreaterThan(0);
    for (const [id, fn] of functions) {
      const variables = JSON.stringify(fn.Properties.Environment ?? {});
      expect(variables, id).not.toContain('IDENTITY_PROVIDERS');
      expect(variables, id).not.toContain('example.eu.auth0.com');
    }
  });

  it('lets only the provider check read the Facebook app secret', () => {
    const readers = synthesized
      .ofType('AWS::IAM::Policy')
      .filter(([, resource]) => JSON.stringify(resource.Properties).includes(FACEBOOK_SECRET))
      .map(([id]) => id);
    expect(readers).toHaveLength(1);
    expect(readers[0]).toMatch(/^GetUserCheckNonstandard/);
  });
});
