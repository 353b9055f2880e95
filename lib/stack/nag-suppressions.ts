import { type Stack, Token, Validations } from 'aws-cdk-lib';

/**
 * cdk-nag AwsSolutions findings this design accepts, each with the reason. Everything else
 * must pass: an unacknowledged error fails `cdk synth`. Granular ids (`RULE[finding]`)
 * accept one finding, not the whole rule.
 */
export function acknowledgedRules(stack: Stack): ReadonlyArray<{ id: string; reason: string }> {
  // cdk-nag names a resource by its ARN, with `<AWS::…>` for what is known only at deploy.
  const known = (value: string, pseudo: string) =>
    Token.isUnresolved(value) ? `<AWS::${pseudo}>` : value;
  const backendSecrets = `arn:${known(stack.partition, 'Partition')}:secretsmanager:${known(stack.region, 'Region')}:${known(stack.account, 'AccountId')}:secret:${stack.stackName}/client-backend/*`;
  return [
    {
      id: 'AwsSolutions-APIG4',
      reason:
        "Every route verifies the Cognito access token inside its handler (aws-jwt-verify, JWKS cached), because the revocation check after logout and each API family's own error format cannot be done by an API Gateway authorizer; public account routes (register, login) need no token by design.",
    },
    {
      id: 'AwsSolutions-COG2',
      reason:
        'The vendor API this backend re-implements signs in with a password and has no MFA challenge step; the `mfa` setting turns TOTP on per deployment once clients support the challenge.',
    },
    {
      id: 'AwsSolutions-COG8',
      reason:
        'The Plus feature plan is a per-user cost the default deployment does not impose; `threatProtection: "audit" | "enforced"` switches the pool to it.',
    },
    {
      id: 'AwsSolutions-SMG4',
      reason:
        "Rotating the signing secret invalidates every issued device signature and pagination cursor, and rotating an app client's backend secret breaks its backend until that backend is given the new one; the tenant directory is rewritten by each deploy. Rotate deliberately, not on a schedule.",
    },
    {
      id: 'AwsSolutions-IAM5[Resource::*]',
      reason:
        'Active tracing: xray:PutTraceSegments and xray:PutTelemetryRecords support no resource-level permissions, so CDK grants them on "*"; no other action is granted on "*".',
    },
    {
      id: `AwsSolutions-IAM5[Resource::${backendSecrets}]`,
      reason:
        "The document routes read any app client's backend secret (the caller's client is known only per request). One prefix grant instead of one ARN per client keeps the role's policy under IAM's 10 KB at 150+ clients; only backend secrets live under the prefix.",
    },
  ];
}

export function applyNagSuppressions(stack: Stack): void {
  for (const rule of acknowledgedRules(stack)) Validations.of(stack).acknowledge(rule);
}
