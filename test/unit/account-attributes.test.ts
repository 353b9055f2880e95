import { describe, expect, it } from 'vitest';
import { registerUser } from '../../lambdas/domain/account/account-service.js';
import type { IdentityProvider } from '../../lambdas/domain/account/identity-provider.js';
import { defaultPasswordPolicy } from '../../lambdas/domain/account/password-policy.js';
import { AppError } from '../../lambdas/errors.js';
import { InMemoryOwnerNotices } from '../support/in-memory-ports.js';

/** Records sign-ups; answers user_exists for a username it has seen (as Cognito does). */
function fakeProvider() {
  const users = new Map<string, Record<string, string>>();
  const provider = {
    async signUp({
      username,
      attributes,
    }: {
      username: string;
      attributes: Record<string, string>;
    }) {
      if (users.has(username)) throw new AppError('user_exists', 'exists');
      users.set(username, attributes);
      return { userId: `sub-${users.size}`, confirmed: true };
    },
  } as unknown as IdentityProvider;
  return { provider, users };
}

const project = { projectId: 'p', autoConfirmSignUp: true };
const input = (attributes: Record<string, string>, email = 'New.User@Example.COM ') => ({
  email,
  password: 'bID>idfsf23!',
  attributes,
});

describe('registerUser', () => {
  it('stores the canonical address as username and e-mail', async () => {
    const { provider, users } = fakeProvider();
    await registerUser(
      provider,
      project,
      defaultPasswordPolicy,
      input({ nickname: 'n' }),
      new InMemoryOwnerNotices(),
    );
    expect([...users]).toEqual([
      ['new.user@example.com', { nickname: 'n', email: 'new.user@example.com' }],
    ]);
  });

  it('takes custom:* attributes only when the project allows them', async () => {
    const { provider, users } = fakeProvider();
    const allowing = { ...project, customAttributes: ['custom:plan'] };
    await expect(
      registerUser(
        provider,
        allowing,
        defaultPasswordPolicy,
        input({ 'custom:role': 'admin' }),
        new InMemoryOwnerNotices(),
      ),
    ).rejects.toMatchObject({
      code: 'invalid_request',
      message: expect.stringContaining('custom:role'),
    });
    await registerUser(
      provider,
      allowing,
      defaultPasswordPolicy,
      input({ 'custom:plan': 'pro' }),
      new InMemoryOwnerNotices(),
    );
    expect(users.get('new.user@example.com')).toMatchObject({ 'custom:plan': 'pro' });
    await expect(
      registerUser(
        provider,
        project,
        defaultPasswordPolicy,
        input({ 'custom:plan': 'pro' }, 'b@example.com'),
        new InMemoryOwnerNotices(),
      ),
    ).rejects.toMatchObject({ code: 'invalid_request' });
  });

  it('an existing address answers like a new one, with a user id of no one', async () => {
    const { provider } = fakeProvider();
    const first = await registerUser(
      provider,
      project,
      defaultPasswordPolicy,
      input({}),
      new InMemoryOwnerNotices(),
    );
    const again = await registerUser(
      provider,
      project,
      defaultPasswordPolicy,
      input({}, 'NEW.USER@example.com'),
      new InMemoryOwnerNotices(),
    );
    expect(Object.keys(again)).toEqual(Object.keys(first));
    expect(again.confirmed).toBe(first.confirmed);
    expect(again.userId).not.toBe(first.userId);
  });
});
