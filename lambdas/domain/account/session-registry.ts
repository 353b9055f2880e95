/**
 * Refresh tokens issued by this API's sign-in, remembered by digest: the app client and user
 * each belongs to and when it was issued. A refresh then runs only through the token's own
 * app client (a mobile refresh token never yields a web access token), and a refresh token
 * issued before the user's revocation mark (logout, password change or reset) is refused
 * even where the identity provider cannot revoke it (the local emulator).
 */
export interface RefreshTokenRecord {
  readonly userPoolId: string;
  readonly clientId: string;
  readonly sub: string;
  /** Epoch seconds. */
  readonly issuedAt: number;
}

export interface SessionRegistry {
  remember(refreshToken: string, record: RefreshTokenRecord, expiresAt: number): Promise<void>;
  find(refreshToken: string): Promise<RefreshTokenRecord | undefined>;
}

/**
 * "Access and refresh tokens issued at or before T are revoked" marks, per user (the same
 * shape as the pipeline's RevocationMarks port, lambdas/auth/revocations.ts).
 */
export interface Revocations {
  revoke(user: { userPoolId: string; sub: string }, epochSeconds: number): Promise<void>;
  revokedBefore(user: { userPoolId: string; sub: string }): Promise<number | undefined>;
}
