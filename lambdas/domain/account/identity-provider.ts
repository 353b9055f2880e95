/** The identity-provider port for account flows; cognito-gateway.ts implements it. */
export interface SessionTokens {
  readonly accessToken: string;
  readonly idToken: string;
  readonly refreshToken?: string;
}

export interface ProviderUser {
  readonly username: string;
  /** Every attribute, standard and `custom:*`, as strings. */
  readonly attributes: Record<string, string>;
}

export interface IdentityProvider {
  /** Creates the user; returns its stable id (`sub`) and whether it is already confirmed. */
  signUp(input: {
    username: string;
    password: string;
    attributes: Record<string, string>;
  }): Promise<{ userId: string; confirmed: boolean }>;
  /** Marks the user's e-mail address verified (projects that confirm sign-ups at once). */
  confirmSignUp(username: string): Promise<void>;
  /** Best effort: has the provider mail a verification code for the new user's address. */
  sendEmailVerification?(username: string, password: string): Promise<void>;
  signIn(username: string, password: string): Promise<SessionTokens & { userId: string }>;
  /**
   * New tokens for a refresh token; `username` is the user's username at the provider (with
   * e-mail sign-in, the sub), which the provider checks the app client's proof against.
   */
  refresh(refreshToken: string, username: string): Promise<SessionTokens & { userId: string }>;
  /** Ends every session of the user at the provider (refresh tokens included). */
  signOutEverywhere(accessToken: string): Promise<void>;
  revokeRefreshToken(refreshToken: string): Promise<void>;
  /** Ends every session of the user, by username, where no access token is at hand (admin). */
  signOutUser(username: string): Promise<void>;
  /** The user's stable id (`sub`), by username (admin); undefined when there is no such user. */
  userIdOf(username: string): Promise<string | undefined>;
  getUser(accessToken: string): Promise<ProviderUser>;
  updateAttributes(accessToken: string, attributes: Record<string, string>): Promise<void>;
  changePassword(accessToken: string, previous: string, next: string): Promise<void>;
  /** Sends a reset code; answers the same whether or not the account exists. */
  forgotPassword(username: string): Promise<void>;
  confirmForgotPassword(username: string, code: string, password: string): Promise<void>;
}
