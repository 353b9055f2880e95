/** The CDK app: one stack, configured from lib/config.ts and the `backend` context value. */
import { App, Validations } from 'aws-cdk-lib';
import { AwsSolutionsChecks } from 'cdk-nag';
import { resolveConfig } from '../lib/config.js';
import { UserDataStack } from '../lib/stack/user-data-stack.js';

const app = new App();
const config = resolveConfig(app.node.tryGetContext('backend'));

new UserDataStack(app, `UserDataBackend-${config.stageName}`, {
  config,
  env: { account: process.env.CDK_DEFAULT_ACCOUNT, region: process.env.CDK_DEFAULT_REGION },
});

// cdk-nag runs as a synthesis validation: unacknowledged AwsSolutions errors fail `cdk synth`.
Validations.of(app).addPlugins(new AwsSolutionsChecks(app));
