import { type Stack, Validations } from 'aws-cdk-lib';

/**
 * cdk-nag AwsSolutions findings this design accepts, each with the reason. Everything else
 * must pass: an unacknowledged error fails `cdk synth`.
 */
export const acknowledgedRules: ReadonlyArray<{ id: string; reason: string }> = [
  {
    id: 'AwsSolutions-APIG4',
    reason:
      "Every route verifies the Cognito access token inside its handler (aws-jwt-verify, JWKS cached), because the revocation check after logout and each API family's own error format cannot be done by an API Gateway authorizer; public account routes (register, login) need no token by design.",
  },
  {
    id: 'AwsSolutions-COG2',
    reason:
      'The vendor API this backend re-implements signs in with USER_PASSWORD_AUTH and has no MFA challenge step; MFA can be enabled per deployment once clients support it.',
  },
  {
    id: 'AwsSolutions-COG8',
    reason:
      'The Plus feature plan is a per-user cost the default deployment does not impose; teams that need threat protection (advanced security) switch the pool to it.',
  },
  {
    id: 'AwsSolutions-L1',
    reason: 'The specification pins the Lambda runtime to Node.js 22 (the bundles target node22).',
  },
  {
    id: 'AwsSolutions-SMG4',
    reason:
      "Rotating the signing secret invalidates every issued device signature and pagination cursor, and rotating an app client's backend secret breaks its backend until that backend is given the new one; rotate them deliberately, not on a schedule.",
  },
];

export function applyNagSuppressions(stack: Stack): void {
  for (const rule of acknowledgedRules) Validations.of(stack).acknowledge(rule);
}
