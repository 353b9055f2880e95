/**
 * Per-project settings of the external identity providers (env IDENTITY_PROVIDERS, a JSON
 * object keyed by project id; set by the stack from the typed config, or by the local backend
 * to point at the stand-ins). Read once per cold start; a malformed value throws at init.
 */
import * as z from 'zod/mini';

const nonEmpty = z.string().check(z.minLength(1));
const url = z.url({ protocol: /^https?$/ });

const projectProviders = z.object({
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

export type ProjectProviderSettings = z.infer<typeof projectProviders>;

const schema = z.record(z.string(), projectProviders);

let cache: Record<string, ProjectProviderSettings> | undefined;

function all(): Record<string, ProjectProviderSettings> {
  if (!cache) {
    const raw = process.env.IDENTITY_PROVIDERS;
    const parsed = schema.safeParse(raw ? JSON.parse(raw) : {});
    if (!parsed.success) {
      throw new Error(
        `Invalid environment variable IDENTITY_PROVIDERS: ${z.prettifyError(parsed.error)}`,
      );
    }
    cache = parsed.data;
  }
  return cache;
}

/** The project's settings for the providers it configures (empty when none). */
export function providerSettings(projectId: string): ProjectProviderSettings {
  return all()[projectId] ?? {};
}

/** Every origin a provider setting names: the only hosts the backend ever calls. */
export function configuredOrigins(): ReadonlySet<string> {
  const origins = new Set<string>();
  for (const settings of Object.values(all())) {
    for (const value of [
      settings.authZero?.jwksUri,
      settings.google?.jwksUri,
      settings.facebook?.graphApiUrl,
      settings.twitter?.apiUrl,
    ]) {
      if (value) origins.add(new URL(value).origin);
    }
  }
  return origins;
}

/** How long one provider call may take before the request answers 503. */
export const providerTimeoutMs = (): number => Number(process.env.PROVIDER_TIMEOUT_MS ?? 3000);
