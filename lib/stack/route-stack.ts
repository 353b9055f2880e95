import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Aws, Duration, NestedStack, Stack } from 'aws-cdk-lib';
import { type HttpApi, HttpMethod, HttpRoute, HttpRouteKey } from 'aws-cdk-lib/aws-apigatewayv2';
import { HttpLambdaIntegration } from 'aws-cdk-lib/aws-apigatewayv2-integrations';
import * as cloudwatch from 'aws-cdk-lib/aws-cloudwatch';
import type * as cognito from 'aws-cdk-lib/aws-cognito';
import type * as dynamodb from 'aws-cdk-lib/aws-dynamodb';
import * as iam from 'aws-cdk-lib/aws-iam';
import type { ISecret } from 'aws-cdk-lib/aws-secretsmanager';
import type { Construct } from 'constructs';
import { configEnv } from '../../lambdas/config-schema.js';
import { type BackendConfig, emailSenderOf } from '../config.js';
import { handlerEntry, type RouteDefinition, routeId } from '../routes.js';
import { type TableName, tables } from '../tables.js';
import { ApiFunction } from './api-function.js';
import { providerSecretArns } from './identity-providers.js';
import type { Tenants } from './tenants.js';

const repositoryRoot = join(fileURLToPath(new URL('.', import.meta.url)), '..', '..');

export interface RouteStackProps {
  readonly config: BackendConfig;
  readonly routes: readonly RouteDefinition[];
  readonly api: HttpApi;
  readonly tables: Record<TableName, dynamodb.ITable>;
  readonly userPool: cognito.IUserPool;
  readonly tenants: Tenants;
  readonly signingSecret: ISecret;
  /** Where each function's alarm goes (nothing: the alarm only shows in the console). */
  readonly alarmAction?: cloudwatch.IAlarmAction;
}

/**
 * A slice of the route table in a nested stack: per route, a function (with role, policy
 * and log group), the HTTP API route and integration, the invoke permission, and one alarm:
 * 8 resources a route, so a slice of 25 routes stays far below CloudFormation's 500, and the
 * API grows by adding slices rather than filling one stack.
 */
export class RouteStack extends NestedStack {
  readonly functions: ApiFunction[] = [];

  constructor(scope: Construct, id: string, props: RouteStackProps) {
    super(scope, id, {
      description: `${props.routes.length} routes of the API, from ${routeKey(props.routes[0] as RouteDefinition)}`,
    });
    const { config } = props;
    const shared: Record<string, string> = {
      [configEnv.tenantDirectoryArn]: props.tenants.directory.secretArn,
      [configEnv.limits]: JSON.stringify(config.limits),
      [configEnv.passwordPolicy]: JSON.stringify(config.passwordPolicy),
      [configEnv.walletChains]: JSON.stringify(config.walletChains),
    };
    for (const route of props.routes) {
      const id = routeId(route);
      const fn = new ApiFunction(this, id, {
        entry: join(repositoryRoot, handlerEntry(route)),
        memorySize: config.lambda.memorySize,
        timeout: Duration.seconds(config.lambda.timeoutSeconds),
        logRetention: config.lambda.logRetentionDays,
        sourceMaps: config.lambda.sourceMaps,
        environment: { ...shared, ...tableEnvironment(route, props.tables) },
      });
      props.tenants.directory.grantRead(fn);
      grantRoute(fn, route, props.tables, props.userPool);
      if (route.clientSecrets) {
        props.tenants.grantBackendSecrets(fn);
        fn.addEnvironment(configEnv.backendSecretPrefix, props.tenants.backendSecretPrefix);
      }
      if (route.providerSecrets) {
        for (const arn of providerSecretArns(config)) {
          fn.addToRolePolicy(
            new iam.PolicyStatement({
              actions: ['secretsmanager:GetSecretValue'],
              resources: [arn],
            }),
          );
        }
      }
      if (route.sendsMail && config.email) {
        fn.addEnvironment(configEnv.emailSender, JSON.stringify(emailSenderOf(config.email)));
        fn.addToRolePolicy(
          new iam.PolicyStatement({
            actions: ['ses:SendEmail'],
            resources: sesSendResources(this, config.email),
            // Only as the configured sender, even when the identity is a whole domain.
            conditions: { StringEquals: { 'ses:FromAddress': config.email.fromEmail } },
          }),
        );
      }
      // Token-checked routes also verify the backend's own tokens (guests, external providers).
      if (route.signingSecret || route.auth !== 'none') {
        props.signingSecret.grantRead(fn);
        fn.addEnvironment('SIGNING_SECRET_ARN', props.signingSecret.secretArn);
      }
      new HttpRoute(this, `${id}Route`, {
        httpApi: props.api,
        routeKey: HttpRouteKey.with(route.path, HttpMethod[route.method]),
        integration: new HttpLambdaIntegration(`${id}Integration`, fn),
      });
      // Errors (uncaught, timeouts, init failures) and throttles of this route's function.
      const alarm = new cloudwatch.Alarm(this, `${id}Errors`, {
        alarmDescription: `${routeKey(route)}: Lambda errors or throttles`,
        metric: new cloudwatch.MathExpression({
          expression: 'errors + throttles',
          usingMetrics: {
            errors: fn.metricErrors({ period: Duration.minutes(5), statistic: 'Sum' }),
            throttles: fn.metricThrottles({ period: Duration.minutes(5), statistic: 'Sum' }),
          },
          label: `${routeKey(route)} errors + throttles`,
        }),
        threshold: 1,
        evaluationPeriods: 1,
        comparisonOperator: cloudwatch.ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD,
        treatMissingData: cloudwatch.TreatMissingData.NOT_BREACHING,
      });
      if (props.alarmAction) alarm.addAlarmAction(props.alarmAction);
      this.functions.push(fn);
    }
  }
}

type EmailConfig = NonNullable<BackendConfig['email']>;

/**
 * The resources SES authorises SendEmail on: the sending identity (the verified domain when
 * configured, else the address: the identity Cognito's own mail uses), and the configuration
 * set when the mail names one.
 */
export function sesSendResources(scope: Construct, email: EmailConfig): string[] {
  const arn = (resource: string, resourceName: string) =>
    Stack.of(scope).formatArn({
      service: 'ses',
      region: email.sesRegion ?? Aws.REGION,
      resource,
      resourceName,
    });
  return [
    arn('identity', email.sesVerifiedDomain ?? email.fromEmail),
    ...(email.configurationSetName ? [arn('configuration-set', email.configurationSetName)] : []),
  ];
}

export const routeKey = (route: RouteDefinition): string => `${route.method} ${route.path}`;

/** Table names for exactly the tables the route uses (plus revocations when it verifies tokens). */
function tableEnvironment(
  route: RouteDefinition,
  tableResources: Record<TableName, dynamodb.ITable>,
): Record<string, string> {
  return Object.fromEntries(
    Object.keys(routeTableActions(route)).map((name) => [
      tables[name as TableName].envVar,
      tableResources[name as TableName].tableName,
    ]),
  );
}

function grantRoute(
  fn: ApiFunction,
  route: RouteDefinition,
  tableResources: Record<TableName, dynamodb.ITable>,
  userPool: cognito.IUserPool,
): void {
  for (const [name, actions] of Object.entries(routeTableActions(route))) {
    fn.addToRolePolicy(
      new iam.PolicyStatement({
        actions: actions.map((action) => `dynamodb:${action}`),
        resources: [tableResources[name as TableName].tableArn],
      }),
    );
  }
  if (route.cognito?.length) {
    fn.addToRolePolicy(
      new iam.PolicyStatement({
        actions: route.cognito.map((action) => `cognito-idp:${action}`),
        resources: [userPool.userPoolArn],
      }),
    );
  }
}

/** The DynamoDB actions a route needs, per table, including the revocation-mark read. */
export function routeTableActions(
  route: RouteDefinition,
): Partial<Record<TableName, readonly string[]>> {
  const actions: Partial<Record<TableName, readonly string[]>> = { ...route.tables };
  if (route.auth !== 'none') {
    actions.revocations = [...new Set([...(actions.revocations ?? []), 'GetItem'])];
  }
  return actions;
}
