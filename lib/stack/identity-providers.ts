/**
 * A project's `identityProviders` in the tenant directory, from the typed config: the real
 * providers' hosts (the stand-ins exist only locally), for the providers the project enables.
 */
import type * as z from 'zod/mini';
import type { runtimeIdentityProvidersSchema } from '../../lambdas/config-schema.js';
import type { BackendConfig, ProjectSettings } from '../config.js';

export function identityProviderSettings(
  project: ProjectSettings,
): z.input<typeof runtimeIdentityProvidersSchema> {
  const { authZero, google, facebook, twitter } = project.identityProviders;
  const enabled = (name: string) => project.providers.includes(name);
  return {
    ...(authZero && enabled('authZero')
      ? {
          authZero: {
            issuer: authZero.issuer,
            audience: authZero.audience,
            jwksUri: authZero.jwksUri ?? new URL('.well-known/jwks.json', authZero.issuer).href,
          },
        }
      : {}),
    ...(google && enabled('google') ? { google: { clientIds: google.clientIds } } : {}),
    ...(facebook && enabled('facebook')
      ? { facebook: { appId: facebook.appId, appSecretArn: facebook.appSecretArn } }
      : {}),
    ...(twitter && enabled('twitter') ? { twitter: {} } : {}),
  };
}

/** The Facebook app secrets the provider-check function may read. */
export const providerSecretArns = (config: BackendConfig): string[] =>
  config.projects.flatMap((project) =>
    project.identityProviders.facebook && project.providers.includes('facebook')
      ? [project.identityProviders.facebook.appSecretArn]
      : [],
  );
