/**
 * The user pool's password policy, checked before calling the identity provider: Cognito
 * checks it too, the local emulator does not, and a clear message beats a round trip.
 */
export interface PasswordPolicy {
  readonly minLength: number;
  readonly requireLowercase: boolean;
  readonly requireUppercase: boolean;
  readonly requireDigits: boolean;
  readonly requireSymbols: boolean;
}

export const defaultPasswordPolicy: PasswordPolicy = {
  minLength: 8,
  requireLowercase: true,
  requireUppercase: true,
  requireDigits: true,
  requireSymbols: true,
};

/** What the password lacks, in words; empty when it meets the policy. */
export function passwordProblems(password: string, policy: PasswordPolicy): string[] {
  const problems: string[] = [];
  if (password.length < policy.minLength) problems.push(`at least ${policy.minLength} characters`);
  if (policy.requireLowercase && !/[a-z]/.test(password)) problems.push('a lower-case letter');
  if (policy.requireUppercase && !/[A-Z]/.test(password)) problems.push('an upper-case letter');
  if (policy.requireDigits && !/[0-9]/.test(password)) problems.push('a digit');
  if (policy.requireSymbols && !/[^A-Za-z0-9]/.test(password)) problems.push('a symbol');
  return problems;
}
