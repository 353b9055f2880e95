/** The synthesized template, checked with aws-cdk-lib/assertions, and cdk-nag AwsSolutions. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { App, Validations } from 'aws-cdk-lib';
import { Match, Template } from 'aws-cdk-lib/assertions';
import { AwsSolutionsChecks } from 'cdk-nag';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { resolveConfig } from '../../lib/config.js';
import { routeId, routes } from '../../lib/routes.js';
import { acknowledgedRules } from '../../lib/stack/nag-suppressions.js';
import { routeTableActions, UserDataStack } from '../../lib/stack/user-data-stack.js';
import { tables } from '../../lib/tables.js';

/** Bundling is the slow part of synth and not what these tests are about. */
const newApp = () => new App({ context: { 'aws:cdk:bundling-stacks': [] } });

type Resource = { Type: string; Properties: Record<string, unknown>; DeletionPolicy?: string };

let template: Template;
let resources: Record<string, Resource>;

beforeAll(() => {
  const app = newApp();
  const stack = new UserDataStack(app, 'Test', { config: resolveConfig() });
  template = Template.fromStack(stack);
  resources = template.toJSON().Resources as Record<string, Resource>;
});

const ofType = (type: string) =>
  Object.entries(resources).filter(([, resource]) => resource.Type === type);

describe('tables', () => {
  it('one per definition, each on demand with PITR, deletion protection and RETAIN', () => {
    const created = ofType('AWS::DynamoDB::Table');
    expect(created).toHaveLength(Object.keys(tables).length);
    for (const [, table] of created) {
      expect(table.DeletionPolicy).toBe('Retain');
      expect(table.Properties).toMatchObject({
        BillingMode: 'PAY_PER_REQUEST',
        DeletionProtectionEnabled: true,
        PointInTimeRecoverySpecification: { PointInTimeRecoveryEnabled: true },
      });
    }
  });
});

describe('functions', () => {
  it('one per route, Node.js 22 on arm64, each with its own role and a log group with retention', () => {
    const functions = ofType('AWS::Lambda::Function');
    expect(functions).toHaveLength(routes.length);
    const roles = new Set<string>();
    for (const [, fn] of functions) {
      expect(fn.Properties).toMatchObject({ Runtime: 'nodejs22.x', Architectures: ['arm64'] });
      roles.add(JSON.stringify(fn.Properties.Role));
    }
    expect(roles.size).toBe(routes.length);
    for (const [, group] of ofType('AWS::Logs::LogGroup')) {
      expect(group.Properties.RetentionInDays).toBe(30);
    }
    template.resourcePropertiesCountIs(
      'AWS::IAM::Role',
      { ManagedPolicyArns: Match.anyValue() },
      0,
    );
  });

  it('each role allows exactly the DynamoDB actions its route declares, on exactly those tables', () => {
    const tableIds = Object.fromEntries(
      ofType('AWS::DynamoDB::Table').map(([logicalId]) => [
        Object.values(tables).find((table) => logicalId.startsWith(table.id))?.id,
        logicalId,
      ]),
    );
    for (const route of routes) {
      const [fnId, fn] = ofType('AWS::Lambda::Function').find(([id]) =>
        new RegExp(`^${routeId(route)}[0-9A-F]{8}$`).test(id),
      ) ?? [route.handler, undefined];
      if (!fn) throw new Error(`no function for ${route.handler}`);
      const roleId = (fn.Properties.Role as { 'Fn::GetAtt': [string] })['Fn::GetAtt'][0];
      const granted: Record<string, string[]> = {};
      for (const [, policy] of ofType('AWS::IAM::Policy')) {
        if (
          !(policy.Properties.Roles as Array<{ Ref: string }>).some((role) => role.Ref === roleId)
        )
          continue;
        const statements = (
          policy.Properties.PolicyDocument as {
            Statement: Array<{ Action: string | string[]; Resource: unknown }>;
          }
        ).Statement;
        for (const statement of statements) {
          const actions = [statement.Action]
            .flat()
            .filter((action) => action.startsWith('dynamodb:'));
          if (actions.length === 0) continue;
          const target = JSON.stringify(statement.Resource);
          const table = Object.keys(tableIds).find((id) => target.includes(tableIds[id] as string));
          expect(table, `${fnId}: a DynamoDB grant on something that is not a table`).toBeDefined();
          granted[table as string] = [...(granted[table as string] ?? []), ...actions].sort();
        }
      }
      const expected = Object.fromEntries(
        Object.entries(routeTableActions(route)).map(([name, actions]) => [
          tables[name as keyof typeof tables].id,
          (actions ?? []).map((action) => `dynamodb:${action}`).sort(),
        ]),
      );
      expect(granted, `${route.method} ${route.path}`).toEqual(expected);
    }
  });
});

describe('HTTP API', () => {
  it('has a route for every entry of the route table, and nothing else', () => {
    const keys = ofType('AWS::ApiGatewayV2::Route')
      .map(([, route]) => route.Properties.RouteKey)
      .sort();
    expect(keys).toEqual(routes.map((route) => `${route.method} ${route.path}`).sort());
  });

  it('uses payload format 2.0, CORS, and a throttled default stage with access logs', () => {
    template.hasResourceProperties('AWS::ApiGatewayV2::Integration', {
      PayloadFormatVersion: '2.0',
    });
    template.hasResourceProperties('AWS::ApiGatewayV2::Api', {
      ProtocolType: 'HTTP',
      CorsConfiguration: Match.objectLike({ AllowHeaders: Match.arrayWith(['authorization']) }),
    });
    template.hasResourceProperties('AWS::ApiGatewayV2::Stage', {
      StageName: '$default',
      DefaultRouteSettings: { ThrottlingRateLimit: 100, ThrottlingBurstLimit: 200 },
      AccessLogSettings: Match.objectLike({ DestinationArn: Match.anyValue() }),
    });
  });
});

describe('Cognito', () => {
  it('a retained user pool with a password policy, and clients for the password and refresh flows', () => {
    template.hasResource('AWS::Cognito::UserPool', {
      DeletionPolicy: 'Retain',
      Properties: Match.objectLike({
        Policies: { PasswordPolicy: Match.objectLike({ MinimumLength: 8, RequireSymbols: true }) },
      }),
    });
    template.resourceCountIs('AWS::Cognito::UserPoolClient', 2);
    template.allResourcesProperties('AWS::Cognito::UserPoolClient', {
      ExplicitAuthFlows: Match.arrayWith(['ALLOW_USER_PASSWORD_AUTH', 'ALLOW_REFRESH_TOKEN_AUTH']),
      PreventUserExistenceErrors: 'ENABLED',
      GenerateSecret: false,
      AllowedOAuthFlowsUserPoolClient: false,
    });
  });

  it('outputs the API URL, pool, client and default project', () => {
    for (const output of ['ApiUrl', 'UserPoolId', 'UserPoolClientId', 'DefaultProjectId']) {
      template.hasOutput(output, Match.anyValue());
    }
  });
});

describe('configuration', () => {
  it('takes overrides from context and refuses invalid ones', () => {
    const app = newApp();
    const stack = new UserDataStack(app, 'Custom', {
      config: resolveConfig({
        throttle: { rateLimit: 5, burstLimit: 10 },
        lambda: { memorySize: 1024, timeoutSeconds: 5, logRetentionDays: 7 },
      }),
    });
    const custom = Template.fromStack(stack);
    custom.hasResourceProperties('AWS::ApiGatewayV2::Stage', {
      DefaultRouteSettings: { ThrottlingRateLimit: 5, ThrottlingBurstLimit: 10 },
    });
    custom.allResourcesProperties('AWS::Lambda::Function', { MemorySize: 1024, Timeout: 5 });
    expect(() => resolveConfig({ projects: [{ projectId: 'not-a-uuid' }] })).toThrow(/projectId/);
  });
});

describe('backend clients', () => {
  it('a project may get a client-credentials client with the resource server’s scopes', () => {
    const app = newApp();
    const config = resolveConfig({
      oauthDomainPrefix: 'example-user-data',
      projects: [{ projectId: '5d5b0676-ce0f-4058-b2bf-49af49f61cb5', backendClient: true }],
    });
    const backend = Template.fromStack(new UserDataStack(app, 'Backend', { config }));
    backend.hasResourceProperties('AWS::Cognito::UserPoolResourceServer', {
      Identifier: 'userdata',
      Scopes: Match.arrayWith([Match.objectLike({ ScopeName: 'userinfo-lookup' })]),
    });
    backend.hasResourceProperties('AWS::Cognito::UserPoolDomain', { Domain: 'example-user-data' });
    backend.hasResourceProperties('AWS::Cognito::UserPoolClient', {
      AllowedOAuthFlows: ['client_credentials'],
      GenerateSecret: true,
    });
    const scopes = JSON.stringify(
      backend.findResources('AWS::Cognito::UserPoolClient', {
        Properties: { GenerateSecret: true },
      }),
    );
    for (const scope of ['user-data-get', 'user-data-set', 'userinfo-lookup'])
      expect(scopes).toContain(`/${scope}`);
    // Its tokens are accepted: the client is among the project's client ids.
    const env = JSON.stringify(backend.findResources('AWS::Lambda::Function'));
    const [clientId] = Object.keys(
      backend.findResources('AWS::Cognito::UserPoolClient', {
        Properties: { GenerateSecret: true },
      }),
    );
    expect(env).toContain(clientId);
  });

  it('refuses a backend client without a domain prefix', () => {
    expect(() =>
      resolveConfig({
        projects: [{ projectId: '5d5b0676-ce0f-4058-b2bf-49af49f61cb5', backendClient: true }],
      }),
    ).toThrow(/oauthDomainPrefix/);
  });
});

describe('cdk-nag AwsSolutions', () => {
  function synthWithNag(acknowledgeNagFindings: boolean): string[] {
    const app = newApp();
    new UserDataStack(app, 'Nag', { config: resolveConfig(), acknowledgeNagFindings });
    Validations.of(app).addPlugins(new AwsSolutionsChecks(app));
    const quiet = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const quietLog = vi.spyOn(console, 'log').mockImplementation(() => undefined);
    try {
      app.synth();
      return [];
    } catch {
      const report = JSON.parse(
        readFileSync(join(app.outdir, 'validation-report.json'), 'utf8'),
      ) as {
        pluginReports: Array<{ violations: Array<{ ruleName: string }> }>;
      };
      return report.pluginReports.flatMap((plugin) =>
        plugin.violations.map((violation) => violation.ruleName),
      );
    } finally {
      quiet.mockRestore();
      quietLog.mockRestore();
    }
  }

  it('finds no unacknowledged error', () => {
    expect(synthWithNag(true)).toEqual([]);
  });

  it('every acknowledgment answers a finding that would otherwise fail the synth', () => {
    const findings = new Set(
      synthWithNag(false).map((rule) => rule.replace(/^AwsSolutions::/, '')),
    );
    for (const rule of acknowledgedRules) {
      expect(findings.has(rule.id), rule.id).toBe(true);
      expect(rule.reason.length).toBeGreaterThan(40);
    }
  });
});
