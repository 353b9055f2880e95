/** The owner notice of a sign-up with an address that already has an account (in-memory ports). */
import { describe, expect, it } from 'vitest';
import { registerUser } from '../../../lambdas/domain/account/account-service.js';
import { defaultPasswordPolicy } from '../../../lambdas/domain/account/password-policy.js';
import { InMemoryIdentityProvider, InMemoryOwnerNotices } from '../../support/in-memory-ports.js';

const PASSWORD = 'bID>idfsf23!';
const project = { projectId: 'p', autoConfirmSignUp: true };

function setup() {
  const provider = new InMemoryIdentityProvider();
  const notices = new InMemoryOwnerNotices();
  const register = (email: string, password = PASSWORD) =>
    registerUser(
      provider,
      project,
      defaultPasswordPolicy,
      { email, password, attributes: {} },
      notices,
    );
  return { provider, notices, register };
}

describe('owner notices on sign-up', () => {
  it('a new address gets no notice; a second sign-up (any spelling) tells the owner', async () => {
    const { notices, register } = setup();
    await register('owner@example.com');
    expect(notices.sent).toEqual([]);

    await register(' Owner@EXAMPLE.com', 'Other>Passw0rd!');
    expect(notices.sent).toEqual([
      {
        to: 'owner@example.com',
        subject: 'Someone tried to create an account with your e-mail address',
        text: expect.stringContaining('If it was you: sign in with your password, or reset'),
      },
    ]);
    expect(notices.sent[0]?.text).toContain('(owner@example.com)');
    expect(notices.failures).toEqual([]);
  });

  it('at most one notice per address and interval; another address has its own', async () => {
    const { notices, register } = setup();
    await register('owner@example.com');
    await register('other@example.com');
    for (let attempt = 0; attempt < 5; attempt++) await register('owner@example.com');
    await register('other@example.com');
    expect(notices.sent.map((mail) => mail.to)).toEqual(['owner@example.com', 'other@example.com']);

    notices.clock += notices.intervalSeconds;
    await register('owner@example.com');
    expect(notices.sent.map((mail) => mail.to)).toEqual([
      'owner@example.com',
      'other@example.com',
      'owner@example.com',
    ]);
    // The hold names no address.
    expect([...notices.held.keys()].join()).not.toContain('example.com');
  });

  it('a failing mailer or throttle changes nothing in the answer', async () => {
    const { notices, register } = setup();
    const first = await register('owner@example.com');
    notices.failing = new Error('SES is down');
    const again = await register('owner@example.com');
    expect(Object.keys(again)).toEqual(Object.keys(first));
    expect(again.confirmed).toBe(first.confirmed);
    expect(notices.failures).toEqual([{ reason: 'mail-failed', error: notices.failing }]);

    const broken = new Error('DynamoDB is down');
    notices.throttle.claim = async () => {
      throw broken;
    };
    const third = await register('owner@example.com');
    expect(third.confirmed).toBe(first.confirmed);
    expect(notices.failures.at(-1)).toEqual({ reason: 'throttle-failed', error: broken });
  });
});
