/**
 * The one way the backend calls an identity provider: only hosts named in the providers'
 * configuration, with a timeout; an outage, a timeout or a 5xx/429 becomes `unavailable` (503).
 */
import type { Fetcher } from 'aws-jwt-verify/https';
import { AppError } from '../../errors.js';
import { configuredOrigins, providerTimeoutMs } from './provider-settings.js';

export interface ProviderAnswer {
  readonly status: number;
  readonly body: unknown;
}

// The configuration is read once per container, so its hosts are too.
let origins: ReadonlySet<string> | undefined;

function assertConfigured(url: string): void {
  origins ??= configuredOrigins();
  if (!origins.has(new URL(url).origin)) {
    // Settings are the only source of URLs; reaching here is a bug, never a user's doing.
    throw new Error(`refusing to call ${new URL(url).origin}: not a configured provider host`);
  }
}

async function send(url: string, what: string, headers: Record<string, string>): Promise<Response> {
  assertConfigured(url);
  let response: Response;
  try {
    response = await fetch(url, {
      headers: { accept: 'application/json', ...headers },
      signal: AbortSignal.timeout(providerTimeoutMs()),
      redirect: 'error',
    });
  } catch (error) {
    throw new AppError('unavailable', `${what} did not answer`, { cause: error });
  }
  if (response.status >= 500 || response.status === 429) {
    await response.body?.cancel();
    throw new AppError('unavailable', `${what} is unavailable (HTTP ${response.status})`);
  }
  return response;
}

/** GET a provider's JSON endpoint. */
export async function providerGet(
  url: string,
  what: string,
  headers: Record<string, string> = {},
): Promise<ProviderAnswer> {
  const response = await send(url, what, headers);
  try {
    return { status: response.status, body: await response.json() };
  } catch (error) {
    throw new AppError('unavailable', `${what} answered something that is not JSON`, {
      cause: error,
    });
  }
}

/** aws-jwt-verify's JWKS fetcher, through the same host check and timeout. */
export const providerJwksFetcher = (what: string): Fetcher => ({
  async fetch(uri) {
    const response = await send(uri, what, {});
    if (response.status !== 200) {
      await response.body?.cancel();
      throw new AppError('unavailable', `${what} keys are unavailable (HTTP ${response.status})`);
    }
    return response.arrayBuffer();
  },
});
