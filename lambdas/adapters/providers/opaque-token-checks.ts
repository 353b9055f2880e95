/**
 * Token checks of the providers whose user tokens are opaque: Facebook (Graph API
 * `debug_token` with the app access token, then `/me`) and Twitter/X (`GET /2/users/me` with
 * the user's OAuth 2.0 token).
 */
import { createHmac } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import {
  type ExternalIdentity,
  FACEBOOK_ISSUER,
  type TokenCheck,
  TWITTER_ISSUER,
} from '../../domain/identity-providers/external-identity.js';
import { AppError } from '../../errors.js';
import { secretValue } from '../secrets/secret-value.js';
import { providerGet } from './provider-http.js';
import { providerSettings } from './provider-settings.js';

type Json = Record<string, unknown>;
const objectOf = (value: unknown): Json =>
  value && typeof value === 'object' && !Array.isArray(value) ? (value as Json) : {};
const text = (value: unknown) => (typeof value === 'string' && value ? value : undefined);

/** App secrets read from a file (local mode), per path; Secrets Manager ones cache per ARN. */
const secretFiles = new Map<string, Promise<string>>();

/**
 * A project's Facebook app secret, read once per container — per project's source, since
 * projects may configure different Facebook apps.
 */
export function facebookAppSecret(settings: {
  readonly appSecretArn?: string;
  readonly appSecretFile?: string;
}): Promise<string> {
  if (settings.appSecretArn) return secretValue(settings.appSecretArn);
  const file = settings.appSecretFile;
  if (!file) return Promise.reject(new Error('facebook settings name no app secret'));
  let secret = secretFiles.get(file);
  if (!secret) {
    secret = readFile(file, 'utf8').then((value) => value.trim());
    secret.catch(() => secretFiles.delete(file));
    secretFiles.set(file, secret);
  }
  return secret;
}

function notConfigured(provider: string): never {
  throw new AppError('unknown_provider', `Provider ${provider} is not configured for this project`);
}

/** Facebook: the token must be valid, a user token, and issued to the project's app. */
export function facebookCheck(projectId: string): TokenCheck {
  const settings = providerSettings(projectId).facebook ?? notConfigured('facebook');
  return async (token): Promise<ExternalIdentity> => {
    const secret = await facebookAppSecret(settings);
    const debug = await providerGet(
      `${settings.graphApiUrl}/debug_token?${new URLSearchParams({
        input_token: token,
        access_token: `${settings.appId}|${secret}`,
      })}`,
      'Facebook',
    );
    if (debug.status !== 200) {
      // Our app token refused: a configuration fault, not the user's; do not blame the token.
      throw new AppError('unavailable', `Facebook refused the app's token (HTTP ${debug.status})`);
    }
    const data = objectOf(objectOf(debug.body).data);
    if (data.is_valid !== true) {
      const expired = objectOf(data.error).subcode === 463;
      throw new AppError(
        expired ? 'expired_token' : 'invalid_token',
        expired ? 'The Facebook token has expired' : 'The Facebook token is not valid',
      );
    }
    if (String(data.app_id) !== settings.appId) {
      throw new AppError('invalid_token', 'The Facebook token was issued to another app');
    }
    const userId = text(String(data.user_id ?? ''));
    if (!userId || data.type !== 'USER') {
      throw new AppError('invalid_token', 'The Facebook token is not a user token');
    }
    const me = await providerGet(
      `${settings.graphApiUrl}/me?${new URLSearchParams({
        fields: 'id,name,email',
        access_token: token,
        appsecret_proof: createHmac('sha256', secret).update(token).digest('hex'),
      })}`,
      'Facebook',
    );
    const profile = me.status === 200 ? objectOf(me.body) : {};
    return {
      provider: 'facebook',
      issuer: FACEBOOK_ISSUER,
      subject: userId,
      nickname: text(profile.name),
      email: text(profile.email),
    };
  };
}

/** Twitter/X: `users/me` answers who the token's user is, or 401. */
export function twitterCheck(projectId: string): TokenCheck {
  const settings = providerSettings(projectId).twitter ?? notConfigured('twitter');
  return async (token): Promise<ExternalIdentity> => {
    const answer = await providerGet(`${settings.apiUrl}/users/me`, 'Twitter', {
      authorization: `Bearer ${token}`,
    });
    if (answer.status === 401 || answer.status === 403) {
      throw new AppError('invalid_token', 'The Twitter token is not valid');
    }
    const user = objectOf(objectOf(answer.body).data);
    const id = text(user.id);
    if (answer.status !== 200 || !id) {
      throw new AppError('unavailable', `Twitter answered HTTP ${answer.status} without a user`);
    }
    return {
      provider: 'twitter',
      issuer: TWITTER_ISSUER,
      subject: id,
      nickname: text(user.username) ?? text(user.name),
    };
  };
}
