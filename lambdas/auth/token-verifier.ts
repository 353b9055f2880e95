/**
 * Access-token verification with aws-jwt-verify: issuer, signature (JWKS cached at module
 * scope, so once per cold start), expiry, token_use=access and the allowed client ids of every
 * configured project.
 */
import { CognitoJwtVerifier } from 'aws-jwt-verify';
import {
  FetchError,
  JwksNotAvailableInCacheError,
  JwksValidationError,
  JwtBaseError,
  JwtExpiredError,
} from 'aws-jwt-verify/error';
import { type Jwks, SimpleJwksCache } from 'aws-jwt-verify/jwk';
import type { CognitoAccessTokenPayload } from 'aws-jwt-verify/jwt-model';
import { findProjectByClient, projects } from '../config.js';
import { isBackendToken } from '../domain/identity-providers/backend-token.js';
import { AppError } from '../errors.js';
import { verifyBackendAccessToken } from './backend-token-verifier.js';
import type { Identity } from './identity.js';

function createVerifier() {
  const pools = new Map<string, string[]>();
  for (const project of projects()) {
    pools.set(project.userPoolId, [...(pools.get(project.userPoolId) ?? []), ...project.clientIds]);
  }
  // Local mode only: the Cognito emulator serves its JWKS over plain http, which
  // aws-jwt-verify refuses to fetch, so the local server hands it over in advance. It also
  // answers the verifier's re-fetch for an unknown kid, as the issuer would in AWS, so a token
  // signed by a foreign key is a bad token here too, not a key-fetch outage.
  const preloaded = process.env.JWKS_PRELOAD
    ? (JSON.parse(process.env.JWKS_PRELOAD) as Record<string, Jwks>)
    : undefined;
  const jwksCache = preloaded
    ? new SimpleJwksCache({
        fetcher: {
          async fetch(uri: string) {
            const pool = Object.keys(preloaded).find((id) => uri.includes(`/${id}/`));
            if (!pool) throw new Error(`No preloaded JWKS for ${uri}`);
            return new TextEncoder().encode(JSON.stringify(preloaded[pool])).buffer;
          },
        },
      })
    : undefined;
  const verifier = CognitoJwtVerifier.create(
    [...pools].map(([userPoolId, clientId]) => ({
      userPoolId,
      clientId,
      tokenUse: 'access' as const,
    })),
    jwksCache ? { jwksCache } : undefined,
  );
  for (const [userPoolId, jwks] of Object.entries(preloaded ?? {})) {
    verifier.cacheJwks(jwks, userPoolId);
  }
  return verifier;
}

let verifier: ReturnType<typeof createVerifier> | undefined;

/**
 * A failure to obtain the JWKS, as opposed to a token that fails a check: aws-jwt-verify's
 * fetch errors, or anything that is not one of its own errors (a socket error or timeout
 * from the HTTPS request).
 */
const isJwksOutage = (error: unknown): boolean =>
  error instanceof FetchError ||
  error instanceof JwksValidationError ||
  error instanceof JwksNotAvailableInCacheError ||
  !(error instanceof JwtBaseError);

/** Verifies an access token and resolves the project it belongs to. */
export async function verifyAccessToken(token: string): Promise<Identity> {
  // Guests' and external providers' users carry the backend's own tokens (docs/providers.md).
  if (isBackendToken(token)) return verifyBackendAccessToken(token);
  verifier ??= createVerifier();
  let payload: CognitoAccessTokenPayload;
  try {
    payload = await verifier.verify(token);
  } catch (error) {
    if (error instanceof JwtExpiredError) {
      throw new AppError('expired_token', 'The access token has expired', { cause: error });
    }
    // Cognito's keys could not be fetched (network, 5xx, a malformed answer): the token may
    // well be good, so answer "try again", never "bad token" (clients would drop sessions).
    if (!isJwksOutage(error)) {
      throw new AppError('invalid_token', 'The access token is not valid', { cause: error });
    }
    throw new AppError('unavailable', 'The token issuer’s keys could not be fetched', {
      cause: error,
    });
  }
  const userPoolId = payload.iss.slice(payload.iss.lastIndexOf('/') + 1);
  const project = findProjectByClient(userPoolId, payload.client_id);
  if (!project) {
    throw new AppError('invalid_token', 'The access token belongs to no configured project');
  }
  return {
    projectId: project.projectId,
    userPoolId,
    clientId: payload.client_id,
    sub: payload.sub,
    username: payload.username,
    scopes: (payload.scope ?? '').split(' ').filter(Boolean),
    issuedAt: payload.iat,
    accessToken: token,
  };
}
