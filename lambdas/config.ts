/**
 * Runtime configuration, read from the environment once per cold start. A missing or
 * malformed variable throws here, at init, rather than on some later request.
 */

import * as z from 'zod/mini';
import { type TableName, tables } from '../lib/tables.js';
import { defaultPasswordPolicy, type PasswordPolicy } from './domain/account/password-policy.js';
import { defaultWalletChains } from './domain/wallet/chains.js';
import { defaultLimits, type Limits } from './limits.js';

const nonEmpty = z.string().check(z.minLength(1));
const projectSchema = z.object({
  projectId: z.uuid(),
  userPoolId: nonEmpty,
  clientIds: z.array(nonEmpty).check(z.minLength(1)),
  strategies: z._default(z.array(nonEmpty), ['email']),
  providers: z._default(z.array(nonEmpty), ['awsCognito']),
  /** Confirm sign-ups at once (local mode, or pools without e-mail verification). */
  autoConfirmSignUp: z._default(z.boolean(), false),
  /** `custom:*` attributes callers may set at sign-up and PUT /user (none by default). */
  customAttributes: z._default(z.array(z.string().check(z.startsWith('custom:'))), []),
});

export type Project = z.infer<typeof projectSchema>;

const positive = z.int().check(z.positive());
const limitsSchema = z.partial(
  z.object({
    maxKeyLength: positive,
    maxValueBytes: positive,
    maxKeysPerCall: positive,
    maxDocumentBytes: positive,
    maxBodyBytes: positive,
    maxDepth: positive,
    maxLoginHistory: positive,
    maxKeysPerNamespace: positive,
    maxBytesPerNamespace: positive,
    maxFailuresPerAccount: positive,
    maxFailuresPerSource: positive,
    attemptWindowSeconds: positive,
  }),
);

function parseJsonEnv<T>(name: string, schema: z.ZodMiniType<T>, fallback?: T): T {
  const raw = process.env[name];
  if (raw === undefined || raw === '') {
    if (fallback !== undefined) return fallback;
    throw new Error(`Missing required environment variable ${name}`);
  }
  const parsed = schema.safeParse(JSON.parse(raw));
  if (!parsed.success) {
    throw new Error(`Invalid environment variable ${name}: ${z.prettifyError(parsed.error)}`);
  }
  return parsed.data;
}

let projectsCache: readonly Project[] | undefined;
/** Configured projects (tenants): each names its user pool, app clients, strategies, providers. */
export function projects(): readonly Project[] {
  projectsCache ??= parseJsonEnv('PROJECTS', z.array(projectSchema).check(z.minLength(1)));
  return projectsCache;
}

let limitsCache: Limits | undefined;
export function limits(): Limits {
  limitsCache ??= { ...defaultLimits, ...parseJsonEnv('LIMITS', limitsSchema, {}) };
  return limitsCache;
}

let passwordPolicyCache: PasswordPolicy | undefined;
/** The user pool's password policy (PASSWORD_POLICY, set by the stack from the same config). */
export function passwordPolicy(): PasswordPolicy {
  passwordPolicyCache ??= {
    ...defaultPasswordPolicy,
    ...parseJsonEnv(
      'PASSWORD_POLICY',
      z.partial(
        z.object({
          minLength: positive,
          requireLowercase: z.boolean(),
          requireUppercase: z.boolean(),
          requireDigits: z.boolean(),
          requireSymbols: z.boolean(),
        }),
      ),
      {},
    ),
  };
  return passwordPolicyCache;
}

let walletChainsCache: readonly string[] | undefined;
/** Chain ids a wallet may be added on (WALLET_CHAINS; the vendor's list by default). */
export function walletChains(): readonly string[] {
  walletChainsCache ??= parseJsonEnv(
    'WALLET_CHAINS',
    z.array(z.string().check(z.regex(/^[0-9]{1,20}$/))).check(z.minLength(1)),
    [...defaultWalletChains],
  );
  return walletChainsCache;
}

/** The physical name of a table; throws when the handler was not given that table. */
export function tableName(table: TableName): string {
  const { envVar } = tables[table];
  const name = process.env[envVar];
  if (!name) throw new Error(`Missing required environment variable ${envVar}`);
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
