/**
 * Runtime configuration, read once, eagerly, when the module is first imported (the Lambda
 * init phase): a missing or malformed variable fails the init with a message naming it,
 * rather than some later request. The schemas are the stack's own (config-schema.ts).
 */

import type { TableName } from '../lib/tables.js';
import { tables } from '../lib/tables.js';
import type { EmailSender, RuntimeProject } from './config-schema.js';
import type { PasswordPolicy } from './domain/account/password-policy.js';
import type { Limits } from './limits.js';
import { loadRuntimeConfig } from './runtime-config.js';

export type Project = RuntimeProject;

const config = await loadRuntimeConfig(process.env);

/** Configured projects (tenants): each names its user pool, app clients, strategies, providers. */
export const projects = (): readonly Project[] => config.directory.projects;

export const limits = (): Limits => config.limits;

/** The user pool's password policy (PASSWORD_POLICY, set by the stack from the same config). */
export const passwordPolicy = (): PasswordPolicy => config.passwordPolicy;

/** Secrets Manager name of an app client's backend secret (AWS; undefined elsewhere). */
export const clientSecretName = (clientId: string): string | undefined =>
  config.backendSecretPrefix ? `${config.backendSecretPrefix}${clientId}` : undefined;

/** The sender of the API's own e-mail (EMAIL_SENDER); undefined when `email` is not configured. */
export const emailSender = (): EmailSender | undefined => config.emailSender;

/** Chain ids a wallet may be added on (WALLET_CHAINS, from the `walletChains` configuration). */
export const walletChains = (): readonly string[] => config.walletChains;

/** The physical name of a table; throws when the handler was not given that table. */
export function tableName(table: TableName): string {
  const name = config.tables[table];
  if (!name) throw new Error(`Missing required environment variable ${tables[table].envVar}`);
  return name;
}

export function findProjectById(projectId: string): Project | undefined {
  return projects().find((project) => project.projectId === projectId);
}

/** The project a token belongs to: the pool that issued it and the app client it names. */
export function findProjectByClient(userPoolId: string, clientId: string): Project | undefined {
  return projects().find(
    (project) => project.userPoolId === userPoolId && project.clientIds.includes(clientId),
  );
}
