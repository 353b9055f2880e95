/**
 * A typed client of the user data and identity backend: every path, method, request body and
 * answer of its OpenAPI document (openapi.json at the repository root) as TypeScript types,
 * over openapi-fetch. `schema.d.ts` is generated (`npm run openapi`); do not edit it.
 *
 * ```ts
 * const api = createBackendClient({ baseUrl: 'http://127.0.0.1:3000', token });
 * const { data } = await api.POST('/user-data/set', { body: { value_key: 'k', value_data: 'v' } });
 * ```
 */
import createClient, { type ClientOptions } from 'openapi-fetch';
import type { paths } from './schema.js';

export type { components, operations, paths } from './schema.js';

export interface BackendClientOptions extends ClientOptions {
  /** An access token (`data.accessToken` of `PUT /user/login`), sent as `Authorization: Bearer`. */
  readonly token?: string;
}

export function createBackendClient({ token, headers, ...options }: BackendClientOptions) {
  return createClient<paths>({
    ...options,
    headers: {
      ...(headers as Record<string, string> | undefined),
      ...(token ? { authorization: `Bearer ${token}` } : {}),
    },
  });
}

export type BackendClient = ReturnType<typeof createBackendClient>;
