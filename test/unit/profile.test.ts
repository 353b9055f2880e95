import { describe, expect, it } from 'vitest';
import { hasExactScope, SIGN_IN_SCOPE } from '../../lambdas/auth/identity.js';
import {
  characterCount,
  isDateTime,
  normaliseEmail,
  normaliseWallet,
  sameValue,
} from '../../lambdas/domain/profile/profile.js';
import { isoMicros, nowMicros, parseMicros } from '../../lambdas/domain/profile/timestamps.js';

describe('hasExactScope', () => {
  it('does not let the sign-in scope pass', () => {
    expect(hasExactScope([SIGN_IN_SCOPE], 'userinfo-lookup')).toBe(false);
  });
  it('accepts the scope itself or behind a resource-server prefix, nothing else', () => {
    expect(hasExactScope(['userinfo-lookup'], 'userinfo-lookup')).toBe(true);
    expect(hasExactScope(['userdata/userinfo-lookup'], 'userinfo-lookup')).toBe(true);
    expect(hasExactScope(['backend/userinfo-lookup'], 'userinfo-lookup')).toBe(false);
    expect(hasExactScope(['userinfo-lookup-all'], 'userinfo-lookup')).toBe(false);
    expect(hasExactScope([], 'userinfo-lookup')).toBe(false);
  });
});

describe('microsecond timestamps', () => {
  it('have six fractional digits and round-trip', () => {
    const micros = 1_697_898_225_123_456;
    expect(isoMicros(micros)).toBe('2023-10-21T14:23:45.123456Z');
    expect(parseMicros('2023-10-21T14:23:45.123456Z')).toBe(micros);
    expect(parseMicros('2023-10-21T14:23:45Z')).toBe(1_697_898_225_000_000);
  });
  it('strictly increase within a process, even within one millisecond', () => {
    const stamps = Array.from({ length: 50 }, () => nowMicros());
    for (let i = 1; i < stamps.length; i++) {
      expect(stamps[i]).toBeGreaterThan(stamps[i - 1] as number);
    }
    expect(Math.abs((stamps[0] as number) / 1000 - Date.now())).toBeLessThan(1000);
  });
});

describe('normalisation and field rules', () => {
  it('e-mail: trimmed and lower-cased', () => {
    expect(normaliseEmail('  Jane.Doe@Example.COM ')).toBe('jane.doe@example.com');
  });
  it('wallet: trimmed; hex lower-cased, anything else kept as is', () => {
    expect(normaliseWallet(' 0xAbCdEF0123 ')).toBe('0xabcdef0123');
    expect(normaliseWallet('So1anaAddressBase58')).toBe('So1anaAddressBase58');
  });
  it('counts code points', () => {
    expect(characterCount('😀a')).toBe(2);
  });
  it.each([
    ['2024-05-01', true],
    ['2024-05-01T09:30:00Z', true],
    ['2024-05-01 09:30:00', true],
    ['2024-05-01T09:30:00.123456+09:00', true],
    ['2024-02-30', false],
    ['2024-13-01', false],
    ['yesterday', false],
  ])('isDateTime(%s) is %s', (value, expected) => {
    expect(isDateTime(value)).toBe(expected);
  });
  it('compares JSON values deeply, ignoring key order', () => {
    expect(sameValue({ a: 1, b: [1, { c: null }] }, { b: [1, { c: null }], a: 1 })).toBe(true);
    expect(sameValue({ a: 1 }, { a: 1, b: undefined })).toBe(false);
    expect(sameValue([1, 2], { 0: 1, 1: 2 })).toBe(false);
    expect(sameValue(null, {})).toBe(false);
  });
});
