/** The stack hands the handlers the real providers' settings from the typed config. */
import { App } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import { describe, expect, it } from 'vitest';
import { DEFAULT_PROJECT_ID, resolveConfig } from '../../lib/config.js';
import { UserDataStack } from '../../lib/stack/user-data-stack.js';

type Resource = { Type: string; Properties: Record<string, unknown> };

const FACEBOOK_SECRET = 'arn:aws:secretsmanager:eu-west-1:123456789012:secret:facebook-app-AbCdEf';

describe('identity providers in the stack', () => {
  const app = new App({ context: { 'aws:cdk:bundling-stacks': [] } });
  const stack = new UserDataStack(app, 'Providers', {
    config: resolveConfig({
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
      ],
    }),
  });
  const resources = Template.fromStack(stack).toJSON().Resources as Record<string, Resource>;
  const functions = Object.entries(resources).filter(
    ([id, resource]) => resource.Type === 'AWS::Lambda::Function' && !id.startsWith('LogRetention'),
  );
  const envOf = (resource: Resource) =>
    (resource.Properties.Environment as { Variables: Record<string, unknown> }).Variables ?? {};

  it('sets IDENTITY_PROVIDERS with the real hosts (no stand-ins)', () => {
    const [, any] = functions.find(([id]) => id.startsWith('GetUserCheckNonstandard')) ?? [];
    expect(any).toBeDefined();
    const settings = JSON.parse(String(envOf(any as Resource).IDENTITY_PROVIDERS));
    expect(settings[DEFAULT_PROJECT_ID]).toEqual({
      authZero: {
        issuer: 'https://example.eu.auth0.com/',
        audience: ['https://api.example.com'],
        jwksUri: 'https://example.eu.auth0.com/.well-known/jwks.json',
      },
      google: { clientIds: ['1234-abc.apps.googleusercontent.com'] },
      facebook: { appId: '1000000000000001', appSecretArn: FACEBOOK_SECRET },
      twitter: {},
    });
    expect(JSON.stringify(resources)).not.toContain('127.0.0.1');
  });

  it('lets only the provider check read the Facebook app secret', () => {
    const readers = Object.entries(resources)
      .filter(([, resource]) => resource.Type === 'AWS::IAM::Policy')
      .filter(([, resource]) => JSON.stringify(resource.Properties).includes(FACEBOOK_SECRET))
      .map(([id]) => id);
    expect(readers).toHaveLength(1);
    expect(readers[0]).toMatch(/^GetUserCheckNonstandard/);
  });
});
