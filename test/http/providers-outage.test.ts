/**
 * A provider that is down, hangs or fails answers 503 in the account format, never a 500 or
 * a token refusal. This file points the providers' settings at a closed port, a server that
 * never answers and one that answers 500, before the handlers read them.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ProjectProviderSettings } from '../../lambdas/adapters/providers/provider-settings.js';
import { DEFAULT_PROJECT_ID } from '../../lib/config.js';
import { useLocalServer } from '../support/local-server.js';
import { providerToken, uniqueSubject } from '../support/provider-tokens.js';

const listen = async (server: Server) => {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
};
const hanging = createServer(() => {
  // Never answers: the backend's timeout must.
});
const failing = createServer((_request, response) => {
  response.writeHead(500, { 'content-type': 'application/json' }).end('{"error":"boom"}');
});
let closedPort = '';

beforeAll(async () => {
  const [hangingUrl, failingUrl] = await Promise.all([listen(hanging), listen(failing)]);
  const probe = createServer();
  closedPort = await listen(probe);
  await new Promise((resolve) => probe.close(resolve));
  // The tenant directory (PROJECTS locally) carries each project's provider settings.
  const projects: Array<{ projectId: string; identityProviders: ProjectProviderSettings }> =
    JSON.parse(process.env.PROJECTS ?? '[]');
  const settings = projects.find((p) => p.projectId === DEFAULT_PROJECT_ID)?.identityProviders;
  if (!settings?.authZero || !settings.google || !settings.facebook || !settings.twitter) {
    throw new Error('the default test project enables every provider');
  }
  settings.authZero.jwksUri = `${closedPort}/.well-known/jwks.json`;
  settings.google.jwksUri = `${hangingUrl}/oauth2/v3/certs`;
  settings.facebook.graphApiUrl = `${failingUrl}/facebook`;
  settings.twitter.apiUrl = `${hangingUrl}/2`;
  process.env.PROJECTS = JSON.stringify(projects);
  process.env.PROVIDER_TIMEOUT_MS = '300';
});
afterAll(() => {
  hanging.closeAllConnections();
  hanging.close();
  failing.close();
});

const server = useLocalServer();
const params = { projectId: DEFAULT_PROJECT_ID, strategy: 'email' };

describe('provider outage', () => {
  it('Auth0 JWKS unreachable: 503', async () => {
    const token = providerToken({ provider: 'authZero', sub: uniqueSubject('a') });
    const response = await server.request(
      'GET',
      `/user?${new URLSearchParams({ ...params, provider: 'authZero' })}`,
      { token },
    );
    expect(response).toMatchObject({ status: 503, body: { result: 0, error: 'unavailable' } });
  });

  for (const provider of ['google', 'facebook', 'twitter'] as const) {
    it(`${provider} hanging or failing: 503`, async () => {
      const accessToken = providerToken({ provider, sub: uniqueSubject(provider) });
      const response = await server.request(
        'GET',
        `/user/check/nonstandard?${new URLSearchParams({ ...params, provider, accessToken })}`,
      );
      expect(response).toMatchObject({ status: 503, body: { result: 0, error: 'unavailable' } });
    });
  }
});
