/**
 * Key material and token minting of the local provider stand-ins (Auth0, Google, Facebook,
 * Twitter). Kept in `<dataDir>/stand-ins/keys.json` so `npm run dev-token` mints tokens the
 * running `npm start` accepts. Local and test use only: nothing here is deployed.
 */
import { createHmac, createSign, generateKeyPairSync, randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** The identities the local stand-ins play; the default local config points projects at them. */
export const STAND_IN = {
  /** An Auth0 tenant's issuer (as Auth0 writes it, with the trailing slash). */
  authZeroIssuer: 'https://local-tenant.auth0.test/',
  authZeroAudience: 'https://user-data-backend.local/api',
  googleIssuer: 'https://accounts.google.com',
  googleClientId: 'local-web-client.apps.googleusercontent.com',
  facebookAppId: '1000000000000001',
} as const;

export interface StandInKeys {
  readonly kid: string;
  readonly privateKeyPem: string;
  /** Signs the opaque Facebook and Twitter tokens, which only the stand-ins can read. */
  readonly opaqueSecret: string;
  /** The Facebook app's secret: the backend's app access token is `<appId>|<appSecret>`. */
  readonly facebookAppSecret: string;
}

/** Reads the stand-ins' keys from `dir`, creating them on first use. */
export function standInKeys(dir: string): StandInKeys {
  const file = join(dir, 'keys.json');
  if (existsSync(file)) return JSON.parse(readFileSync(file, 'utf8')) as StandInKeys;
  mkdirSync(dir, { recursive: true });
  const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const keys: StandInKeys = {
    kid: `local-${randomBytes(6).toString('hex')}`,
    privateKeyPem: privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(),
    opaqueSecret: randomBytes(32).toString('hex'),
    facebookAppSecret: randomBytes(16).toString('hex'),
  };
  writeFileSync(file, `${JSON.stringify(keys, null, 2)}\n`, { mode: 0o600 });
  return keys;
}

const base64url = (value: string | Buffer) => Buffer.from(value).toString('base64url');

/** RS256 JWT; hand-written (a few lines of node:crypto) as aws-jwt-verify only verifies. */
export function signJwt(keys: StandInKeys, claims: Record<string, unknown>): string {
  const header = base64url(JSON.stringify({ alg: 'RS256', typ: 'JWT', kid: keys.kid }));
  const payload = base64url(JSON.stringify(claims));
  const signature = createSign('RSA-SHA256')
    .update(`${header}.${payload}`)
    .sign(keys.privateKeyPem)
    .toString('base64url');
  return `${header}.${payload}.${signature}`;
}

/** An opaque token (`<prefix><payload>.<mac>`) that the stand-in can read back and check. */
export function signOpaque(keys: StandInKeys, prefix: string, claims: object): string {
  const payload = base64url(JSON.stringify(claims));
  const mac = createHmac('sha256', keys.opaqueSecret).update(payload).digest('base64url');
  return `${prefix}${payload}.${mac}`;
}

export function readOpaque<T>(keys: StandInKeys, prefix: string, token: string): T | undefined {
  if (!token.startsWith(prefix)) return undefined;
  const [payload, mac] = token.slice(prefix.length).split('.');
  if (!payload || !mac) return undefined;
  const expected = createHmac('sha256', keys.opaqueSecret).update(payload).digest('base64url');
  if (expected !== mac) return undefined;
  try {
    return JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as T;
  } catch {
    return undefined;
  }
}

export const FACEBOOK_PREFIX = 'EAAL';
export const TWITTER_PREFIX = 'tw-';

export type StandInProvider = 'authZero' | 'google' | 'facebook' | 'twitter';

export interface MintOptions {
  readonly provider: StandInProvider;
  readonly sub: string;
  readonly email?: string;
  readonly name?: string;
  /** Seconds from now; negative mints an expired token. */
  readonly expiresIn?: number;
  /** Audience (Auth0, Google) or app id (Facebook) other than the local project's: a foreign token. */
  readonly audience?: string;
}

/** A provider token for the stand-ins, as the real provider would issue it. */
export function mintToken(keys: StandInKeys, options: MintOptions): string {
  const now = Math.floor(Date.now() / 1000);
  const exp = now + (options.expiresIn ?? 3600);
  const iat = Math.min(now, exp - 60);
  switch (options.provider) {
    case 'authZero':
      return signJwt(keys, {
        iss: STAND_IN.authZeroIssuer,
        sub: options.sub,
        aud: [options.audience ?? STAND_IN.authZeroAudience, `${STAND_IN.authZeroIssuer}userinfo`],
        azp: 'local-auth0-client',
        scope: 'openid profile email',
        iat,
        exp,
        ...(options.email ? { email: options.email } : {}),
        ...(options.name ? { nickname: options.name } : {}),
      });
    case 'google':
      return signJwt(keys, {
        iss: STAND_IN.googleIssuer,
        aud: options.audience ?? STAND_IN.googleClientId,
        azp: options.audience ?? STAND_IN.googleClientId,
        sub: options.sub,
        email: options.email ?? `${options.sub}@gmail.test`,
        email_verified: true,
        name: options.name ?? options.sub,
        iat,
        exp,
      });
    case 'facebook':
      return signOpaque(keys, FACEBOOK_PREFIX, {
        app_id: options.audience ?? STAND_IN.facebookAppId,
        user_id: options.sub,
        name: options.name ?? options.sub,
        email: options.email ?? `${options.sub}@facebook.test`,
        exp,
      });
    case 'twitter':
      return signOpaque(keys, TWITTER_PREFIX, {
        id: options.sub,
        username: options.name ?? options.sub,
        exp,
      });
  }
}
