import { describe, expect, it } from 'vitest';
import { depthExceeds, readJsonBody } from '../../lambdas/http/json-body.js';
import { defaultLimits } from '../../lambdas/limits.js';
import { apiEvent } from '../support/events.js';

const read = (rawBody: string, limits = defaultLimits) =>
  readJsonBody(apiEvent({ path: '/x', rawBody }), limits);

describe('readJsonBody', () => {
  it('parses JSON and base64-encoded JSON', () => {
    expect(read('{"a":1}')).toEqual({ a: 1 });
    const event = apiEvent({
      path: '/x',
      rawBody: '{"a":2}',
      headers: { 'content-type': 'application/octet-stream' },
    });
    expect(event.isBase64Encoded).toBe(true);
    expect(readJsonBody(event, defaultLimits)).toEqual({ a: 2 });
  });

  it.each([
    ['empty', ''],
    ['malformed', '{"a":'],
    ['too deep', `${'['.repeat(33)}${']'.repeat(33)}`],
  ])('refuses a %s body as invalid_request', (_label, raw) => {
    expect(() => read(raw)).toThrow(expect.objectContaining({ code: 'invalid_request' }));
  });

  it('refuses a body over the size limit', () => {
    expect(() =>
      read(JSON.stringify({ a: 'x'.repeat(100) }), { ...defaultLimits, maxBodyBytes: 50 }),
    ).toThrow(expect.objectContaining({ code: 'invalid_request' }));
  });

  it('keeps __proto__ as a plain key, never as the prototype', () => {
    const value = read('{"__proto__": {"polluted": true}}') as Record<string, unknown>;
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.getPrototypeOf(value)).toBe(Object.prototype);
  });
});

describe('depthExceeds', () => {
  it('counts objects and arrays; scalars add no depth', () => {
    expect(depthExceeds({ a: [1, { b: 'x' }] }, 3)).toBe(false);
    expect(depthExceeds({ a: [1, { b: {} }] }, 3)).toBe(true);
    expect(depthExceeds('scalar', 0)).toBe(false);
  });

  it('measures a hostile 100 000-level body without overflowing the stack', () => {
    let deep: unknown = [];
    for (let i = 0; i < 100_000; i++) deep = [deep];
    expect(depthExceeds(deep, 32)).toBe(true);
  });
});
