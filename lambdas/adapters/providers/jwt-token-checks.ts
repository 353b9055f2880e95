/**
 * Token checks of the providers that issue JWTs, with aws-jwt-verify's JwtRsaVerifier
 * (signature by the provider's JWKS, issuer, audience, expiry): Auth0 access tokens and
 * Google ID tokens. One verifier per project, its JWKS cached for the container's life.
 */
import { JwtRsaVerifier } from 'aws-jwt-verify';
import { JwtExpiredError } from 'aws-jwt-verify/error';
import { SimpleJwksCache } from 'aws-jwt-verify/jwk';
import type { JwtPayload } from 'aws-jwt-verify/jwt-model';
import type {
  ExternalIdentity,
  TokenCheck,
} from '../../domain/identity-providers/external-identity.js';
import { AppError, isAppError } from '../../errors.js';
import { providerJwksFetcher } from './provider-http.js';
import { providerSettings } from './provider-settings.js';

const GOOGLE_ISSUERS = ['https://accounts.google.com', 'accounts.google.com'];

type Verify = (token: string) => Promise<JwtPayload>;

async function verified(verify: Verify, token: string, what: string): Promise<JwtPayload> {
  try {
    return await verify(token);
  } catch (error) {
    if (isAppError(error)) throw error;
    if (error instanceof JwtExpiredError) {
      throw new AppError('expired_token', `The ${what} token has expired`, { cause: error });
    }
    throw new AppError('invalid_token', `The ${what} token is not valid`, { cause: error });
  }
}

const text = (value: unknown) => (typeof value === 'string' && value ? value : undefined);

/** The profile is keyed by (issuer, subject): a token without a subject would share one key. */
function subjectOf(sub: string | undefined, what: string): string {
  if (!sub) throw new AppError('invalid_token', `The ${what} token names no subject`);
  return sub;
}

const checks = new Map<string, TokenCheck>();

function notConfigured(provider: string): never {
  throw new AppError('unknown_provider', `Provider ${provider} is not configured for this project`);
}

/** Auth0: an access token of the project's tenant for the project's API (audience). */
export function authZeroCheck(projectId: string): TokenCheck {
  const key = `authZero:${projectId}`;
  let check = checks.get(key);
  if (!check) {
    const settings = providerSettings(projectId).authZero ?? notConfigured('authZero');
    const verifier = JwtRsaVerifier.create(
      { issuer: settings.issuer, audience: settings.audience, jwksUri: settings.jwksUri },
      { jwksCache: new SimpleJwksCache({ fetcher: providerJwksFetcher('Auth0') }) },
    );
    check = async (token): Promise<ExternalIdentity> => {
      const payload = await verified((jwt) => verifier.verify(jwt), token, 'Auth0');
      return {
        provider: 'authZero',
        issuer: settings.issuer,
        subject: subjectOf(payload.sub, 'Auth0'),
        email: text(payload.email),
        nickname: text(payload.nickname) ?? text(payload.name),
      };
    };
    checks.set(key, check);
  }
  return check;
}

/** Google: an ID token (issuer accounts.google.com) whose audience is the project's client id. */
export function googleCheck(projectId: string): TokenCheck {
  const key = `google:${projectId}`;
  let check = checks.get(key);
  if (!check) {
    const settings = providerSettings(projectId).google ?? notConfigured('google');
    const verifier = JwtRsaVerifier.create(
      GOOGLE_ISSUERS.map((issuer) => ({
        issuer,
        audience: settings.clientIds,
        jwksUri: settings.jwksUri,
      })),
      { jwksCache: new SimpleJwksCache({ fetcher: providerJwksFetcher('Google') }) },
    );
    check = async (token): Promise<ExternalIdentity> => {
      const payload = await verified((jwt) => verifier.verify(jwt), token, 'Google');
      return {
        provider: 'google',
        issuer: GOOGLE_ISSUERS[0] as string,
        subject: subjectOf(payload.sub, 'Google'),
        // An unverified address is nobody's to claim.
        email: payload.email_verified === true ? text(payload.email) : undefined,
        nickname: text(payload.name),
      };
    };
    checks.set(key, check);
  }
  return check;
}
