/**
 * The deployment's typed configuration, in one place. Defaults below; override any part with
 * CDK context, e.g. `npx cdk deploy -c backend='{"stageName":"prod"}'` or a `backend` key in
 * cdk.json. The local server reads the same projects and limits. The parts the handlers read
 * back at cold start use the schemas of lambdas/config-schema.ts, so there is one schema.
 */
import * as z from 'zod/mini';
import {
  type EmailSender,
  limitsSchema,
  passwordPolicySchema,
  projectSettingsSchema,
  walletChainsSchema,
} from '../lambdas/config-schema.js';
import { defaultPasswordPolicy } from '../lambdas/domain/account/password-policy.js';
import { defaultWalletChains } from '../lambdas/domain/wallet/chains.js';
import { defaultLimits } from '../lambdas/limits.js';

/** What a handler needs to send mail (EMAIL_SENDER): the `email` configuration without IAM parts. */
export const emailSenderOf = (email: NonNullable<BackendConfig['email']>): EmailSender => ({
  fromEmail: email.fromEmail,
  fromName: email.fromName,
  replyTo: email.replyTo,
  configurationSetName: email.configurationSetName,
  sesRegion: email.sesRegion,
});

/** The project id used by the vendor's examples, so they run verbatim against a fresh deploy. */
export const DEFAULT_PROJECT_ID = 'a69a31e9-f2e6-4d5f-b080-6138c6a721b7';

/** The retention periods CloudWatch Logs accepts (PutRetentionPolicy refuses any other). */
export const LOG_RETENTION_DAYS = [
  1, 3, 5, 7, 14, 30, 60, 90, 120, 150, 180, 365, 400, 545, 731, 1096, 1827, 2192, 2557, 2922, 3288,
  3653,
] as const;
export type LogRetentionDays = (typeof LOG_RETENTION_DAYS)[number];

const logRetentionDays = z.int().check(
  z.refine((days) => (LOG_RETENTION_DAYS as readonly number[]).includes(days), {
    message: `must be one of ${LOG_RETENTION_DAYS.join(', ')} (the values CloudWatch Logs accepts)`,
  }),
) as unknown as z.ZodMiniType<LogRetentionDays>;

const throttleSchema = z.object({
  rateLimit: z.number().check(z.positive()),
  burstLimit: z.int().check(z.positive()),
});

const configSchema = z.object({
  stageName: z._default(z.string().check(z.regex(/^[A-Za-z0-9-]+$/)), 'dev'),
  projects: z._default(z.array(projectSettingsSchema).check(z.minLength(1)), [
    projectSettingsSchema.parse({ projectId: DEFAULT_PROJECT_ID }),
  ]),
  limits: z._default(limitsSchema, defaultLimits),
  /**
   * Throttling of every route that declares none of its own in lib/routes.ts (requests per
   * second, burst). API Gateway applies it per route, not to the API as a whole.
   */
  throttle: z._default(throttleSchema, { rateLimit: 100, burstLimit: 200 }),
  corsAllowOrigins: z._default(z.array(z.string()), ['*']),
  lambda: z._default(
    z.object({
      memorySize: z.int().check(z.minimum(128), z.maximum(10240)),
      timeoutSeconds: z.int().check(z.minimum(1), z.maximum(29)),
      logRetentionDays,
      /**
       * Stack traces name the TypeScript source (`--enable-source-maps`); Node then parses
       * the bundle's map at load, which costs cold-start time (see README, Observability).
       */
      sourceMaps: z._default(z.boolean(), true),
    }),
    { memorySize: 512, timeoutSeconds: 10, logRetentionDays: 30, sourceMaps: true },
  ),
  passwordPolicy: z._default(passwordPolicySchema, defaultPasswordPolicy),
  /**
   * Prefix of the user pool's Cognito domain (`<prefix>.auth.<region>.amazoncognito.com`),
   * whose token endpoint issues the backend clients' tokens; globally unique, and it may not
   * contain `aws`, `amazon` or `cognito`.
   */
  oauthDomainPrefix: z.optional(
    z.string().check(
      z.regex(/^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/),
      z.refine((prefix) => !/aws|amazon|cognito/.test(prefix), {
        message: 'Cognito refuses domain prefixes containing aws, amazon or cognito',
      }),
    ),
  ),
  /** Chain ids a wallet may be added on (`/user-wallets/available-chains-get`); EVM only. */
  walletChains: z._default(walletChainsSchema, [...defaultWalletChains]),
  /** Cognito access/ID token lifetime in minutes (5 to 1440). */
  accessTokenMinutes: z._default(z.int().check(z.minimum(5), z.maximum(1440)), 60),
  /**
   * Send Cognito's mails (confirmation and reset codes) through Amazon SES. Without it the
   * pool uses Cognito's own sender, limited to about 50 mails a day per account. The address
   * (or `sesVerifiedDomain`) must be a verified SES identity before the deploy. The API's own
   * mail (the owner notice of POST /user) needs it: without it that notice is only logged.
   */
  email: z.optional(
    z.object({
      fromEmail: z.email(),
      fromName: z.optional(z.string().check(z.minLength(1))),
      replyTo: z.optional(z.email()),
      configurationSetName: z.optional(z.string().check(z.minLength(1))),
      /** Region of the SES identity, when it is not the stack's. */
      sesRegion: z.optional(z.string().check(z.regex(/^[a-z]{2}(-[a-z]+)+-\d$/))),
      sesVerifiedDomain: z.optional(z.string().check(z.minLength(1))),
    }),
  ),
  /**
   * Cognito threat protection (needs the Plus feature plan, billed per active user):
   * `audit` only logs risk, `enforced` also blocks risky sign-ins.
   */
  threatProtection: z._default(z.enum(['off', 'audit', 'enforced']), 'off'),
  /**
   * Time-based one-time passwords as a second factor. The API's login answers no MFA
   * challenge yet: `optional` lets users who enrolled elsewhere keep it (their login then
   * fails here), `required` makes every login fail until clients support the challenge.
   */
  mfa: z._default(z.enum(['off', 'optional', 'required']), 'off'),
  /**
   * API Gateway's detailed metrics: requests, 4xx, 5xx and latency per route (CloudWatch
   * bills them as custom metrics, about 6 per route).
   */
  routeMetrics: z._default(z.boolean(), false),
  /** SNS topic that receives the stack's CloudWatch alarms (none: the alarms only show). */
  alarmTopicArn: z.optional(z.string().check(z.regex(/^arn:aws[a-z-]*:sns:[^:]+:\d{12}:[^:]+$/))),
});

export type BackendConfig = z.infer<typeof configSchema>;

/** The resource server's identifier and scopes: OAuth tokens carry `userdata/<scope>`. */
export const RESOURCE_SERVER = {
  identifier: 'userdata',
  scopes: ['user-data-get', 'user-data-set', 'userinfo-lookup'],
} as const;
export type ProjectSettings = z.infer<typeof projectSettingsSchema>;

/** Defaults, overridden by an object (or JSON string) given as CDK context `backend`. */
export function resolveConfig(override: unknown = {}): BackendConfig {
  const value = typeof override === 'string' ? JSON.parse(override) : (override ?? {});
  const parsed = configSchema
    .check(
      z.refine(
        (config) =>
          Boolean(config.oauthDomainPrefix) || !config.projects.some((p) => p.backendClient),
        {
          message: 'a project with backendClient needs oauthDomainPrefix',
          path: ['oauthDomainPrefix'],
        },
      ),
      z.refine(
        (config) =>
          new Set(config.projects.map((p) => p.projectId)).size === config.projects.length,
        { message: 'project ids must be unique', path: ['projects'] },
      ),
    )
    .safeParse(value);
  if (!parsed.success) {
    throw new Error(`Invalid backend configuration: ${z.prettifyError(parsed.error)}`);
  }
  return parsed.data;
}
