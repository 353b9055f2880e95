/** A user as an external identity provider vouches for them, after its token was verified. */
export interface ExternalIdentity {
  readonly provider: ExternalProvider;
  /** Who vouches: the token's issuer (Auth0 tenant, Google) or the provider's fixed name. */
  readonly issuer: string;
  /** The provider's id of the user; unique only together with the issuer. */
  readonly subject: string;
  readonly email?: string;
  readonly nickname?: string;
}

export type ExternalProvider = 'authZero' | 'google' | 'facebook' | 'twitter';

/** Issuer names of the providers whose checks return no `iss` (Graph API, X API). */
export const FACEBOOK_ISSUER = 'https://www.facebook.com';
export const TWITTER_ISSUER = 'https://twitter.com';

/** Verifies a provider's token for one project; throws a typed AppError when it is not good. */
export type TokenCheck = (token: string) => Promise<ExternalIdentity>;
