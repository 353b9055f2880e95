/**
 * Per-project settings of the external identity providers: each project's `identityProviders`
 * in the tenant directory (written by the stack from the typed config, or by the local backend
 * to point at the stand-ins), read once at init with the rest of the configuration.
 */

import { findProjectById, projects } from '../../config.js';
import type { RuntimeIdentityProviders } from '../../config-schema.js';

export type ProjectProviderSettings = RuntimeIdentityProviders;

/** The project's settings for the providers it configures (empty when none). */
export function providerSettings(projectId: string): ProjectProviderSettings {
  return findProjectById(projectId)?.identityProviders ?? {};
}

/** Every origin a provider setting names: the only hosts the backend ever calls. */
export function configuredOrigins(): ReadonlySet<string> {
  const origins = new Set<string>();
  for (const { identityProviders: settings } of projects()) {
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
