/**
 * Room to grow: 50 projects × 3 app clients and a route table of 125 routes still deploy —
 * every function's environment under Lambda's 4 KB, every (nested) stack under
 * CloudFormation's 500 resources, every role's policies under IAM's 10 KB.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { resolveConfig } from '../../lib/config.js';
import { type RouteDefinition, routes } from '../../lib/routes.js';
import { ROUTES_PER_SLICE, routeSlices } from '../../lib/stack/user-data-stack.js';
import { type Synthesized, synth } from './synth.js';

/** A deploy-time value (a Ref or Fn::* object) counted at the longest it can resolve to. */
const INTRINSIC_BYTES = 256;
/** In the tenant directory the unresolved values are client ids and pool ids (API maximum 128). */
const ID_BYTES = 128;

/** Bytes of a template value once deployed, counting each unresolved part at its maximum. */
function deployedBytes(value: unknown, intrinsicBytes = INTRINSIC_BYTES): number {
  if (typeof value === 'string') return Buffer.byteLength(value);
  if (value && typeof value === 'object' && 'Fn::Join' in value) {
    const [separator, parts] = (value as { 'Fn::Join': [string, unknown[]] })['Fn::Join'];
    return (
      parts.reduce<number>((sum, part) => sum + deployedBytes(part, intrinsicBytes), 0) +
      separator.length * Math.max(0, parts.length - 1)
    );
  }
  return intrinsicBytes;
}

const projectIds = Array.from(
  { length: 50 },
  (_, index) => `5d5b0676-ce0f-4058-b2bf-${index.toString(16).padStart(12, '0')}`,
);

/** The real table plus copies under /v2, /v3, …: 125 routes in all. */
const manyRoutes: RouteDefinition[] = Array.from(
  { length: Math.ceil(125 / routes.length) },
  (_, copy) =>
    routes.map((route) => (copy === 0 ? route : { ...route, path: `/v${copy + 1}${route.path}` })),
)
  .flat()
  .slice(0, 125);

let synthesized: Synthesized;

beforeAll(() => {
  synthesized = synth(
    resolveConfig({
      oauthDomainPrefix: 'example-user-data',
      projects: projectIds.map((projectId) => ({
        projectId,
        appClients: ['web', 'ios', 'android'],
        backendClient: true,
      })),
    }),
    { id: 'Scale', routes: manyRoutes },
  );
});

describe('50 projects × 3 app clients, 125 routes', () => {
  it('creates every client and every route', () => {
    const clients = synthesized.ofType('AWS::Cognito::UserPoolClient');
    expect(clients).toHaveLength(50 * 3 + 50);
    // Every one with a secret, and no resource per client to read it (the handlers do).
    expect(clients.filter(([, client]) => client.Properties?.GenerateSecret !== true)).toEqual([]);
    expect(synthesized.ofType('Custom::DescribeCognitoUserPoolClient')).toEqual([]);
    expect(synthesized.ofType('AWS::ApiGatewayV2::Route')).toHaveLength(125);
    expect(synthesized.ofType('AWS::Lambda::Function')).toHaveLength(125);
  });

  it('keeps every function environment under 4 KB, whatever the number of tenants', () => {
    const largestEnvironment = (of: Synthesized) => {
      let largest = 0;
      for (const [id, fn] of of.ofType('AWS::Lambda::Function')) {
        const variables = (fn.Properties.Environment as { Variables: Record<string, unknown> })
          .Variables;
        const bytes = Object.entries(variables).reduce(
          (sum, [name, value]) => sum + Buffer.byteLength(name) + deployedBytes(value),
          0,
        );
        expect(bytes, id).toBeLessThan(4096);
        largest = Math.max(largest, bytes);
      }
      return largest;
    };
    // The same bound as with the default single project: tenants are not in the environment.
    expect(largestEnvironment(synthesized)).toBe(
      largestEnvironment(synth(resolveConfig(), { id: 'Scale' })),
    );
  });

  it('keeps every stack under 500 resources and every slice at most ROUTES_PER_SLICE routes', () => {
    for (const { id, template } of synthesized.templates) {
      const count = Object.keys(template.toJSON().Resources as object).length;
      expect(count, id).toBeLessThan(500);
    }
    for (const slice of routeSlices(manyRoutes)) {
      expect(slice.routes.length).toBeLessThanOrEqual(ROUTES_PER_SLICE);
    }
  });

  it('keeps every role’s inline policies under IAM’s 10 KB (one prefix grant for 150 backend secrets)', () => {
    const byRole = new Map<string, number>();
    for (const [, policy, templateId] of synthesized.ofType('AWS::IAM::Policy')) {
      const bytes = deployedBytes(JSON.stringify(policy.Properties.PolicyDocument));
      for (const role of policy.Properties.Roles as Array<{ Ref: string }>) {
        const key = `${templateId}/${role.Ref}`;
        byRole.set(key, (byRole.get(key) ?? 0) + bytes);
      }
    }
    for (const [role, bytes] of byRole) expect(bytes, role).toBeLessThan(10_240);
  });

  it('keeps the tenant directory under Secrets Manager’s 64 KB', () => {
    const tenants = synthesized.templates.find(({ id }) => id === 'Tenants');
    const secrets = Object.values(
      tenants?.template.findResources('AWS::SecretsManager::Secret') ?? {},
    ) as Array<{ Properties: { SecretString?: unknown } }>;
    const directory = secrets.find((secret) => secret.Properties.SecretString !== undefined);
    expect(deployedBytes(directory?.Properties.SecretString, ID_BYTES)).toBeLessThan(65_536);
  });
});
