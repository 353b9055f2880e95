import { type Duration, RemovalPolicy } from 'aws-cdk-lib';
import * as iam from 'aws-cdk-lib/aws-iam';
import { Architecture, Runtime, Tracing } from 'aws-cdk-lib/aws-lambda';
import { NodejsFunction, OutputFormat } from 'aws-cdk-lib/aws-lambda-nodejs';
import { LogGroup, type RetentionDays } from 'aws-cdk-lib/aws-logs';
import type { Construct } from 'constructs';
import { bundleSettings, esbuildAliasArgs } from '../bundling.js';
import type { LogRetentionDays } from '../config.js';

export interface ApiFunctionProps {
  /** Handler entry file, absolute. */
  readonly entry: string;
  readonly environment: Record<string, string>;
  readonly memorySize: number;
  readonly timeout: Duration;
  readonly logRetention: LogRetentionDays;
  /** Ship a source map and have Node apply it to stack traces. */
  readonly sourceMaps: boolean;
  /** Namespace and `service` dimension of the handler's EMF metrics (lambdas/metrics.ts). */
  readonly metrics: { readonly namespace: string; readonly serviceName: string };
}

/** The Lambda runtime every handler runs on (Node.js 22 leaves Lambda support on 2027-04-30). */
export const LAMBDA_RUNTIME = Runtime.NODEJS_24_X;

/**
 * One route's Lambda function with every default in one place: Node.js 24 on arm64, a
 * minified ESM bundle with the SDK clients inside and a source map (stack traces name the
 * TypeScript source), active X-Ray tracing, its own log group with retention, and its own
 * role that starts with nothing but writing to that log group (and X-Ray segments).
 */
export class ApiFunction extends NodejsFunction {
  constructor(scope: Construct, id: string, props: ApiFunctionProps) {
    const logGroup = new LogGroup(scope, `${id}Logs`, {
      retention: props.logRetention as RetentionDays,
      removalPolicy: RemovalPolicy.DESTROY,
    });
    const role = new iam.Role(scope, `${id}Role`, {
      assumedBy: new iam.ServicePrincipal('lambda.amazonaws.com'),
      description: `Least-privilege role of the ${id} route handler`,
    });
    role.addToPolicy(
      new iam.PolicyStatement({
        actions: ['logs:CreateLogStream', 'logs:PutLogEvents'],
        resources: [logGroup.logGroupArn],
      }),
    );
    super(scope, id, {
      entry: props.entry,
      handler: 'handler',
      runtime: LAMBDA_RUNTIME,
      architecture: Architecture.ARM_64,
      memorySize: props.memorySize,
      timeout: props.timeout,
      role,
      logGroup,
      tracing: Tracing.ACTIVE,
      environment: {
        ...props.environment,
        POWERTOOLS_METRICS_NAMESPACE: props.metrics.namespace,
        POWERTOOLS_SERVICE_NAME: props.metrics.serviceName,
        ...(props.sourceMaps ? { NODE_OPTIONS: '--enable-source-maps' } : {}),
      },
      bundling: {
        format: OutputFormat.ESM,
        target: bundleSettings.target,
        minify: bundleSettings.minify,
        // Deployed with a map (not inlined into the bundle's source) so errors point at
        // lambdas/**/*.ts; the bench measures the bundle without it (lib/bundling.ts).
        sourceMap: props.sourceMaps,
        sourcesContent: false,
        mainFields: [...bundleSettings.mainFields],
        banner: bundleSettings.banner,
        externalModules: [...bundleSettings.external],
        esbuildArgs: esbuildAliasArgs,
      },
    });
  }
}
