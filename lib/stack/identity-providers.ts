/**
 * The handlers' IDENTITY_PROVIDERS setting from the typed config: the real providers' hosts
 * (the stand-ins exist only locally), for the providers each project enables.
 */
import type { BackendConfig } from '../config.js';

export function identityProviderSettings(config: BackendConfig) {
  return Object.fromEntries(
    config.projects.map((project) => {
      const { authZero, google, facebook, twitter } = project.identityProviders;
      const enabled = (name: string) => project.providers.includes(name);
      return [
        project.projectId,
        {
          ...(authZero && enabled('authZero')
            ? {
                authZero: {
                  issuer: authZero.issuer,
                  audience: authZero.audience,
                  jwksUri:
                    authZero.jwksUri ?? new URL('.well-known/jwks.json', authZero.issuer).href,
                },
              }
            : {}),
          ...(google && enabled('google') ? { google: { clientIds: google.clientIds } } : {}),
          ...(facebook && enabled('facebook')
            ? { facebook: { appId: facebook.appId, appSecretArn: facebook.appSecretArn } }
            : {}),
          ...(twitter && enabled('twitter') ? { twitter: {} } : {}),
        },
      ];
    }),
  );
}

/** The Facebook app secrets the provider-check function may read. */
export const providerSecretArns = (config: BackendConfig): string[] =>
  config.projects.flatMap((project) =>
    project.identityProviders.facebook && project.providers.includes('facebook')
      ? [project.identityProviders.facebook.appSecretArn]
      : [],
  );
