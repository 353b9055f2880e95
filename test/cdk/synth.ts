/** Synthesis helpers for the CDK tests: the stack and every nested stack's template. */
import { App, NestedStack, type Stack } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import type { BackendConfig } from '../../lib/config.js';
import type { RouteDefinition } from '../../lib/routes.js';
import { UserDataStack } from '../../lib/stack/user-data-stack.js';

/** Bundling is the slow part of synth and not what these tests are about. */
export const newApp = () => new App({ context: { 'aws:cdk:bundling-stacks': [] } });

export type Resource = {
  Type: string;
  Properties: Record<string, unknown>;
  DeletionPolicy?: string;
  DependsOn?: string[];
};

export interface Synthesized {
  readonly stack: UserDataStack;
  /** The top stack's template. */
  readonly template: Template;
  /** Every template: the top stack's first, then each nested stack's. */
  readonly templates: ReadonlyArray<{ id: string; template: Template; stack: Stack }>;
  /** Every resource of every template, with the id of the template it is in. */
  readonly resources: ReadonlyArray<[logicalId: string, resource: Resource, templateId: string]>;
  ofType(type: string): ReadonlyArray<[string, Resource, string]>;
}

export function synth(
  config: BackendConfig,
  options: { id?: string; routes?: readonly RouteDefinition[] } = {},
): Synthesized {
  const stack = new UserDataStack(newApp(), options.id ?? 'Test', {
    config,
    routes: options.routes,
  });
  const nested = stack.node
    .findAll()
    .filter((construct): construct is NestedStack => construct instanceof NestedStack);
  const templates = [stack, ...nested].map((each) => ({
    id: each.node.id,
    stack: each,
    template: Template.fromStack(each),
  }));
  const resources = templates.flatMap(({ id, template }) =>
    Object.entries(template.toJSON().Resources as Record<string, Resource>).map(
      ([logicalId, resource]) => [logicalId, resource, id] as [string, Resource, string],
    ),
  );
  return {
    stack,
    template: templates[0]?.template as Template,
    templates,
    resources,
    ofType: (type) => resources.filter(([, resource]) => resource.Type === type),
  };
}
