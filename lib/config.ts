/**
 * The deployment's typed configuration, in one place. Defaults below; override any part with
 * CDK context, e.g. `npx cdk deploy -c backend='{"stageName":"prod"}'` or a `backend` key in
 * cdk.json. The local server reads the same projects and limits.
 */
import { z } from 'zod';
import { defaultPasswordPolicy } from '../lambdas/domain/account/password-policy.js';
import { defaultWalletChains } from '../lambdas/domain/wallet/chains.js';
import { defaultLimits } from '../lambdas/limits.js';

/** The project id used by the vendor's examples, so they run verbatim against a fresh deploy. */
export const DEFAULT_PROJECT_ID = 'a69a31e9-f2e6-4d5f-b080-6138c6a721b7';

const projectSchema = z.object({
  projectId: z.uuid(),
  strategies: z.array(z.string().min(1)).min(1).default(['email']),
  providers: z.array(z.string().min(1)).min(1).default(['awsCognito']),
  /** Names of the app clients to create in the stack's user pool for this project. */
  appClients: z
    .array(z.string().regex(/^[a-z][a-z0-9-]*$/))
    .min(1)
    .default(['web', 'mobile']),
  /** Confirm sign-ups without the e-mail code (always on in local mode). */
  autoConfirmSignUp: z.boolean().default(false),
  /**
   * Also create a confidential app client for the project's own backend: OAuth
   * client-credentials with the resource server's scopes (`userinfo-lookup`, …). Needs
   * `oauthDomainPrefix`.
   */
  backendClient: z.boolean().default(false),
  /**
   * `custom:*` attributes callers may set at sign-up and in PUT /user; none by default (they
   * land in the signed ID token). In AWS the pool must also define them.
   */
  customAttributes: z.array(z.string().startsWith('custom:')).default([]),
});

const configSchema = z.object({
  stageName: z
    .string()
    .regex(/^[A-Za-z0-9-]+$/)
    .default('dev'),
  projects: z
    .array(projectSchema)
    .min(1)
    .default([projectSchema.parse({ projectId: DEFAULT_PROJECT_ID })]),
  limits: z
    .object({
      maxKeyLength: z.number().int().positive(),
      maxValueBytes: z.number().int().positive(),
      maxKeysPerCall: z.number().int().positive(),
      maxDocumentBytes: z
        .number()
        .int()
        .positive()
        .max(350 * 1024),
      maxBodyBytes: z.number().int().positive(),
      maxDepth: z.number().int().positive(),
      maxLoginHistory: z.number().int().positive(),
      maxKeysPerNamespace: z.number().int().positive().default(defaultLimits.maxKeysPerNamespace),
      maxBytesPerNamespace: z.number().int().positive().default(defaultLimits.maxBytesPerNamespace),
      maxFailuresPerAccount: z
        .number()
        .int()
        .positive()
        .default(defaultLimits.maxFailuresPerAccount),
      maxFailuresPerSource: z.number().int().positive().default(defaultLimits.maxFailuresPerSource),
      attemptWindowSeconds: z.number().int().positive().default(defaultLimits.attemptWindowSeconds),
    })
    .default(defaultLimits),
  /** HTTP API stage throttling (requests per second, burst). */
  throttle: z
    .object({ rateLimit: z.number().positive(), burstLimit: z.number().int().positive() })
    .default({ rateLimit: 100, burstLimit: 200 }),
  corsAllowOrigins: z.array(z.string()).default(['*']),
  lambda: z
    .object({
      memorySize: z.number().int().min(128).max(10240),
      timeoutSeconds: z.number().int().min(1).max(29),
      logRetentionDays: z.number().int().positive(),
    })
    .default({ memorySize: 512, timeoutSeconds: 10, logRetentionDays: 30 }),
  /** The user pool's password policy; the handlers check it too, with clearer messages. */
  passwordPolicy: z
    .object({
      minLength: z.number().int().min(6).max(99),
      requireLowercase: z.boolean(),
      requireUppercase: z.boolean(),
      requireDigits: z.boolean(),
      requireSymbols: z.boolean(),
    })
    .default(defaultPasswordPolicy),
  /**
   * Prefix of the user pool's Cognito domain (`<prefix>.auth.<region>.amazoncognito.com`),
   * whose token endpoint issues the backend clients' tokens; globally unique.
   */
  oauthDomainPrefix: z
    .string()
    .regex(/^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/)
    .optional(),
  /** Chain ids a wallet may be added on (`/user-wallets/available-chains-get`); EVM only. */
  walletChains: z
    .array(z.string().regex(/^[0-9]{1,20}$/))
    .min(1)
    .default([...defaultWalletChains]),
  /** Cognito access/ID token lifetime in minutes (5 to 1440). */
  accessTokenMinutes: z.number().int().min(5).max(1440).default(60),
});

export type BackendConfig = z.infer<typeof configSchema>;

/** The resource server's identifier and scopes: OAuth tokens carry `userdata/<scope>`. */
export const RESOURCE_SERVER = {
  identifier: 'userdata',
  scopes: ['user-data-get', 'user-data-set', 'userinfo-lookup'],
} as const;
export type ProjectSettings = z.infer<typeof projectSchema>;

/** Defaults, overridden by an object (or JSON string) given as CDK context `backend`. */
export function resolveConfig(override: unknown = {}): BackendConfig {
  const value = typeof override === 'string' ? JSON.parse(override) : (override ?? {});
  const parsed = configSchema
    .refine((config) => config.oauthDomainPrefix || !config.projects.some((p) => p.backendClient), {
      message: 'a project with backendClient needs oauthDomainPrefix',
      path: ['oauthDomainPrefix'],
    })
    .safeParse(value);
  if (!parsed.success) {
    throw new Error(`Invalid backend configuration: ${z.prettifyError(parsed.error)}`);
  }
  return parsed.data;
}
