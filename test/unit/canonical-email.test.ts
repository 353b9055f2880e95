import { describe, expect, it } from 'vitest';
import { canonicalEmail } from '../../lambdas/domain/identity/canonical-email.js';
import { uniqueKey } from '../../lambdas/domain/profile/profile.js';

describe('canonicalEmail', () => {
  it('trims, lower-cases and NFC-normalises: every spelling of one address is one identity', () => {
    const forms = [
      'josé@example.com',
      ' JOSÉ@Example.COM ',
      'jose\u0301@example.com',
      'JOSE\u0301@EXAMPLE.COM',
    ];
    expect(new Set(forms.map(canonicalEmail))).toEqual(new Set(['jos\u00e9@example.com']));
  });

  it('is the /userinfo uniqueness key too', () => {
    expect(uniqueKey('email', 'JOSE\u0301@example.com')).toBe(canonicalEmail('josé@example.com'));
  });
});
