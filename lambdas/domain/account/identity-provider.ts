/** The identity-provider port for account flows; cognito-gateway.ts implements it. */
export interface SessionTokens {
  readonly accessToken: string;
  readonly idToken: string;
  readonly refreshToken?: string;
}

export interface IdentityProvider {
  /** Creates the user; returns its stable id (`sub`) and whether it is already confirmed. */
  signUp(input: {
    username: string;
    password: string;
    attributes: Record<string, string>;
  }): Promise<{ userId: string; confirmed: boolean }>;
  confirmSignUp(username: string): Promise<void>;
  signIn(username: string, password: string): Promise<SessionTokens & { userId: string }>;
}
