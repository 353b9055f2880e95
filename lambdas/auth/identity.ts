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
 * The stack's resource server identifier (lib/config.ts RESOURCE_SERVER, checked equal by a
 * unit test; not imported, to keep the full zod out of the handler bundles).
 */
export const RESOURCE_SERVER_ID = 'userdata';

/** The scope itself, or behind exactly the configured resource server — never any prefix. */
const carries = (scope: string, required: string) =>
  scope === required || scope === `${RESOURCE_SERVER_ID}/${required}`;

/**
 * A sign-in token passes every scope check; an OAuth token must carry the scope itself,
 * optionally behind the configured resource server (`userdata/user-data-get`).
 */
export function hasScope(scopes: readonly string[], required: string): boolean {
  return scopes.some((scope) => scope === SIGN_IN_SCOPE || carries(scope, required));
}

/**
 * For routes no ordinary user may call (e.g. the backend's profile lookup): the token must
 * carry the scope itself (behind the configured resource server); the sign-in scope does not pass.
 */
export function hasExactScope(scopes: readonly string[], required: string): boolean {
  return scopes.some((scope) => carries(scope, required));
}
