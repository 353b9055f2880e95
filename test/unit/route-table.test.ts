/** The route table is the single source: every entry must be real and documented. */
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { handlerEntry, routes } from '../../lib/routes.js';

describe('route table', () => {
  it('declares each method and path once', () => {
    const keys = routes.map((route) => `${route.method} ${route.path}`);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('points every route at a handler file that exports `handler`', async () => {
    for (const route of routes) {
      expect(existsSync(handlerEntry(route)), handlerEntry(route)).toBe(true);
      expect(readFileSync(handlerEntry(route), 'utf8')).toMatch(/export const handler\b/);
    }
  });

  it('is documented route by route in docs/api.md', () => {
    const reference = readFileSync('docs/api.md', 'utf8');
    for (const route of routes) {
      expect(reference, `${route.method} ${route.path}`).toContain(
        `### \`${route.method} ${route.path}\``,
      );
    }
  });
});
