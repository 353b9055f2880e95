/**
 * What the synthesized CDK stack gives each route's function: the IAM actions its role
 * allows on which resources, and its environment variables. Synthesized with bundling
 * skipped (the template's policies and environment do not depend on the bundles).
 */
import { App } from 'aws-cdk-lib';
import type { BackendConfig } from '../../lib/config.js';
import { type RouteDefinition, routeId } from '../../lib/routes.js';
import { UserDataStack } from '../../lib/stack/user-data-stack.js';
import { type TableName, tables } from '../../lib/tables.js';

interface Resource {
  Type: string;
  Properties?: Record<string, unknown>;
}

interface Statement {
  Effect: string;
  Action: string | string[];
  Resource: unknown;
}

export interface FunctionGrants {
  readonly logicalId: string;
  /** Allowed `service:Action` patterns, each with the logical ids (or literal ARNs, `*`) it covers. */
  readonly allowed: ReadonlyArray<{ action: string; resources: readonly string[] }>;
  /** The function's environment as the template writes it (strings or CloudFormation intrinsics). */
  readonly environment: Record<string, unknown>;
}

export interface StackGrants {
  functionOf(route: RouteDefinition): FunctionGrants;
  /** Logical id of each table of `lib/tables.ts`. */
  readonly tableIds: Record<TableName, string>;
  readonly userPoolIds: readonly string[];
  /** Logical ids of every Secrets Manager secret. */
  readonly secretIds: readonly string[];
}

/** `{Ref: X}` and `{Fn::GetAtt: [X, Arn]}` name resource X; other values stay as JSON text. */
export function referencedId(value: unknown): string {
  if (typeof value === 'string') return value;
  const object = value as Record<string, unknown>;
  if (typeof object?.Ref === 'string') return object.Ref;
  const getAtt = object?.['Fn::GetAtt'];
  if (Array.isArray(getAtt) && getAtt[1] === 'Arn') return String(getAtt[0]);
  return JSON.stringify(value);
}

/** Every logical id an intrinsic mentions (`Ref`s inside a `Fn::Join`, e.g.). */
export function mentionedIds(value: unknown): string[] {
  if (Array.isArray(value)) return value.flatMap(mentionedIds);
  if (!value || typeof value !== 'object') return [];
  const object = value as Record<string, unknown>;
  if (typeof object.Ref === 'string') return [object.Ref];
  const getAtt = object['Fn::GetAtt'];
  if (Array.isArray(getAtt)) return [String(getAtt[0])];
  return Object.values(object).flatMap(mentionedIds);
}

const asArray = <T>(value: T | T[]): T[] => (Array.isArray(value) ? value : [value]);

/** IAM's `*` wildcard in an action or resource pattern. */
export const matches = (pattern: string, value: string): boolean =>
  new RegExp(`^${pattern.split('*').map(escapeRegExp).join('.*')}$`).test(value);

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

export function synthesizeGrants(config: BackendConfig): StackGrants {
  const app = new App({ context: { 'aws:cdk:bundling-stacks': [] } });
  new UserDataStack(app, 'GrantTest', { config });
  const template = app.synth().getStackByName('GrantTest').template as {
    Resources: Record<string, Resource>;
  };
  const resources = Object.entries(template.Resources);
  const ofType = (type: string) => resources.filter(([, resource]) => resource.Type === type);

  const tableIds = Object.fromEntries(
    Object.entries(tables).map(([name, table]) => {
      const found = ofType('AWS::DynamoDB::Table').find(([id]) =>
        new RegExp(`^${table.id}[0-9A-F]{8}$`).test(id),
      );
      if (!found) throw new Error(`no table ${table.id} in the template`);
      return [name, found[0]];
    }),
  ) as Record<TableName, string>;

  return {
    tableIds,
    userPoolIds: ofType('AWS::Cognito::UserPool').map(([id]) => id),
    secretIds: ofType('AWS::SecretsManager::Secret').map(([id]) => id),
    functionOf(route) {
      const pattern = new RegExp(`^${routeId(route)}[0-9A-F]{8}$`);
      const found = ofType('AWS::Lambda::Function').find(([id]) => pattern.test(id));
      if (!found) throw new Error(`no function for ${route.method} ${route.path}`);
      const [logicalId, fn] = found;
      const roleId = referencedId(fn.Properties?.Role);
      const statements = ofType('AWS::IAM::Policy')
        .filter(([, policy]) =>
          asArray(policy.Properties?.Roles ?? []).some((role) => referencedId(role) === roleId),
        )
        .flatMap(
          ([, policy]) =>
            (policy.Properties?.PolicyDocument as { Statement?: Statement[] } | undefined)
              ?.Statement ?? [],
        )
        .filter((statement) => statement.Effect === 'Allow');
      return {
        logicalId,
        allowed: statements.flatMap((statement) =>
          asArray(statement.Action).map((action) => ({
            action,
            resources: asArray(statement.Resource).map(referencedId),
          })),
        ),
        environment:
          (fn.Properties?.Environment as { Variables?: Record<string, unknown> } | undefined)
            ?.Variables ?? {},
      };
    },
  };
}

/** Whether the function may perform `action` (`dynamodb:GetItem`) on the resource `id`. */
export const allows = (fn: FunctionGrants, action: string, id: string): boolean =>
  fn.allowed.some(
    (grant) =>
      matches(grant.action, action) && grant.resources.some((resource) => matches(resource, id)),
  );
