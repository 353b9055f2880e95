import { describe, expect, it } from 'vitest';
import { hasScope, RESOURCE_SERVER_ID, SIGN_IN_SCOPE } from '../../lambdas/auth/identity.js';
import { externalId, signDevice } from '../../lambdas/domain/account/device-signature.js';
import { RESOURCE_SERVER } from '../../lib/config.js';

describe('hasScope', () => {
  it('lets a sign-in token do everything', () => {
    expect(hasScope([SIGN_IN_SCOPE], 'user-data-set')).toBe(true);
  });
  it('accepts the exact scope or a resource-server prefix, nothing else', () => {
    expect(hasScope(['user-data-get'], 'user-data-get')).toBe(true);
    expect(hasScope(['userdata/user-data-get'], 'user-data-get')).toBe(true);
    expect(hasScope(['user-data-get'], 'user-data-set')).toBe(false);
    expect(hasScope(['user-data-get-all'], 'user-data-get')).toBe(false);
    expect(hasScope([], 'user-data-get')).toBe(false);
    expect(hasScope(['evil/user-data-get'], 'user-data-get')).toBe(false);
  });
  it('knows the stack’s resource server identifier', () => {
    expect(RESOURCE_SERVER_ID).toBe(RESOURCE_SERVER.identifier);
  });
});

describe('device signature and externalId', () => {
  const record = { projectId: 'p', userId: 'u', deviceId: 'd', signUp: 1, timeStamp: 2 };
  it('depends on every field and on the secret', () => {
    const base = signDevice('secret', record);
    expect(signDevice('secret', record)).toBe(base);
    expect(signDevice('other', record)).not.toBe(base);
    for (const field of Object.keys(record) as Array<keyof typeof record>) {
      expect(signDevice('secret', { ...record, [field]: `${record[field]}x` })).not.toBe(base);
    }
  });
  it('externalId is stable per project and user, and differs across projects', () => {
    expect(externalId('p1', 'u')).toBe(externalId('p1', 'u'));
    expect(externalId('p1', 'u')).not.toBe(externalId('p2', 'u'));
  });
});
