import { describe, expect, it } from 'vitest';
import { depthExceeds, readJsonBody } from '../../lambdas/http/json-body.js';
import { defaultLimits } from '../../lambdas/limits.js';
import { apiEvent } from '../support/events.js';

const read = (rawBody: string, limits = defaultLimits) =>
  readJsonBody(apiEvent({ path: '/x', rawBody }), limits);

describe('readJsonBody', () => {
  it('parses JSON and base64-encoded JSON', () => {
    expect(read('{"a":1}')).toEqual({ a: 1 });
    const event = {
      ...apiEvent({ path: '/x' }),
      body: Buffer.from('{"a":2}').toString('base64'),
      isBase64Encoded: true,
    };
    expect(readJsonBody(event, defaultLimits)).toEqual({ a: 2 });
  });

  it('reads an empty body as {} whatever its content type', () => {
    for (const type of ['application/json', 'text/plain', 'application/octet-stream']) {
      const event = apiEvent({ path: '/x', rawBody: '  ', headers: { 'content-type': type } });
      expect(readJsonBody({ ...event, body: '  ', isBase64Encoded: false }, defaultLimits)).toEqual(
        {},
      );
    }
    expect(readJsonBody({ ...apiEvent({ path: '/x' }), body: undefined }, defaultLimits)).toEqual(
      {},
    );
  });

  it.each(['text/plain', 'application/x-www-form-urlencoded', 'application/jsonp'])(
    'refuses a non-empty %s body as unsupported_media_type',
    (type) => {
      const event = apiEvent({ path: '/x', headers: { 'content-type': type } });
      expect(() =>
        readJsonBody({ ...event, body: '{"a":1}', isBase64Encoded: false }, defaultLimits),
      ).toThrow(expect.objectContaining({ code: 'unsupported_media_type' }));
    },
  );

  it('accepts application/json with parameters and +json types', () => {
    for (const type of ['application/json; charset=utf-8', 'application/merge-patch+json']) {
      const event = apiEvent({ path: '/x', headers: { 'content-type': type } });
      expect(
        readJsonBody({ ...event, body: '{"a":1}', isBase64Encoded: false }, defaultLimits),
      ).toEqual({ a: 1 });
    }
  });

  it.each([
    ['a lone high surrogate in a value', '{"k":"\\ud800"}'],
    ['a lone low surrogate in a member name', '{"\\udc00":1}'],
    ['a lone surrogate deep in an array', '{"a":[1,{"b":["x\\udfff"]}]}'],
  ])('refuses %s as invalid_request', (_label, raw) => {
    expect(() => read(raw)).toThrow(expect.objectContaining({ code: 'invalid_request' }));
    expect(read(raw.replace(/\\u(d[89ab]|d[c-f])\w\w/i, 'x'))).toBeTruthy();
  });

  it.each([
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
    expect(Object.hasOwn(value, '__proto__')).toBe(true);
    expect(Object.getOwnPropertyDescriptor(value, '__proto__')?.value).toEqual({ polluted: true });
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
