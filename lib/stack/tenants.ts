import { ArnFormat, Duration, NestedStack, RemovalPolicy, SecretValue, Stack } from 'aws-cdk-lib';
import * as cognito from 'aws-cdk-lib/aws-cognito';
import * as iam from 'aws-cdk-lib/aws-iam';
import { Secret } from 'aws-cdk-lib/aws-secretsmanager';
import type { Construct } from 'constructs';
import type * as z from 'zod/mini';
import type { tenantDirectorySchema } from '../../lambdas/config-schema.js';
import { type BackendConfig, RESOURCE_SERVER } from '../config.js';
import { identityProviderSettings } from './identity-providers.js';

export interface TenantsProps {
  readonly config: BackendConfig;
  readonly userPool: cognito.UserPool;
  readonly resourceServer?: cognito.UserPoolResourceServer;
}

/**
 * Everything that grows with the number of tenants, in its own nested stack (at 50 projects
 * × 3 app clients: 150 clients + 150 backend secrets): one Cognito app client per (project,
 * client name), an optional client-credentials client per project, one backend secret per
 * app client, and the tenant directory secret the handlers read once at cold start.
 */
export class Tenants extends NestedStack {
  /** ARN of the secret holding the tenant directory (lambdas/config-schema.ts). */
  readonly directory: Secret;
  /** The app clients, per project, in configuration order. */
  readonly clients: ReadonlyArray<{
    projectId: string;
    name: string;
    client: cognito.UserPoolClient;
  }>;
  /** Name prefix of every app client's backend secret, for one wildcard grant. */
  readonly backendSecretPrefix: string;
  readonly backendClients: ReadonlyArray<{ projectId: string; client: cognito.UserPoolClient }>;

  constructor(scope: Construct, id: string, props: TenantsProps) {
    super(scope, id, { description: 'Tenants: app clients, backend secrets, tenant directory' });
    const { config, userPool, resourceServer } = props;
    const parentName = Stack.of(scope).stackName;
    this.backendSecretPrefix = `${parentName}/client-backend/`;

    const clients: Array<{ projectId: string; name: string; client: cognito.UserPoolClient }> = [];
    const backendClients: Array<{ projectId: string; client: cognito.UserPoolClient }> = [];
    for (const project of config.projects) {
      for (const name of project.appClients) {
        const client = new cognito.UserPoolClient(this, `${name}-${project.projectId}`, {
          userPool,
          userPoolClientName: `${project.projectId}-${name}`,
          // Password sign-in only through this API (AdminInitiateAuth, IAM-signed): a client
          // id, which every token carries, is not enough to sign in around the API.
          authFlows: { adminUserPassword: true },
          // The apps sign in through this API's password flow; CDK would otherwise enable the
          // hosted-UI OAuth flows with a placeholder callback URL.
          disableOAuth: true,
          // A secret only the backend holds (read at run time with DescribeUserPoolClient,
          // lambdas/adapters/cognito/app-client-secret.ts): without it Cognito refuses a
          // refresh, a password reset or a revocation, so a refresh token and the client id
          // do not get fresh tokens around this API's revocation checks. Changing this
          // replaces the clients (new client ids).
          generateSecret: true,
          preventUserExistenceErrors: true,
          enableTokenRevocation: true,
          accessTokenValidity: Duration.minutes(config.accessTokenMinutes),
          idTokenValidity: Duration.minutes(config.accessTokenMinutes),
          refreshTokenValidity: Duration.days(30),
        });
        clients.push({ projectId: project.projectId, name, client });
      }
      if (project.backendClient && resourceServer) {
        const client = new cognito.UserPoolClient(this, `backend-${project.projectId}`, {
          userPool,
          userPoolClientName: `${project.projectId}-backend`,
          generateSecret: true,
          authFlows: {},
          oAuth: {
            flows: { clientCredentials: true },
            scopes: RESOURCE_SERVER.scopes.map((scopeName) =>
              cognito.OAuthScope.resourceServer(
                resourceServer,
                new cognito.ResourceServerScope({ scopeName, scopeDescription: scopeName }),
              ),
            ),
          },
          accessTokenValidity: Duration.minutes(config.accessTokenMinutes),
        });
        backendClients.push({ projectId: project.projectId, client });
      }
    }
    this.clients = clients;
    this.backendClients = backendClients;

    // One backend secret per app client: it keys the BindIdBackend header's authvalue. Named
    // under one prefix so the document routes get one wildcard grant, not 150 ARNs (an IAM
    // role's inline policies must stay under 10 KB).
    for (const { projectId, name, client } of clients) {
      new Secret(this, `BackendSecret-${projectId}-${name}`, {
        // Found by name at run time (prefix + client id): no ARN list in the directory.
        secretName: `${this.backendSecretPrefix}${client.userPoolClientId}`,
        description: `Backend secret of app client ${name} of project ${projectId}`,
        generateSecretString: { passwordLength: 48, excludePunctuation: true },
        removalPolicy: RemovalPolicy.RETAIN,
      });
    }

    // What the handlers parse (defaults such as the providers' public hosts filled in there).
    const directory: z.input<typeof tenantDirectorySchema> = {
      projects: config.projects.map((project) => ({
        projectId: project.projectId,
        userPoolId: userPool.userPoolId,
        clientIds: [
          ...clients.filter((c) => c.projectId === project.projectId),
          ...backendClients.filter((c) => c.projectId === project.projectId),
        ].map(({ client }) => client.userPoolClientId),
        strategies: project.strategies,
        providers: project.providers,
        autoConfirmSignUp: project.autoConfirmSignUp,
        customAttributes: project.customAttributes,
        // Only projects that enable an external provider carry its settings.
        ...withProviders(identityProviderSettings(project)),
      })),
    };
    // Client ids exist only once CloudFormation created the clients, so the directory cannot
    // be bundled at synth; it is not confidential, but Secrets Manager serves it with a
    // 10,000-per-second quota (SSM parameters: 40) to every function's cold start.
    this.directory = new Secret(this, 'TenantDirectory', {
      description:
        'Tenant directory: projects and their app client ids, read by every handler at cold start',
      secretStringValue: SecretValue.unsafePlainText(this.toJsonString(directory)),
    });
  }

  /** Read access to every app client's backend secret (one statement, whatever the count). */
  grantBackendSecrets(grantee: iam.IGrantable): void {
    const stack = Stack.of(this);
    grantee.grantPrincipal.addToPrincipalPolicy(
      new iam.PolicyStatement({
        actions: ['secretsmanager:GetSecretValue', 'secretsmanager:DescribeSecret'],
        resources: [
          stack.formatArn({
            service: 'secretsmanager',
            resource: 'secret',
            resourceName: `${this.backendSecretPrefix}*`,
            arnFormat: ArnFormat.COLON_RESOURCE_NAME,
          }),
        ],
      }),
    );
  }
}

const withProviders = (settings: ReturnType<typeof identityProviderSettings>) =>
  Object.keys(settings).length > 0 ? { identityProviders: settings } : {};
