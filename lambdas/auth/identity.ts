/** Who is calling, as proven by a verified access token. Never taken from the body or query. */
export interface Identity {
  readonly projectId: string;
  readonly userPoolId: string;
  readonly clientId: string;
  /** The user's stable id (Cognito `sub`). */
  readonly sub: string;
  readonly username: string;
  readonly scopes: readonly string[];
  /** Token `iat`, epoch seconds; compared with the user's revocation mark. */
  readonly issuedAt: number;
  /** The raw access token, for calls that act as the user (Cognito GetUser, GlobalSignOut). */
  readonly accessToken: string;
}

/** Scope carried by tokens from a user's own sign-in; it grants every user-data scope. */
export const SIGN_IN_SCOPE = 'aws.cognito.signin.user.admin';

/**
 * A sign-in token passes every scope check; an OAuth token must carry the scope itself,
 * optionally behind a resource-server prefix (`userdata/user-data-get`).
 */
export function hasScope(scopes: readonly string[], required: string): boolean {
  return scopes.some(
    (scope) => scope === SIGN_IN_SCOPE || scope === required || scope.endsWith(`/${required}`),
  );
}

/**
 * For routes no ordinary user may call (e.g. the backend's profile lookup): the token must
 * carry the scope itself (a resource-server prefix is fine); the sign-in scope does not pass.
 */
export function hasExactScope(scopes: readonly string[], required: string): boolean {
  return scopes.some((scope) => scope === required || scope.endsWith(`/${required}`));
}
