import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CfnOutput, Duration, RemovalPolicy, Stack, type StackProps } from 'aws-cdk-lib';
import {
  CorsHttpMethod,
  HttpApi,
  type HttpMethod,
  HttpStage,
  LogGroupLogDestination,
} from 'aws-cdk-lib/aws-apigatewayv2';
import { HttpLambdaIntegration } from 'aws-cdk-lib/aws-apigatewayv2-integrations';
import * as cognito from 'aws-cdk-lib/aws-cognito';
import * as dynamodb from 'aws-cdk-lib/aws-dynamodb';
import * as iam from 'aws-cdk-lib/aws-iam';
import { LogGroup, type RetentionDays } from 'aws-cdk-lib/aws-logs';
import { Secret } from 'aws-cdk-lib/aws-secretsmanager';
import type { Construct } from 'constructs';
import { type BackendConfig, RESOURCE_SERVER } from '../config.js';
import { handlerEntry, type RouteDefinition, routeId, routes } from '../routes.js';
import { type TableName, tables } from '../tables.js';
import { ApiFunction } from './api-function.js';
import { applyNagSuppressions } from './nag-suppressions.js';

const repositoryRoot = join(fileURLToPath(new URL('.', import.meta.url)), '..', '..');

export interface UserDataStackProps extends StackProps {
  readonly config: BackendConfig;
  /** false leaves every cdk-nag finding unacknowledged (a test proves each one is still needed). */
  readonly acknowledgeNagFindings?: boolean;
}

export class UserDataStack extends Stack {
  constructor(scope: Construct, id: string, props: UserDataStackProps) {
    super(scope, id, props);
    const { config } = props;

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

    // The identity source: one user pool; one app client per (project, client name).
    const userPool = new cognito.UserPool(this, 'UserPool', {
      selfSignUpEnabled: true,
      signInAliases: { email: true },
      autoVerify: { email: true },
      passwordPolicy: config.passwordPolicy,
      accountRecovery: cognito.AccountRecovery.EMAIL_ONLY,
      deletionProtection: true,
      removalPolicy: RemovalPolicy.RETAIN,
    });
    // OAuth for the projects' own backends: a resource server with the API's scopes, the
    // pool's token endpoint, and (below) one client-credentials client per project asking.
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
    const backendClient = (projectId: string) =>
      userPool.addClient(`backend-${projectId}`, {
        userPoolClientName: `${projectId}-backend`,
        generateSecret: true,
        authFlows: {},
        oAuth: {
          flows: { clientCredentials: true },
          scopes: RESOURCE_SERVER.scopes.map((scopeName) =>
            cognito.OAuthScope.resourceServer(
              resourceServer as cognito.UserPoolResourceServer,
              new cognito.ResourceServerScope({ scopeName, scopeDescription: scopeName }),
            ),
          ),
        },
        accessTokenValidity: Duration.minutes(config.accessTokenMinutes),
      });

    const projectClients = config.projects.map((project) => ({
      project,
      backend: project.backendClient ? backendClient(project.projectId) : undefined,
      clients: project.appClients.map((name) =>
        userPool.addClient(`${name}-${project.projectId}`, {
          userPoolClientName: `${project.projectId}-${name}`,
          authFlows: { userPassword: true },
          // The apps sign in through this API's password flow; CDK would otherwise enable the
          // hosted-UI OAuth flows with a placeholder callback URL.
          disableOAuth: true,
          generateSecret: false,
          preventUserExistenceErrors: true,
          enableTokenRevocation: true,
          accessTokenValidity: Duration.minutes(config.accessTokenMinutes),
          idTokenValidity: Duration.minutes(config.accessTokenMinutes),
          refreshTokenValidity: Duration.days(30),
        }),
      ),
    }));

    const signingSecret = new Secret(this, 'SigningSecret', {
      description:
        'HMAC key for the device signatures of /user/login and the key/value pagination cursors',
      generateSecretString: { passwordLength: 64, excludePunctuation: true },
      removalPolicy: RemovalPolicy.RETAIN,
    });

    // One backend secret per app client: it keys the BindIdBackend header's authvalue.
    const clientSecrets = projectClients.flatMap(({ project, clients }) =>
      clients.map((client, index) => ({
        clientId: client.userPoolClientId,
        secret: new Secret(
          this,
          `BackendSecret-${project.projectId}-${project.appClients[index]}`,
          {
            description: `Backend secret of app client ${project.appClients[index]} of project ${project.projectId}`,
            generateSecretString: { passwordLength: 48, excludePunctuation: true },
            removalPolicy: RemovalPolicy.RETAIN,
          },
        ),
      })),
    );

    const sharedEnvironment: Record<string, string> = {
      PROJECTS: this.toJsonString(
        projectClients.map(({ project, clients, backend }) => ({
          projectId: project.projectId,
          userPoolId: userPool.userPoolId,
          clientIds: [...clients, ...(backend ? [backend] : [])].map(
            (client) => client.userPoolClientId,
          ),
          strategies: project.strategies,
          providers: project.providers,
          autoConfirmSignUp: project.autoConfirmSignUp,
          customAttributes: project.customAttributes,
        })),
      ),
      LIMITS: JSON.stringify(config.limits),
      PASSWORD_POLICY: JSON.stringify(config.passwordPolicy),
      WALLET_CHAINS: JSON.stringify(config.walletChains),
    };

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
      accessLogSettings: { destination: new LogGroupLogDestination(accessLogs) },
    });

    for (const route of routes) {
      const fn = new ApiFunction(this, routeId(route), {
        entry: join(repositoryRoot, handlerEntry(route)),
        memorySize: config.lambda.memorySize,
        timeout: Duration.seconds(config.lambda.timeoutSeconds),
        logRetention: config.lambda.logRetentionDays as RetentionDays,
        environment: { ...sharedEnvironment, ...this.tableEnvironment(route, tableResources) },
      });
      this.grantRoute(fn, route, tableResources, userPool);
      if (route.clientSecrets) {
        for (const { secret } of clientSecrets) secret.grantRead(fn);
        fn.addEnvironment(
          'CLIENT_SECRET_ARNS',
          this.toJsonString(
            Object.fromEntries(
              clientSecrets.map(({ clientId, secret }) => [clientId, secret.secretArn]),
            ),
          ),
        );
      }
      if (route.signingSecret) {
        signingSecret.grantRead(fn);
        fn.addEnvironment('SIGNING_SECRET_ARN', signingSecret.secretArn);
      }
      api.addRoutes({
        path: route.path,
        methods: [route.method as HttpMethod],
        integration: new HttpLambdaIntegration(`${routeId(route)}Integration`, fn),
      });
    }

    if (props.acknowledgeNagFindings !== false) applyNagSuppressions(this);

    const defaultProject = projectClients[0];
    new CfnOutput(this, 'ApiUrl', { value: stage.url });
    new CfnOutput(this, 'UserPoolId', { value: userPool.userPoolId });
    new CfnOutput(this, 'UserPoolClientId', {
      value: defaultProject?.clients[0]?.userPoolClientId ?? '',
      description: `App client "${defaultProject?.project.appClients[0]}" of the default project`,
    });
    new CfnOutput(this, 'DefaultProjectId', { value: defaultProject?.project.projectId ?? '' });
    for (const { project, backend } of projectClients) {
      if (!backend) continue;
      new CfnOutput(this, `BackendClientId${project.projectId.replaceAll('-', '')}`, {
        value: backend.userPoolClientId,
        description: `Client-credentials app client of project ${project.projectId} (secret in the Cognito console)`,
      });
    }
  }

  /** Table names for exactly the tables the route uses (plus revocations when it verifies tokens). */
  private tableEnvironment(
    route: RouteDefinition,
    tableResources: Record<TableName, dynamodb.Table>,
  ): Record<string, string> {
    return Object.fromEntries(
      Object.keys(routeTableActions(route)).map((name) => [
        tables[name as TableName].envVar,
        tableResources[name as TableName].tableName,
      ]),
    );
  }

  private grantRoute(
    fn: ApiFunction,
    route: RouteDefinition,
    tableResources: Record<TableName, dynamodb.Table>,
    userPool: cognito.UserPool,
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
