/** The synthesized templates, checked with aws-cdk-lib/assertions, and cdk-nag AwsSolutions. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Validations } from 'aws-cdk-lib';
import { Match } from 'aws-cdk-lib/assertions';
import { AwsSolutionsChecks } from 'cdk-nag';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { LOG_RETENTION_DAYS, resolveConfig } from '../../lib/config.js';
import { routeId, routes } from '../../lib/routes.js';
import { acknowledgedRules } from '../../lib/stack/nag-suppressions.js';
import {
  ACCESS_LOG_FIELDS,
  routeTableActions,
  UserDataStack,
} from '../../lib/stack/user-data-stack.js';
import { tables } from '../../lib/tables.js';
import { newApp, type Synthesized, synth } from './synth.js';

let synthesized: Synthesized;

/** The one element of a list (fails the test when there is not exactly one). */
function only<T>(list: readonly T[]): T {
  expect(list).toHaveLength(1);
  return list[0] as T;
}

beforeAll(() => {
  synthesized = synth(resolveConfig());
});

const functionOf = (route: (typeof routes)[number]) => {
  const found = synthesized
    .ofType('AWS::Lambda::Function')
    .find(([id]) => new RegExp(`^${routeId(route)}[0-9A-F]{8}$`).test(id));
  if (!found) throw new Error(`no function for ${route.method} ${route.path}`);
  return found;
};

/** Every statement of the policies attached to a function's role. */
const statementsOf = (route: (typeof routes)[number]) => {
  const [, fn, templateId] = functionOf(route);
  const roleId = (fn.Properties.Role as { 'Fn::GetAtt': [string] })['Fn::GetAtt'][0];
  return synthesized
    .ofType('AWS::IAM::Policy')
    .filter(
      ([, policy, inTemplate]) =>
        inTemplate === templateId &&
        (policy.Properties.Roles as Array<{ Ref: string }>).some((role) => role.Ref === roleId),
    )
    .flatMap(
      ([, policy]) =>
        (
          policy.Properties.PolicyDocument as {
            Statement: Array<{ Action: string | string[]; Resource: unknown }>;
          }
        ).Statement,
    );
};

describe('tables', () => {
  it('one per definition, each on demand with PITR, deletion protection and RETAIN', () => {
    const created = synthesized.ofType('AWS::DynamoDB::Table');
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
  it('one per route, Node.js 24 on arm64, traced, with source maps, own role and log group', () => {
    const functions = synthesized.ofType('AWS::Lambda::Function');
    expect(functions).toHaveLength(routes.length);
    const roles = new Set<string>();
    const logGroups = new Set<string>();
    for (const [id, fn, templateId] of functions) {
      expect(fn.Properties).toMatchObject({
        Runtime: 'nodejs24.x',
        Architectures: ['arm64'],
        TracingConfig: { Mode: 'Active' },
        Environment: {
          Variables: expect.objectContaining({ NODE_OPTIONS: '--enable-source-maps' }),
        },
      });
      roles.add(`${templateId}/${JSON.stringify(fn.Properties.Role)}`);
      expect(fn.Properties.LoggingConfig, id).toEqual({ LogGroup: { Ref: expect.any(String) } });
      logGroups.add(`${templateId}/${JSON.stringify(fn.Properties.LoggingConfig)}`);
    }
    expect(roles.size).toBe(routes.length);
    expect(logGroups.size).toBe(routes.length);
    for (const [, group] of synthesized.ofType('AWS::Logs::LogGroup')) {
      expect(group.Properties.RetentionInDays).toBe(30);
    }
    for (const { template } of synthesized.templates) {
      template.resourcePropertiesCountIs(
        'AWS::IAM::Role',
        { ManagedPolicyArns: Match.anyValue() },
        0,
      );
    }
  });

  it('each role allows exactly the DynamoDB actions its route declares, on exactly those tables', () => {
    // Nested stacks see a table through a parameter named after its construct id.
    const tableIds = Object.fromEntries(Object.values(tables).map((table) => [table.id, table.id]));
    for (const route of routes) {
      const granted: Record<string, string[]> = {};
      for (const statement of statementsOf(route)) {
        const actions = [statement.Action]
          .flat()
          .filter((action) => action.startsWith('dynamodb:'));
        if (actions.length === 0) continue;
        const target = JSON.stringify(statement.Resource);
        const table = Object.keys(tableIds).find((id) => target.includes(tableIds[id] as string));
        expect(
          table,
          `${route.path}: a DynamoDB grant on something that is not a table`,
        ).toBeDefined();
        granted[table as string] = [...(granted[table as string] ?? []), ...actions].sort();
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

  it('Cognito admin actions only on the routes that declare them, on the pool', () => {
    for (const route of routes) {
      const cognitoActions = statementsOf(route)
        .flatMap((statement) => [statement.Action].flat())
        .filter((action) => action.startsWith('cognito-idp:'))
        .sort();
      expect(cognitoActions, `${route.method} ${route.path}`).toEqual(
        (route.cognito ?? []).map((action) => `cognito-idp:${action}`).sort(),
      );
    }
    const login = routes.find((route) => route.handler === 'account-user-login');
    expect(login?.cognito).toEqual(['AdminInitiateAuth', 'DescribeUserPoolClient']);
    // The app client secret's read: only the routes that call Cognito through an app client.
    expect(
      routes
        .filter((route) => route.cognito?.includes('DescribeUserPoolClient'))
        .map((route) => `${route.method} ${route.path}`)
        .sort(),
    ).toEqual([
      'POST /user',
      'POST /user/confirm-forgot-password',
      'POST /user/logout',
      'POST /user/refresh',
      'PUT /user/change-password',
      'PUT /user/forgot-password',
      'PUT /user/login',
    ]);
  });

  it('ses:SendEmail and the sender only on the routes that mail, and only with `email` configured', () => {
    const sesActions = (route: (typeof routes)[number], statements = statementsOf(route)) =>
      statements.filter((statement) =>
        [statement.Action].flat().some((action) => action.startsWith('ses:')),
      );
    for (const route of routes) {
      expect(sesActions(route), `${route.method} ${route.path}`).toEqual([]);
      const [, fn] = functionOf(route);
      expect(fn.Properties.Environment, route.path).not.toHaveProperty('Variables.EMAIL_SENDER');
    }

    const configured = synth(
      resolveConfig({
        email: {
          fromEmail: 'no-reply@mail.example.com',
          fromName: 'Example',
          replyTo: 'help@example.com',
          configurationSetName: 'user-data',
          sesRegion: 'eu-west-1',
          sesVerifiedDomain: 'mail.example.com',
        },
      }),
      { id: 'Mailing' },
    );
    const mailing = routes.filter((route) => route.sendsMail);
    expect(mailing.map((route) => `${route.method} ${route.path}`)).toEqual(['POST /user']);
    for (const route of routes) {
      const found = configured
        .ofType('AWS::Lambda::Function')
        .find(([id]) => new RegExp(`^${routeId(route)}[0-9A-F]{8}$`).test(id));
      if (!found) throw new Error(`no function for ${route.method} ${route.path}`);
      const [, fn, templateId] = found;
      const roleId = (fn.Properties.Role as { 'Fn::GetAtt': [string] })['Fn::GetAtt'][0];
      const statements = configured
        .ofType('AWS::IAM::Policy')
        .filter(
          ([, policy, inTemplate]) =>
            inTemplate === templateId &&
            (policy.Properties.Roles as Array<{ Ref: string }>).some((role) => role.Ref === roleId),
        )
        .flatMap(
          ([, policy]) =>
            (
              policy.Properties.PolicyDocument as {
                Statement: Array<{ Action: string | string[]; Resource: unknown }>;
              }
            ).Statement,
        );
      const variables = (fn.Properties.Environment as { Variables: Record<string, unknown> })
        .Variables;
      if (!route.sendsMail) {
        expect(sesActions(route, statements), route.path).toEqual([]);
        expect(variables, route.path).not.toHaveProperty('EMAIL_SENDER');
        continue;
      }
      // Only SendEmail, on the verified domain's identity and the configuration set.
      const [statement] = sesActions(route, statements);
      expect(sesActions(route, statements)).toHaveLength(1);
      expect(statement?.Action).toBe('ses:SendEmail');
      const resources = JSON.stringify(statement?.Resource);
      expect(resources).toContain(':ses:eu-west-1:');
      expect(resources).toContain(':identity/mail.example.com');
      expect(resources).toContain(':configuration-set/user-data');
      expect(resources).not.toContain('*');
      expect((statement as { Condition?: unknown } | undefined)?.Condition).toEqual({
        StringEquals: { 'ses:FromAddress': 'no-reply@mail.example.com' },
      });
      expect(JSON.parse(String(variables.EMAIL_SENDER))).toEqual({
        fromEmail: 'no-reply@mail.example.com',
        fromName: 'Example',
        replyTo: 'help@example.com',
        configurationSetName: 'user-data',
        sesRegion: 'eu-west-1',
      });
    }
  });

  it('configuration comes from the tenant directory secret, not from PROJECTS in the environment', () => {
    for (const [id, fn] of synthesized.ofType('AWS::Lambda::Function')) {
      const variables = (fn.Properties.Environment as { Variables: Record<string, unknown> })
        .Variables;
      expect(Object.keys(variables), id).toEqual(
        expect.arrayContaining(['TENANT_DIRECTORY_ARN', 'LIMITS', 'PASSWORD_POLICY']),
      );
      expect(variables).not.toHaveProperty('PROJECTS');
      expect(variables).not.toHaveProperty('CLIENT_SECRET_ARNS');
    }
    synthesized.templates
      .find(({ id }) => id === 'Tenants')
      ?.template.hasResourceProperties('AWS::SecretsManager::Secret', {
        SecretString: Match.objectLike({
          'Fn::Join': Match.arrayWith([Match.arrayWith([Match.stringLikeRegexp('"projects":')])]),
        }),
      });
  });
});

describe('HTTP API', () => {
  it('has a route for every entry of the route table, and nothing else', () => {
    const keys = synthesized
      .ofType('AWS::ApiGatewayV2::Route')
      .map(([, route]) => route.Properties.RouteKey)
      .sort();
    expect(keys).toEqual(routes.map((route) => `${route.method} ${route.path}`).sort());
  });

  it('uses payload format 2.0, CORS, and a throttled default stage', () => {
    const integrations = synthesized.ofType('AWS::ApiGatewayV2::Integration');
    expect(integrations).toHaveLength(routes.length);
    for (const [, integration] of integrations) {
      expect(integration.Properties.PayloadFormatVersion).toBe('2.0');
    }
    synthesized.template.hasResourceProperties('AWS::ApiGatewayV2::Api', {
      ProtocolType: 'HTTP',
      CorsConfiguration: Match.objectLike({ AllowHeaders: Match.arrayWith(['authorization']) }),
    });
    synthesized.template.hasResourceProperties('AWS::ApiGatewayV2::Stage', {
      StageName: '$default',
      DefaultRouteSettings: { ThrottlingRateLimit: 100, ThrottlingBurstLimit: 200 },
    });
  });

  it('throttles each route that declares a limit with its own setting, after the route exists', () => {
    const [, stage] = only(synthesized.ofType('AWS::ApiGatewayV2::Stage'));
    const declared = routes.filter((route) => route.throttle);
    expect(declared.map((route) => route.handler).sort()).toEqual(
      [
        'account-confirm-forgot-password',
        'account-forgot-password',
        'account-user-login',
        'account-refresh',
        'account-user-create',
      ].sort(),
    );
    expect(stage.Properties.RouteSettings).toEqual(
      Object.fromEntries(
        declared.map((route) => [
          `${route.method} ${route.path}`,
          {
            ThrottlingRateLimit: route.throttle?.rateLimit,
            ThrottlingBurstLimit: route.throttle?.burstLimit,
          },
        ]),
      ),
    );
    const login = declared.find((route) => route.handler === 'account-user-login');
    expect(login?.throttle?.rateLimit).toBeLessThanOrEqual(10);
    // Every slice that creates routes is deployed before the stage names them.
    expect(stage.DependsOn?.filter((id) => id.startsWith('Routes'))).toHaveLength(
      synthesized.templates.filter(({ id }) => id.startsWith('Routes')).length,
    );
  });

  it('writes JSON access logs with the request id, route key, status and integration details', () => {
    const [, stage] = only(synthesized.ofType('AWS::ApiGatewayV2::Stage'));
    const settings = stage.Properties.AccessLogSettings as {
      Format: string;
      DestinationArn: unknown;
    };
    const format = JSON.parse(settings.Format) as Record<string, string>;
    expect(format).toEqual(ACCESS_LOG_FIELDS);
    expect(format).toMatchObject({
      requestId: '$context.requestId',
      routeKey: '$context.routeKey',
      status: '$context.status',
      integrationLatency: '$context.integrationLatency',
      integrationErrorMessage: '$context.integrationErrorMessage',
    });
    expect(settings.DestinationArn).toBeDefined();
  });
});

describe('Cognito', () => {
  it('a retained, case-insensitive pool that refuses self sign-up, with Cognito’s e-mail by default', () => {
    synthesized.template.hasResource('AWS::Cognito::UserPool', {
      DeletionPolicy: 'Retain',
      Properties: Match.objectLike({
        UsernameConfiguration: { CaseSensitive: false },
        AdminCreateUserConfig: { AllowAdminCreateUserOnly: true },
        Policies: { PasswordPolicy: Match.objectLike({ MinimumLength: 8, RequireSymbols: true }) },
        EmailConfiguration: { EmailSendingAccount: 'COGNITO_DEFAULT' },
        UserPoolTier: 'ESSENTIALS',
        MfaConfiguration: 'OFF',
      }),
    });
  });

  it('app clients sign in only through the admin password flow, with a secret only the backend reads', () => {
    const clients = synthesized.ofType('AWS::Cognito::UserPoolClient');
    expect(clients).toHaveLength(2);
    for (const [, client] of clients) {
      expect(client.Properties).toMatchObject({
        ExplicitAuthFlows: ['ALLOW_ADMIN_USER_PASSWORD_AUTH', 'ALLOW_REFRESH_TOKEN_AUTH'],
        PreventUserExistenceErrors: 'ENABLED',
        // No refresh, reset or revocation at Cognito without proof of the secret.
        GenerateSecret: true,
        AllowedOAuthFlowsUserPoolClient: false,
      });
    }
    // The secret is read by the handlers at run time (DescribeUserPoolClient), not copied
    // into the template by a custom resource per client (CDK's userPoolClientSecret).
    expect(synthesized.ofType('Custom::DescribeCognitoUserPoolClient')).toEqual([]);
  });

  it('SES e-mail, threat protection and MFA come from the configuration', () => {
    const { template } = synth(
      resolveConfig({
        email: {
          fromEmail: 'no-reply@example.com',
          fromName: 'Example',
          configurationSetName: 'user-data',
          sesRegion: 'eu-west-1',
        },
        threatProtection: 'enforced',
        mfa: 'optional',
      }),
      { id: 'Configured' },
    );
    template.hasResourceProperties('AWS::Cognito::UserPool', {
      EmailConfiguration: Match.objectLike({
        EmailSendingAccount: 'DEVELOPER',
        From: 'Example <no-reply@example.com>',
        ConfigurationSet: 'user-data',
        SourceArn: Match.anyValue(),
      }),
      UserPoolTier: 'PLUS',
      UserPoolAddOns: { AdvancedSecurityMode: 'ENFORCED' },
      MfaConfiguration: 'OPTIONAL',
      EnabledMfas: ['SOFTWARE_TOKEN_MFA'],
    });
  });

  it('outputs the API URL, pool, client, default project and tenant directory', () => {
    for (const output of [
      'ApiUrl',
      'UserPoolId',
      'UserPoolClientId',
      'DefaultProjectId',
      'TenantDirectoryArn',
    ]) {
      synthesized.template.hasOutput(output, Match.anyValue());
    }
  });
});

describe('alarms and dashboard', () => {
  it('alarms on the 5xx rate, each function’s errors and throttles, DynamoDB and Cognito throttles', () => {
    const alarms = synthesized.ofType('AWS::CloudWatch::Alarm');
    const metricNames = (alarm: (typeof alarms)[number][1]) =>
      JSON.stringify(alarm.Properties.Metrics ?? alarm.Properties.MetricName);
    const named = (pattern: RegExp) =>
      alarms.filter(([, alarm]) => pattern.test(metricNames(alarm)));
    expect(named(/"5xx"/)).toHaveLength(1);
    expect(named(/"Errors".*"Throttles"|"Throttles".*"Errors"/)).toHaveLength(routes.length);
    expect(named(/ReadThrottleEvents/)).toHaveLength(Object.keys(tables).length);
    expect(named(/"ThrottleCount"/)).toHaveLength(1);
    expect(named(/"MetricName":"requests"/)).toHaveLength(1);
    // No topic configured: the alarms only show.
    for (const [, alarm] of alarms) expect(alarm.Properties.AlarmActions).toBeUndefined();
    synthesized.template.resourceCountIs('AWS::CloudWatch::Dashboard', 1);
  });

  it('alarms on the server_error + unavailable share of the handlers’ outcomes, over every route', () => {
    const [, alarm] = only(
      synthesized
        .ofType('AWS::CloudWatch::Alarm')
        .filter(([, each]) =>
          JSON.stringify(each.Properties.Metrics).includes('"MetricName":"requests"'),
        ),
    );
    const queries = alarm.Properties.Metrics as Array<{
      Id: string;
      Expression?: string;
      MetricStat?: {
        Metric: { Namespace: string; MetricName: string; Dimensions: unknown[] };
        Stat: string;
      };
    }>;
    const outcomeOf = new Map(
      queries
        .filter((query) => query.MetricStat)
        .map((query) => {
          const metric = query.MetricStat?.Metric;
          expect(metric).toMatchObject({ Namespace: 'UserDataBackend', MetricName: 'requests' });
          expect(query.MetricStat?.Stat).toBe('Sum');
          // Per outcome over all routes: the {service, outcome} set, no route dimension.
          const dimensions = Object.fromEntries(
            ((metric?.Dimensions ?? []) as Array<{ Name: string; Value: string }>).map((d) => [
              d.Name,
              d.Value,
            ]),
          );
          expect(Object.keys(dimensions).sort()).toEqual(['outcome', 'service']);
          expect(dimensions.service).toBe('user-data-backend');
          return [query.Id, dimensions.outcome];
        }),
    );
    expect([...outcomeOf.values()].sort()).toEqual(
      ['client_error', 'ok', 'server_error', 'throttled', 'unavailable'].sort(),
    );
    const expression = only(queries.filter((query) => query.Expression))?.Expression ?? '';
    // The numerator is exactly server_error + unavailable; the denominator every outcome.
    const numerator = /100 \* \(([^)]*\)[^)]*\))\)/.exec(expression)?.[1] ?? '';
    const named = [...numerator.matchAll(/FILL\((\w+), 0\)/g)].map((m) =>
      outcomeOf.get(m[1] ?? ''),
    );
    expect(named.sort()).toEqual(['server_error', 'unavailable']);
    expect(alarm.Properties).toMatchObject({
      Threshold: 1,
      ComparisonOperator: 'GreaterThanThreshold',
    });
  });

  it('the dashboard graphs the handlers’ requests, error classes, latency and cold starts by route', () => {
    const [, dashboard] = only(synthesized.ofType('AWS::CloudWatch::Dashboard'));
    const body = JSON.stringify(dashboard.Properties.DashboardBody);
    for (const title of [
      'server_error and unavailable by route',
      'client_error and throttled by route',
      'Handler latency p99 by route (ms)',
      'Requests by route and outcome',
      'Cold starts by function',
    ]) {
      expect(body).toContain(title);
    }
    // SEARCH over the {service, route, outcome} set of the configured namespace and service.
    expect(body).toContain(
      String.raw`SEARCH('{\\\"UserDataBackend\\\",service,route,outcome} MetricName=\\\"requests\\\" service=\\\"user-data-backend\\\" (outcome=\\\"server_error\\\" OR outcome=\\\"unavailable\\\")', 'Sum', 300)`,
    );
  });

  it('takes the metrics namespace and service from the config, in every function and the dashboard', () => {
    const custom = synth(
      resolveConfig({ metrics: { namespace: 'Acme/UserData', serviceName: 'acme-users' } }),
      { id: 'Named' },
    );
    for (const [, fn] of custom.ofType('AWS::Lambda::Function')) {
      expect(fn.Properties.Environment).toMatchObject({
        Variables: {
          POWERTOOLS_METRICS_NAMESPACE: 'Acme/UserData',
          POWERTOOLS_SERVICE_NAME: 'acme-users',
        },
      });
    }
    const [, dashboard] = only(custom.ofType('AWS::CloudWatch::Dashboard'));
    expect(JSON.stringify(dashboard.Properties.DashboardBody)).toContain('Acme/UserData');
    expect(() => resolveConfig({ metrics: { namespace: 'AWS/Lambda' } })).toThrow(/namespace/);
  });

  it('sends every alarm to the configured SNS topic', () => {
    const topicArn = 'arn:aws:sns:eu-west-1:123456789012:operations';
    const alarms = synth(resolveConfig({ alarmTopicArn: topicArn }), { id: 'Alarmed' }).ofType(
      'AWS::CloudWatch::Alarm',
    );
    expect(alarms.length).toBeGreaterThan(routes.length);
    for (const [id, alarm] of alarms) expect(alarm.Properties.AlarmActions, id).toEqual([topicArn]);
  });
});

describe('configuration', () => {
  it('takes overrides from context and refuses invalid ones', () => {
    const custom = synth(
      resolveConfig({
        throttle: { rateLimit: 5, burstLimit: 10 },
        lambda: { memorySize: 1024, timeoutSeconds: 5, logRetentionDays: 7, sourceMaps: false },
        routeMetrics: true,
      }),
      { id: 'Custom' },
    );
    custom.template.hasResourceProperties('AWS::ApiGatewayV2::Stage', {
      DefaultRouteSettings: {
        ThrottlingRateLimit: 5,
        ThrottlingBurstLimit: 10,
        DetailedMetricsEnabled: true,
      },
    });
    for (const [, fn] of custom.ofType('AWS::Lambda::Function')) {
      expect(fn.Properties).toMatchObject({ MemorySize: 1024, Timeout: 5 });
      expect(JSON.stringify(fn.Properties.Environment)).not.toContain('NODE_OPTIONS');
    }
    expect(() => resolveConfig({ projects: [{ projectId: 'not-a-uuid' }] })).toThrow(/projectId/);
  });

  it('accepts only the log retention periods CloudWatch accepts', () => {
    for (const days of LOG_RETENTION_DAYS) {
      expect(
        resolveConfig({ lambda: { memorySize: 512, timeoutSeconds: 10, logRetentionDays: days } })
          .lambda.logRetentionDays,
      ).toBe(days);
    }
    expect(() =>
      resolveConfig({ lambda: { memorySize: 512, timeoutSeconds: 10, logRetentionDays: 31 } }),
    ).toThrow(/CloudWatch Logs accepts[\s\S]*logRetentionDays/);
  });

  it('refuses a Cognito domain prefix Cognito would refuse, and duplicate projects', () => {
    expect(() => resolveConfig({ oauthDomainPrefix: 'my-cognito-app' })).toThrow(
      /oauthDomainPrefix/,
    );
    const projectId = '5d5b0676-ce0f-4058-b2bf-49af49f61cb5';
    expect(() => resolveConfig({ projects: [{ projectId }, { projectId }] })).toThrow(/unique/);
    expect(() => resolveConfig({ email: { fromEmail: 'not an address' } })).toThrow(/fromEmail/);
  });
});

describe('backend clients', () => {
  it('a project may get a client-credentials client with the resource server’s scopes', () => {
    const backend = synth(
      resolveConfig({
        oauthDomainPrefix: 'example-user-data',
        projects: [{ projectId: '5d5b0676-ce0f-4058-b2bf-49af49f61cb5', backendClient: true }],
      }),
      { id: 'Backend' },
    );
    backend.template.hasResourceProperties('AWS::Cognito::UserPoolResourceServer', {
      Identifier: 'userdata',
      Scopes: Match.arrayWith([Match.objectLike({ ScopeName: 'userinfo-lookup' })]),
    });
    backend.template.hasResourceProperties('AWS::Cognito::UserPoolDomain', {
      Domain: 'example-user-data',
    });
    const secretClients = backend
      .ofType('AWS::Cognito::UserPoolClient')
      .filter(([, client]) => client.Properties.AllowedOAuthFlowsUserPoolClient === true);
    expect(secretClients).toHaveLength(1);
    const [clientId, client] = only(secretClients);
    expect(client.Properties.AllowedOAuthFlows).toEqual(['client_credentials']);
    for (const scope of ['user-data-get', 'user-data-set', 'userinfo-lookup'])
      expect(JSON.stringify(client.Properties.AllowedOAuthScopes)).toContain(`/${scope}`);
    // Its tokens are accepted: the client is among the project's client ids in the directory.
    const tenants = backend.templates.find(({ id }) => id === 'Tenants');
    expect(
      JSON.stringify(tenants?.template.findResources('AWS::SecretsManager::Secret')),
    ).toContain(`{"Ref":"${clientId}"}`);
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
  let nagStack: UserDataStack;
  function synthWithNag(
    acknowledgeNagFindings: boolean,
    env?: { account: string; region: string },
  ): string[] {
    const app = newApp();
    nagStack = new UserDataStack(app, 'Nag', {
      config: resolveConfig(),
      acknowledgeNagFindings,
      env,
    });
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

  it('finds no unacknowledged error, in the stack or its nested stacks', () => {
    expect(synthWithNag(true)).toEqual([]);
  });

  it('finds none either for a stack bound to an account and region (as `cdk deploy` makes it)', () => {
    expect(synthWithNag(true, { account: '123456789012', region: 'eu-west-1' })).toEqual([]);
  });

  it('every acknowledgment answers a finding that would otherwise fail the synth', () => {
    const findings = new Set(
      synthWithNag(false).map((rule) => rule.replace(/^AwsSolutions::/, '')),
    );
    for (const rule of acknowledgedRules(nagStack)) {
      expect(findings.has(rule.id), rule.id).toBe(true);
      expect(rule.reason.length).toBeGreaterThan(40);
    }
    // Node.js 24: the runtime finding is gone, and so is its acknowledgment.
    expect(findings.has('AwsSolutions-L1')).toBe(false);
  });
});
