import { CfnOutput, Duration, RemovalPolicy, Stack, type StackProps } from 'aws-cdk-lib';
import { AccessLogFormat } from 'aws-cdk-lib/aws-apigateway';
import {
  type CfnStage,
  CorsHttpMethod,
  HttpApi,
  HttpStage,
  LogGroupLogDestination,
} from 'aws-cdk-lib/aws-apigatewayv2';
import * as cloudwatch from 'aws-cdk-lib/aws-cloudwatch';
import { SnsAction } from 'aws-cdk-lib/aws-cloudwatch-actions';
import * as cognito from 'aws-cdk-lib/aws-cognito';
import * as dynamodb from 'aws-cdk-lib/aws-dynamodb';
import { LogGroup, type RetentionDays } from 'aws-cdk-lib/aws-logs';
import { Secret } from 'aws-cdk-lib/aws-secretsmanager';
import { Topic } from 'aws-cdk-lib/aws-sns';
import type { Construct } from 'constructs';
import { OUTCOME_CLASSES, REQUEST_METRICS } from '../../lambdas/metric-names.js';
import { type BackendConfig, RESOURCE_SERVER } from '../config.js';
import { type ApiFamily, type RouteDefinition, routes as routeTable } from '../routes.js';
import { type TableName, tables } from '../tables.js';
import { applyNagSuppressions } from './nag-suppressions.js';
import { RouteStack, routeKey } from './route-stack.js';
import { Tenants } from './tenants.js';

export { routeTableActions } from './route-stack.js';

/** Routes per nested stack: 25 × 8 resources = 200, well under CloudFormation's 500. */
export const ROUTES_PER_SLICE = 25;

/**
 * The fields of each HTTP API access-log line (JSON). HTTP APIs have no `resourcePath` or
 * `identity.caller`; these are the variables that say which route answered what, how fast,
 * and why an integration failed.
 */
export const ACCESS_LOG_FIELDS = {
  requestId: '$context.requestId',
  routeKey: '$context.routeKey',
  status: '$context.status',
  requestTime: '$context.requestTime',
  ip: '$context.identity.sourceIp',
  userAgent: '$context.identity.userAgent',
  responseLength: '$context.responseLength',
  responseLatency: '$context.responseLatency',
  integrationStatus: '$context.integrationStatus',
  integrationLatency: '$context.integrationLatency',
  integrationErrorMessage: '$context.integrationErrorMessage',
  errorMessage: '$context.error.message',
} as const;

export interface UserDataStackProps extends StackProps {
  readonly config: BackendConfig;
  /** false leaves every cdk-nag finding unacknowledged (a test proves each one is still needed). */
  readonly acknowledgeNagFindings?: boolean;
  /** The route table (tests pass larger ones to prove the layout scales). */
  readonly routes?: readonly RouteDefinition[];
}

/** The route table cut into slices: per family, in declaration order, ROUTES_PER_SLICE each. */
export function routeSlices(
  routes: readonly RouteDefinition[],
): Array<{ id: string; routes: RouteDefinition[] }> {
  const families = new Map<ApiFamily, RouteDefinition[]>();
  for (const route of routes)
    families.set(route.family, [...(families.get(route.family) ?? []), route]);
  return [...families].flatMap(([family, members]) =>
    Array.from({ length: Math.ceil(members.length / ROUTES_PER_SLICE) }, (_, index) => ({
      id: `Routes${family[0]?.toUpperCase()}${family.slice(1)}${index + 1}`,
      routes: members.slice(index * ROUTES_PER_SLICE, (index + 1) * ROUTES_PER_SLICE),
    })),
  );
}

export class UserDataStack extends Stack {
  constructor(scope: Construct, id: string, props: UserDataStackProps) {
    super(scope, id, props);
    const { config } = props;
    const routes = props.routes ?? routeTable;
    const alarmAction = config.alarmTopicArn
      ? new SnsAction(Topic.fromTopicArn(this, 'AlarmTopic', config.alarmTopicArn))
      : undefined;
    const alarms: cloudwatch.Alarm[] = [];
    const alarm = (
      alarmId: string,
      alarmProps: Omit<cloudwatch.AlarmProps, 'evaluationPeriods'>,
    ) => {
      const created = new cloudwatch.Alarm(this, alarmId, {
        evaluationPeriods: 1,
        comparisonOperator: cloudwatch.ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD,
        treatMissingData: cloudwatch.TreatMissingData.NOT_BREACHING,
        ...alarmProps,
      });
      if (alarmAction) created.addAlarmAction(alarmAction);
      alarms.push(created);
      return created;
    };

    // Tables: on-demand, point-in-time recovery, deletion protection, kept on stack removal.
    const tableResources = Object.fromEntries(
      Object.entries(tables).map(([name, definition]) => [
        name,
        new dynamodb.Table(this, definition.id, {
          partitionKey: { name: definition.partitionKey, type: dynamodb.AttributeType.STRING },
          sortKey:
            'sortKey' in definition
              ? { name: definition.sortKey, type: dynamodb.AttributeType.STRING }
              : undefined,
          timeToLiveAttribute: 'ttlAttribute' in definition ? definition.ttlAttribute : undefined,
          billingMode: dynamodb.BillingMode.PAY_PER_REQUEST,
          pointInTimeRecoverySpecification: { pointInTimeRecoveryEnabled: true },
          deletionProtection: true,
          removalPolicy: RemovalPolicy.RETAIN,
        }),
      ]),
    ) as Record<TableName, dynamodb.Table>;

    // The identity source: one user pool. Settings CloudFormation cannot change later (the
    // pool would be replaced, and it is retained): sign-in aliases and case-insensitivity.
    const userPool = new cognito.UserPool(this, 'UserPool', {
      // Sign-up goes through POST /user only (AdminCreateUser, IAM-signed): nobody holding a
      // client id can create users around the API's checks.
      selfSignUpEnabled: false,
      signInAliases: { email: true },
      // Irreversible: `Alice@x.org` and `alice@x.org` are one user.
      signInCaseSensitive: false,
      autoVerify: { email: true },
      passwordPolicy: config.passwordPolicy,
      accountRecovery: cognito.AccountRecovery.EMAIL_ONLY,
      // Cognito's own sender manages about 50 mails a day per account: enough to try, not to run.
      email: config.email
        ? cognito.UserPoolEmail.withSES({
            fromEmail: config.email.fromEmail,
            fromName: config.email.fromName,
            replyTo: config.email.replyTo,
            configurationSetName: config.email.configurationSetName,
            sesRegion: config.email.sesRegion,
            sesVerifiedDomain: config.email.sesVerifiedDomain,
          })
        : cognito.UserPoolEmail.withCognito(),
      featurePlan:
        config.threatProtection === 'off'
          ? cognito.FeaturePlan.ESSENTIALS
          : cognito.FeaturePlan.PLUS,
      standardThreatProtectionMode:
        config.threatProtection === 'enforced'
          ? cognito.StandardThreatProtectionMode.FULL_FUNCTION
          : config.threatProtection === 'audit'
            ? cognito.StandardThreatProtectionMode.AUDIT_ONLY
            : undefined,
      mfa: { off: cognito.Mfa.OFF, optional: cognito.Mfa.OPTIONAL, required: cognito.Mfa.REQUIRED }[
        config.mfa
      ],
      mfaSecondFactor: config.mfa === 'off' ? undefined : { otp: true, sms: false },
      deletionProtection: true,
      removalPolicy: RemovalPolicy.RETAIN,
    });
    // OAuth for the projects' own backends: a resource server with the API's scopes, the
    // pool's token endpoint, and one client-credentials client per project asking.
    const resourceServer = config.oauthDomainPrefix
      ? userPool.addResourceServer('ResourceServer', {
          identifier: RESOURCE_SERVER.identifier,
          scopes: RESOURCE_SERVER.scopes.map(
            (scopeName) =>
              new cognito.ResourceServerScope({ scopeName, scopeDescription: scopeName }),
          ),
        })
      : undefined;
    if (config.oauthDomainPrefix) {
      userPool.addDomain('Domain', { cognitoDomain: { domainPrefix: config.oauthDomainPrefix } });
    }

    const tenants = new Tenants(this, 'Tenants', { config, userPool, resourceServer });

    const signingSecret = new Secret(this, 'SigningSecret', {
      description:
        'HMAC key for the device signatures of /user/login and the key/value pagination cursors',
      generateSecretString: { passwordLength: 64, excludePunctuation: true },
      removalPolicy: RemovalPolicy.RETAIN,
    });

    const api = new HttpApi(this, 'HttpApi', {
      description: 'User data and identity backend',
      createDefaultStage: false,
      corsPreflight: {
        allowOrigins: config.corsAllowOrigins,
        allowHeaders: ['authorization', 'content-type', 'if-match'],
        allowMethods: [CorsHttpMethod.ANY],
        exposeHeaders: ['etag'],
        maxAge: Duration.hours(1),
      },
    });
    const accessLogs = new LogGroup(this, 'ApiAccessLogs', {
      retention: config.lambda.logRetentionDays as RetentionDays,
      removalPolicy: RemovalPolicy.DESTROY,
    });
    const stage = new HttpStage(this, 'DefaultStage', {
      httpApi: api,
      stageName: '$default',
      autoDeploy: true,
      throttle: config.throttle,
      detailedMetricsEnabled: config.routeMetrics,
      accessLogSettings: {
        destination: new LogGroupLogDestination(accessLogs),
        format: AccessLogFormat.custom(JSON.stringify(ACCESS_LOG_FIELDS)),
      },
    });

    const slices = routeSlices(routes).map(
      (slice) =>
        new RouteStack(this, slice.id, {
          config,
          routes: slice.routes,
          api,
          tables: tableResources,
          userPool,
          tenants,
          signingSecret,
          alarmAction,
        }),
    );
    // Per-route throttles from the route table. A route setting may only name a route that
    // exists, so the stage waits for the slices that create the routes.
    const throttled = routes.filter((route) => route.throttle);
    if (throttled.length > 0) {
      (stage.node.defaultChild as CfnStage).routeSettings = Object.fromEntries(
        throttled.map((route) => [
          routeKey(route),
          // CfnStage.routeSettings is untyped: CloudFormation's own (PascalCase) names.
          {
            ThrottlingRateLimit: route.throttle?.rateLimit,
            ThrottlingBurstLimit: route.throttle?.burstLimit,
          },
        ]),
      );
    }
    for (const slice of slices) stage.node.addDependency(slice);

    // Alarms an operator acts on, to the configured SNS topic; one per function in its slice.
    const fiveMinutes = Duration.minutes(5);
    alarm('Api5xxRate', {
      alarmDescription: 'More than 1% of API requests answered 5xx over 5 minutes',
      metric: new cloudwatch.MathExpression({
        expression: 'IF(requests > 0, 100 * errors / requests, 0)',
        usingMetrics: {
          errors: api.metricServerError({ period: fiveMinutes, statistic: 'Sum' }),
          requests: api.metricCount({ period: fiveMinutes, statistic: 'Sum' }),
        },
        label: '5xx rate (%)',
      }),
      threshold: 1,
      comparisonOperator: cloudwatch.ComparisonOperator.GREATER_THAN_THRESHOLD,
    });
    for (const [name, table] of Object.entries(tableResources)) {
      alarm(`${tables[name as TableName].id}Throttles`, {
        alarmDescription: `DynamoDB throttled requests on the ${name} table`,
        metric: new cloudwatch.MathExpression({
          expression: 'reads + writes',
          usingMetrics: {
            reads: table.metric('ReadThrottleEvents', { period: fiveMinutes, statistic: 'Sum' }),
            writes: table.metric('WriteThrottleEvents', { period: fiveMinutes, statistic: 'Sum' }),
          },
          label: `${name} throttle events`,
        }),
        threshold: 1,
      });
    }
    // Cognito's quotas are per account and region, by API category (AWS/Usage ThrottleCount).
    const cognitoCategories = [
      'UserAuthentication',
      'UserCreation',
      'UserAccountRecovery',
      'UserRead',
      'UserUpdate',
    ];
    alarm('CognitoThrottles', {
      alarmDescription: `Cognito throttled calls (${cognitoCategories.join(', ')})`,
      metric: new cloudwatch.MathExpression({
        expression: cognitoCategories.map((_, index) => `c${index}`).join(' + '),
        usingMetrics: Object.fromEntries(
          cognitoCategories.map((resource, index) => [
            `c${index}`,
            new cloudwatch.Metric({
              namespace: 'AWS/Usage',
              metricName: 'ThrottleCount',
              // Cognito's usage metrics carry no Class dimension (unlike most services').
              dimensionsMap: { Service: 'Cognito User Pools', Type: 'API', Resource: resource },
              period: fiveMinutes,
              statistic: 'Sum',
            }),
          ]),
        ),
        label: 'Cognito throttled calls',
      }),
      threshold: 1,
    });

    // The handlers' own metrics (lambdas/metrics.ts): outcomes by the families' results, so
    // a key/value -4 (HTTP 200) counts, which the API's 5xx metric never sees.
    const { namespace, serviceName: service } = config.metrics;
    const outcomeIds = Object.fromEntries(
      OUTCOME_CLASSES.map((outcome, index) => [outcome, `o${index}`]),
    ) as Record<(typeof OUTCOME_CLASSES)[number], string>;
    const outcomeMetrics = Object.fromEntries(
      OUTCOME_CLASSES.map((outcome) => [
        outcomeIds[outcome],
        new cloudwatch.Metric({
          namespace,
          metricName: REQUEST_METRICS.requests,
          dimensionsMap: { service, [REQUEST_METRICS.outcome]: outcome },
          period: fiveMinutes,
          statistic: 'Sum',
          label: outcome,
        }),
      ]),
    );
    const filled = (outcome: (typeof OUTCOME_CLASSES)[number]) => `FILL(${outcomeIds[outcome]}, 0)`;
    const allRequests = `(${OUTCOME_CLASSES.map(filled).join(' + ')})`;
    alarm('ServerErrorRate', {
      alarmDescription:
        "More than 1% of requests failed on our side or a dependency's (outcome server_error " +
        "or unavailable, by the families' results: a key/value -4 is HTTP 200) over 5 minutes",
      metric: new cloudwatch.MathExpression({
        expression: `IF(${allRequests} > 0, 100 * (${filled('server_error')} + ${filled('unavailable')}) / ${allRequests}, 0)`,
        usingMetrics: outcomeMetrics,
        label: 'server_error + unavailable (%)',
        period: fiveMinutes,
      }),
      threshold: 1,
      comparisonOperator: cloudwatch.ComparisonOperator.GREATER_THAN_THRESHOLD,
    });
    /** One line per route (and outcome) found: CloudWatch SEARCH, bounded by route × class. */
    const perRoute = (metricName: string, filter: string, statistic: string, label: string) =>
      new cloudwatch.MathExpression({
        expression: `SEARCH('{"${namespace}",service,${REQUEST_METRICS.route},${REQUEST_METRICS.outcome}} MetricName="${metricName}" service="${service}" ${filter}', '${statistic}', 300)`,
        usingMetrics: {},
        label,
        period: fiveMinutes,
      });
    const handlerWidgets = [
      [
        new cloudwatch.GraphWidget({
          title: "Outcomes of all routes (families' results)",
          left: Object.values(outcomeMetrics),
          stacked: true,
          width: 12,
        }),
        new cloudwatch.GraphWidget({
          title: 'server_error and unavailable by route',
          left: [
            perRoute(
              REQUEST_METRICS.requests,
              '(outcome="server_error" OR outcome="unavailable")',
              'Sum',
              'server/unavailable',
            ),
          ],
          width: 12,
        }),
      ],
      [
        new cloudwatch.GraphWidget({
          title: 'client_error and throttled by route',
          left: [
            perRoute(
              REQUEST_METRICS.requests,
              '(outcome="client_error" OR outcome="throttled")',
              'Sum',
              'client/throttled',
            ),
          ],
          width: 12,
        }),
        new cloudwatch.GraphWidget({
          title: 'Handler latency p99 by route (ms)',
          left: [perRoute(REQUEST_METRICS.latency, 'outcome="ok"', 'p99', 'p99')],
          width: 12,
        }),
      ],
      [
        new cloudwatch.GraphWidget({
          title: 'Requests by route and outcome',
          left: [perRoute(REQUEST_METRICS.requests, '', 'Sum', 'requests')],
          width: 12,
        }),
        new cloudwatch.GraphWidget({
          title: 'Cold starts by function',
          left: [
            new cloudwatch.MathExpression({
              expression: `SEARCH('{"${namespace}",function_name,service} MetricName="${REQUEST_METRICS.coldStart}" service="${service}"', 'Sum', 300)`,
              usingMetrics: {},
              label: 'cold starts',
              period: fiveMinutes,
            }),
          ],
          width: 12,
        }),
      ],
    ];

    const routeAlarms = slices.flatMap((slice) =>
      slice.node.children.filter(
        (child): child is cloudwatch.Alarm => child instanceof cloudwatch.Alarm,
      ),
    );
    new cloudwatch.Dashboard(this, 'Dashboard', {
      dashboardName: `${this.stackName}-operations`,
      defaultInterval: Duration.hours(3),
      widgets: [
        [
          new cloudwatch.GraphWidget({
            title: 'Requests and errors',
            left: [
              api.metricCount({ period: fiveMinutes, statistic: 'Sum', label: 'requests' }),
              api.metricClientError({ period: fiveMinutes, statistic: 'Sum', label: '4xx' }),
              api.metricServerError({ period: fiveMinutes, statistic: 'Sum', label: '5xx' }),
            ],
            width: 12,
          }),
          new cloudwatch.GraphWidget({
            title: 'Latency (ms)',
            left: [
              api.metricLatency({ period: fiveMinutes, statistic: 'p50', label: 'p50' }),
              api.metricLatency({ period: fiveMinutes, statistic: 'p99', label: 'p99' }),
              api.metricIntegrationLatency({
                period: fiveMinutes,
                statistic: 'p99',
                label: 'integration p99',
              }),
            ],
            width: 12,
          }),
        ],
        ...handlerWidgets,
        [
          new cloudwatch.AlarmStatusWidget({
            title: 'Alarms',
            alarms: [...alarms, ...routeAlarms],
            width: 24,
            height: 8,
          }),
        ],
      ],
    });

    if (props.acknowledgeNagFindings !== false) applyNagSuppressions(this);

    const defaultProject = tenants.clients[0];
    new CfnOutput(this, 'ApiUrl', { value: stage.url });
    new CfnOutput(this, 'UserPoolId', { value: userPool.userPoolId });
    new CfnOutput(this, 'UserPoolClientId', {
      value: defaultProject?.client.userPoolClientId ?? '',
      description: `App client "${defaultProject?.name}" of the default project`,
    });
    new CfnOutput(this, 'DefaultProjectId', { value: defaultProject?.projectId ?? '' });
    new CfnOutput(this, 'TenantDirectoryArn', { value: tenants.directory.secretArn });
    for (const { projectId, client } of tenants.backendClients) {
      new CfnOutput(this, `BackendClientId${projectId.replaceAll('-', '')}`, {
        value: client.userPoolClientId,
        description: `Client-credentials app client of project ${projectId} (secret in the Cognito console)`,
      });
    }
  }
}
