import type { TestProject } from 'vitest/node';
import { startLocalBackend } from '../../lib/local/local-backend.js';
import { testConfig, testExtraClients } from './test-config.js';

declare module 'vitest' {
  export interface ProvidedContext {
    backendEnv: Record<string, string>;
    codesFile: string;
    /** Key directory of the provider stand-ins, for minting provider tokens. */
    standInsDir: string;
    signingKeyFile: string;
    /** Where the mail stand-in writes the mails the handlers send (SES SendEmail). */
    outboxDir: string;
  }
}

/** One in-memory DynamoDB Local and one Cognito emulator for the whole test run. */
export default async function setup(project: TestProject) {
  process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED = 'true';
  const backend = await startLocalBackend({ config: testConfig, extraClients: testExtraClients });
  project.provide('backendEnv', backend.env);
  project.provide('codesFile', backend.codesFile);
  project.provide('standInsDir', backend.standIns.dir);
  project.provide('signingKeyFile', backend.signingKeyFile);
  project.provide('outboxDir', backend.outboxDir);
  return () => backend.stop();
}
