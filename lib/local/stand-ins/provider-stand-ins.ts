/**
 * Offline stand-ins of the identity providers, served by `npm start` and the test setup:
 *
 *   /auth0/.well-known/openid-configuration, /auth0/.well-known/jwks.json   (Auth0 tenant)
 *   /google/oauth2/v3/certs                                                (Google JWKS)
 *   /facebook/debug_token, /facebook/me                                    (Graph API)
 *   /twitter/2/users/me                                                    (X API v2)
 *
 * They answer in the real providers' formats for the tokens `mintToken` makes
 * (`npm run dev-token`). In AWS none of this exists: the stack's config names the real hosts.
 */
import { createPublicKey } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import {
  FACEBOOK_PREFIX,
  readOpaque,
  STAND_IN,
  type StandInKeys,
  standInKeys,
  TWITTER_PREFIX,
} from './stand-in-tokens.js';

export interface ProviderStandIns {
  readonly url: string;
  readonly keys: StandInKeys;
  readonly dir: string;
  stop(): Promise<void>;
}

interface FacebookClaims {
  app_id: string;
  user_id: string;
  name: string;
  email: string;
  exp: number;
}
interface TwitterClaims {
  id: string;
  username: string;
  exp: number;
}

export async function startProviderStandIns(options: {
  dir: string;
  port?: number;
}): Promise<ProviderStandIns> {
  const keys = standInKeys(options.dir);
  // Locally the backend reads the Facebook app secret from this file (Secrets Manager in AWS).
  writeFileSync(join(options.dir, 'facebook-app-secret'), keys.facebookAppSecret, { mode: 0o600 });
  const jwk = {
    ...createPublicKey(keys.privateKeyPem).export({ format: 'jwk' }),
    kid: keys.kid,
    alg: 'RS256',
    use: 'sig',
  };
  const now = () => Math.floor(Date.now() / 1000);
  let base = '';

  const server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://stand-in');
    const send = (status: number, body: unknown) => {
      response.writeHead(status, { 'content-type': 'application/json' });
      response.end(JSON.stringify(body));
    };
    const bearer = /^Bearer (\S+)$/.exec(request.headers.authorization ?? '')?.[1] ?? '';
    switch (url.pathname) {
      case '/auth0/.well-known/openid-configuration':
        return send(200, {
          issuer: STAND_IN.authZeroIssuer,
          jwks_uri: `${base}/auth0/.well-known/jwks.json`,
          id_token_signing_alg_values_supported: ['RS256'],
        });
      case '/auth0/.well-known/jwks.json':
      case '/google/oauth2/v3/certs':
        return send(200, { keys: [jwk] });
      case '/facebook/debug_token': {
        // Graph API: the app access token `<app id>|<app secret>` may inspect its users' tokens.
        const appToken = url.searchParams.get('access_token') ?? '';
        if (appToken !== `${STAND_IN.facebookAppId}|${keys.facebookAppSecret}`) {
          return send(400, {
            error: { message: 'Invalid OAuth access token.', type: 'OAuthException', code: 190 },
          });
        }
        const input = url.searchParams.get('input_token') ?? '';
        const claims = readOpaque<FacebookClaims>(keys, FACEBOOK_PREFIX, input);
        if (!claims) {
          return send(200, {
            data: {
              is_valid: false,
              error: { code: 190, message: 'Invalid OAuth access token.' },
              scopes: [],
            },
          });
        }
        return send(200, {
          data: {
            app_id: claims.app_id,
            type: 'USER',
            application: 'Local stand-in app',
            expires_at: claims.exp,
            is_valid: claims.exp > now(),
            scopes: ['email', 'public_profile'],
            user_id: claims.user_id,
            ...(claims.exp > now()
              ? {}
              : { error: { code: 190, subcode: 463, message: 'Session has expired' } }),
          },
        });
      }
      case '/facebook/me': {
        const claims = readOpaque<FacebookClaims>(
          keys,
          FACEBOOK_PREFIX,
          url.searchParams.get('access_token') ?? bearer,
        );
        if (!claims || claims.exp <= now()) {
          return send(400, {
            error: { message: 'Invalid OAuth access token.', type: 'OAuthException', code: 190 },
          });
        }
        return send(200, { id: claims.user_id, name: claims.name, email: claims.email });
      }
      case '/twitter/2/users/me': {
        const claims = readOpaque<TwitterClaims>(keys, TWITTER_PREFIX, bearer);
        if (!claims || claims.exp <= now()) {
          return send(401, {
            title: 'Unauthorized',
            type: 'about:blank',
            status: 401,
            detail: 'Unauthorized',
          });
        }
        return send(200, {
          data: { id: claims.id, name: claims.username, username: claims.username },
        });
      }
      default:
        return send(404, { error: 'not_found' });
    }
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', resolve);
  });
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url: base,
    keys,
    dir: options.dir,
    stop: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/**
 * A project's `identityProviders` (tenant directory, env PROJECTS) for a project pointed at the
 * stand-ins: only the providers the project enables.
 */
export function standInSettings(standIns: ProviderStandIns, providers: readonly string[]) {
  const url = standIns.url;
  return {
    ...(providers.includes('authZero')
      ? {
          authZero: {
            issuer: STAND_IN.authZeroIssuer,
            audience: [STAND_IN.authZeroAudience],
            jwksUri: `${url}/auth0/.well-known/jwks.json`,
          },
        }
      : {}),
    ...(providers.includes('google')
      ? {
          google: {
            clientIds: [STAND_IN.googleClientId],
            jwksUri: `${url}/google/oauth2/v3/certs`,
          },
        }
      : {}),
    ...(providers.includes('facebook')
      ? {
          facebook: {
            appId: STAND_IN.facebookAppId,
            graphApiUrl: `${url}/facebook`,
            appSecretFile: join(standIns.dir, 'facebook-app-secret'),
          },
        }
      : {}),
    ...(providers.includes('twitter') ? { twitter: { apiUrl: `${url}/twitter/2` } } : {}),
  };
}
