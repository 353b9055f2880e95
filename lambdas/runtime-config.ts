/**
 * Parsing the runtime configuration from an environment, with the stack's own schemas
 * (config-schema.ts). Pure apart from the one secret read; lambdas/config.ts runs it at init.
 */

import * as z from 'zod/mini';
import { type TableName, tables } from '../lib/tables.js';
import {
  configEnv,
  type EmailSender,
  emailSenderSchema,
  limitsSchema,
  passwordPolicySchema,
  type TenantDirectory,
  tenantDirectorySchema,
  walletChainsSchema,
} from './config-schema.js';
import type { PasswordPolicy } from './domain/account/password-policy.js';
import type { Limits } from './limits.js';

export interface RuntimeConfig {
  readonly directory: TenantDirectory;
  readonly limits: Limits;
  readonly passwordPolicy: PasswordPolicy;
  readonly walletChains: readonly string[];
  /** Physical table names, for the tables this function was given. */
  readonly tables: Partial<Record<TableName, string>>;
  readonly backendSecretPrefix?: string;
  /** Routes that mail, when the deployment configures `email`; else the mail is only logged. */
  readonly emailSender?: EmailSender;
}

type Env = Readonly<Record<string, string | undefined>>;

function parseJson<T>(name: string, raw: string | undefined, schema: z.ZodMiniType<T>): T {
  if (raw === undefined || raw === '') {
    throw new Error(`Missing required environment variable ${name}`);
  }
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    throw new Error(`Invalid environment variable ${name}: not JSON`);
  }
  const parsed = schema.safeParse(value);
  if (!parsed.success) {
    throw new Error(`Invalid ${name}: ${z.prettifyError(parsed.error)}`);
  }
  return parsed.data;
}

/**
 * Parses the configuration from an environment. The tenant directory comes from the secret
 * named by TENANT_DIRECTORY_ARN (AWS: one GetSecretValue at init), else from PROJECTS
 * (local mode); `readSecret` is injectable for tests.
 */
export async function loadRuntimeConfig(
  env: Env,
  readSecret: (arn: string) => Promise<string> = async (arn) =>
    (await import('./adapters/secrets/secret-value.js')).secretValue(arn),
): Promise<RuntimeConfig> {
  const directoryArn = env[configEnv.tenantDirectoryArn];
  const directory = directoryArn
    ? parseJson(
        `${configEnv.tenantDirectoryArn} (secret ${directoryArn})`,
        await readSecret(directoryArn),
        tenantDirectorySchema,
      )
    : parseJson(
        configEnv.projects,
        env[configEnv.projects] === undefined
          ? undefined
          : `{"projects":${env[configEnv.projects]}}`,
        tenantDirectorySchema,
      );
  return {
    directory,
    limits: parseJson(configEnv.limits, env[configEnv.limits], limitsSchema),
    passwordPolicy: parseJson(
      configEnv.passwordPolicy,
      env[configEnv.passwordPolicy],
      passwordPolicySchema,
    ),
    walletChains: parseJson(
      configEnv.walletChains,
      env[configEnv.walletChains],
      walletChainsSchema,
    ),
    backendSecretPrefix: env[configEnv.backendSecretPrefix] || undefined,
    emailSender: env[configEnv.emailSender]
      ? parseJson(configEnv.emailSender, env[configEnv.emailSender], emailSenderSchema)
      : undefined,
    tables: Object.fromEntries(
      Object.entries(tables).flatMap(([name, { envVar }]) =>
        env[envVar] ? [[name, env[envVar]]] : [],
      ),
    ),
  };
}
