/**
 * The one configuration schema: lib/config.ts builds the deployment configuration from these
 * parts, the stack writes what the handlers need from it, and lambdas/config.ts parses it
 * back at cold start with the very same schemas (zod/mini, so the bundles stay small).
 */
import * as z from 'zod/mini';
import { defaultLimits } from './limits.js';

const positive = z.int().check(z.positive());
const nonEmpty = z.string().check(z.minLength(1));

/** Request and storage limits (SPEC "Limits"); defaults in lambdas/limits.ts. */
export const limitsSchema = z.object({
  maxKeyLength: positive,
  maxValueBytes: positive,
  maxKeysPerCall: positive,
  // DynamoDB's item limit is 400 KB; the document item carries a few attributes beside it.
  maxDocumentBytes: positive.check(z.maximum(350 * 1024)),
  maxBodyBytes: positive,
  maxDepth: positive,
  maxLoginHistory: positive,
  // Quotas and attempt limits added later: an older configuration without them keeps working.
  maxKeysPerNamespace: z._default(positive, defaultLimits.maxKeysPerNamespace),
  maxBytesPerNamespace: z._default(positive, defaultLimits.maxBytesPerNamespace),
  maxKeysPerUser: z._default(positive, defaultLimits.maxKeysPerUser),
  maxBytesPerUser: z._default(positive, defaultLimits.maxBytesPerUser),
  maxFailuresPerAccount: z._default(positive, defaultLimits.maxFailuresPerAccount),
  maxFailuresPerSource: z._default(positive, defaultLimits.maxFailuresPerSource),
  attemptWindowSeconds: z._default(positive, defaultLimits.attemptWindowSeconds),
});

/** The user pool's password policy; the handlers check it too, with clearer messages. */
export const passwordPolicySchema = z.object({
  minLength: z.int().check(z.minimum(6), z.maximum(99)),
  requireLowercase: z.boolean(),
  requireUppercase: z.boolean(),
  requireDigits: z.boolean(),
  requireSymbols: z.boolean(),
});

/** Chain ids a wallet may be added on (`/user-wallets/available-chains-get`); EVM only. */
export const walletChainsSchema = z
  .array(z.string().check(z.regex(/^[0-9]{1,20}$/)))
  .check(z.minLength(1));

/**
 * The sender of the API's own e-mail (owner notices, SES SendEmail): the deployment's `email`
 * configuration without the IAM-only parts. Set only on routes that mail, only when `email`
 * is configured (locally: the mail stand-in's outbox).
 */
export const emailSenderSchema = z.object({
  fromEmail: z.email(),
  fromName: z.optional(nonEmpty),
  replyTo: z.optional(z.email()),
  configurationSetName: z.optional(nonEmpty),
  /** Region of the SES identity, when it is not the function's. */
  sesRegion: z.optional(nonEmpty),
});

export type EmailSender = z.infer<typeof emailSenderSchema>;

/** What a project (tenant) decides, in the deployment configuration. */
export const projectSettingsSchema = z.object({
  projectId: z.uuid(),
  strategies: z._default(z.array(nonEmpty).check(z.minLength(1)), ['email']),
  providers: z._default(z.array(nonEmpty).check(z.minLength(1)), ['awsCognito']),
  /** Names of the app clients to create in the stack's user pool for this project. */
  appClients: z._default(
    z.array(z.string().check(z.regex(/^[a-z][a-z0-9-]*$/))).check(z.minLength(1)),
    ['web', 'mobile'],
  ),
  /** Confirm sign-ups without the e-mail code (always on in local mode). */
  autoConfirmSignUp: z._default(z.boolean(), false),
  /**
   * Also create a confidential app client for the project's own backend: OAuth
   * client-credentials with the resource server's scopes (`userinfo-lookup`, …). Needs
   * `oauthDomainPrefix`.
   */
  backendClient: z._default(z.boolean(), false),
  /**
   * `custom:*` attributes callers may set at sign-up and in PUT /user; none by default (they
   * land in the signed ID token). In AWS the pool must also define them.
   */
  customAttributes: z._default(z.array(z.string().check(z.startsWith('custom:'))), []),
  /**
   * Settings of the external identity providers the project enables (seed 004; docs/providers.md).
   * In AWS these name the real providers; locally the stand-ins replace them.
   */
  identityProviders: z._default(
    z.object({
      authZero: z.optional(
        z.object({
          /** The tenant's issuer, e.g. `https://example.eu.auth0.com/` (with the slash). */
          issuer: z.url({ protocol: /^https$/ }),
          /** The API identifier(s) the access tokens must name. */
          audience: z.array(nonEmpty).check(z.minLength(1)),
          /** Defaults to `<issuer>.well-known/jwks.json`. */
          jwksUri: z.optional(z.url({ protocol: /^https$/ })),
        }),
      ),
      google: z.optional(z.object({ clientIds: z.array(nonEmpty).check(z.minLength(1)) })),
      facebook: z.optional(
        z.object({
          appId: z.string().check(z.regex(/^[0-9]+$/)),
          /** Secrets Manager secret (ARN) holding the app secret; created and filled by you. */
          appSecretArn: z.string().check(z.startsWith('arn:')),
        }),
      ),
      twitter: z.optional(z.object({})),
    }),
    {},
  ),
});

const url = z.url({ protocol: /^https?$/ });

/**
 * A project's external identity providers as the handlers call them (only those it enables):
 * the stack writes the real hosts, the local backend the stand-ins'. Part of the tenant
 * directory, so a function's environment does not grow with the projects.
 */
export const runtimeIdentityProvidersSchema = z.object({
  authZero: z.optional(z.object({ issuer: nonEmpty, audience: z.array(nonEmpty), jwksUri: url })),
  google: z.optional(
    z.object({
      clientIds: z.array(nonEmpty).check(z.minLength(1)),
      jwksUri: z._default(url, 'https://www.googleapis.com/oauth2/v3/certs'),
    }),
  ),
  facebook: z.optional(
    z.object({
      appId: nonEmpty,
      graphApiUrl: z._default(url, 'https://graph.facebook.com/v19.0'),
      /** AWS: the Secrets Manager secret holding the app secret. */
      appSecretArn: z.optional(nonEmpty),
      /** Local mode: a file holding the app secret. */
      appSecretFile: z.optional(nonEmpty),
    }),
  ),
  twitter: z.optional(z.object({ apiUrl: z._default(url, 'https://api.twitter.com/2') })),
});

/** A project as the handlers see it: its settings plus the ids Cognito gave its clients. */
export const runtimeProjectSchema = z.object({
  projectId: z.uuid(),
  userPoolId: nonEmpty,
  clientIds: z.array(nonEmpty).check(z.minLength(1)),
  strategies: z.array(nonEmpty).check(z.minLength(1)),
  providers: z.array(nonEmpty).check(z.minLength(1)),
  autoConfirmSignUp: z.boolean(),
  /** `custom:*` attributes callers may set at sign-up and PUT /user (none by default). */
  customAttributes: z._default(z.array(z.string().check(z.startsWith('custom:'))), []),
  /** Settings of the external identity providers it enables (left out when none). */
  identityProviders: z._default(runtimeIdentityProvidersSchema, {}),
});

/**
 * The tenant directory: every project with its client ids. In AWS it is one Secrets Manager
 * secret the stack writes at deploy (client ids exist only then); locally the `PROJECTS`
 * variable. Each app client's backend secret is found by name, `BACKEND_SECRET_PREFIX` +
 * client id, so the directory does not grow with secret ARNs.
 */
export const tenantDirectorySchema = z.object({
  projects: z.array(runtimeProjectSchema).check(z.minLength(1)),
});

export type RuntimeProject = z.infer<typeof runtimeProjectSchema>;
export type RuntimeIdentityProviders = z.infer<typeof runtimeIdentityProvidersSchema>;
export type TenantDirectory = z.infer<typeof tenantDirectorySchema>;

/** The environment variables the stack sets and the handlers read (tables: lib/tables.ts). */
export const configEnv = {
  limits: 'LIMITS',
  passwordPolicy: 'PASSWORD_POLICY',
  walletChains: 'WALLET_CHAINS',
  /** AWS: ARN of the tenant directory secret. */
  tenantDirectoryArn: 'TENANT_DIRECTORY_ARN',
  /** Local mode: the directory's projects as JSON. */
  projects: 'PROJECTS',
  /** AWS, routes with `clientSecrets`: name prefix of the app clients' backend secrets. */
  backendSecretPrefix: 'BACKEND_SECRET_PREFIX',
  /** Routes that mail (`sendsMail`), when `email` is configured: the sender as JSON. */
  emailSender: 'EMAIL_SENDER',
} as const;
