/**
 * POST /user with an address that already has an account: the answer is a new address's, and
 * the owner is told by mail — through the real SES v2 client into the mail stand-in's outbox
 * (local mode's SES), at most once an hour per address. SES failures are injected with
 * aws-sdk-client-mock on the SendEmailCommand the adapter really sends.
 */
import {
  InternalServiceErrorException,
  SESv2Client,
  SendEmailCommand,
} from '@aws-sdk/client-sesv2';
import { mockClient } from 'aws-sdk-client-mock';
import { describe, expect, inject, it } from 'vitest';
import { handler as login } from '../../lambdas/handlers/account-login.js';
import { handler as createUser } from '../../lambdas/handlers/account-user-create.js';
import { DEFAULT_PROJECT_ID } from '../../lib/config.js';
import { readOutbox } from '../../lib/local/stand-ins/mail-stand-in.js';
import { invoke } from '../support/events.js';
import { logEntries } from '../support/logs.js';
import { PASSWORD, uniqueEmail } from '../support/users.js';

const outboxDir = inject('outboxDir');
const params = { projectId: DEFAULT_PROJECT_ID, strategy: 'email', provider: 'awsCognito' };

const register = (email: string, password = PASSWORD) =>
  invoke(createUser, { path: '/user', body: { ...params, data: { email, password } } });

const mailsTo = (address: string) =>
  readOutbox(outboxDir).filter((mail) => mail.to.includes(address));

/** Everything a caller sees, with the one field that is random by design made comparable. */
function observable(answer: Awaited<ReturnType<typeof register>>) {
  const data = answer.body.data as { userId: string; confirmed: boolean };
  expect(data.userId).toMatch(
    /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/,
  );
  return {
    status: answer.status,
    headers: answer.headers,
    body: { ...answer.body, data: { ...data, userId: 'a uuid' } },
  };
}

describe('POST /user with an address that already has an account', () => {
  it('answers as for a new address and mails the owner once, whatever the spelling', async () => {
    const email = uniqueEmail('owner');
    const fresh = await register(email);
    expect(fresh.status).toBe(201);
    expect(mailsTo(email)).toEqual([]);

    const again = await register(email.toUpperCase(), 'Other>Passw0rd!');
    expect(observable(again)).toEqual(observable(fresh));
    expect(observable(await register(uniqueEmail('new')))).toEqual(observable(fresh));

    const [notice, ...more] = mailsTo(email);
    expect(more).toEqual([]);
    expect(notice).toMatchObject({
      to: [email],
      from: 'no-reply@user-data-backend.invalid',
      subject: 'Someone tried to create an account with your e-mail address',
    });
    expect(notice?.text).toContain(
      `Someone tried to create a new account with this e-mail address (${email}).`,
    );
    expect(notice?.text).toContain(
      'If it was you: sign in with your password, or reset your password',
    );

    // A third and fourth quick attempt: the same answer, still one notice (one per hour).
    expect(observable(await register(email))).toEqual(observable(fresh));
    expect(
      observable(await register(email.replace(/@.*/, (domain) => domain.toUpperCase()))),
    ).toEqual(observable(fresh));
    expect(mailsTo(email)).toHaveLength(1);

    // The owner's account is untouched: the first password still signs in.
    const signIn = await invoke(login, {
      method: 'PUT',
      path: '/user/login',
      body: { ...params, data: { email, password: PASSWORD } },
    });
    expect(signIn.status).toBe(200);
  });

  it('a new address is never mailed by the API (Cognito sends its own code)', async () => {
    const email = uniqueEmail('fresh');
    expect((await register(email)).status).toBe(201);
    expect(mailsTo(email)).toEqual([]);
  });

  it('when SES fails, answers the same, logs a warning with the reason, and sends nothing', async () => {
    const email = uniqueEmail('ses-down');
    const fresh = await register(email);
    const ses = mockClient(SESv2Client);
    try {
      ses
        .on(SendEmailCommand)
        .rejects(new InternalServiceErrorException({ message: 'SES is down', $metadata: {} }));
      const again = await register(email);
      expect(observable(again)).toEqual(observable(fresh));
      const sent = ses.commandCalls(SendEmailCommand).map((call) => call.args[0].input);
      expect(sent).toEqual([expect.objectContaining({ Destination: { ToAddresses: [email] } })]);
    } finally {
      ses.restore();
    }
    expect(mailsTo(email)).toEqual([]);
    const warnings = logEntries().filter((entry) => entry.level === 'warn');
    expect(warnings).toEqual([
      expect.objectContaining({
        message: 'owner notice not sent; the sign-up answered as usual',
        extra: [expect.objectContaining({ reason: 'mail-failed' })],
      }),
    ]);
    expect(JSON.stringify(fresh.body)).not.toMatch(/SES|mail/i);
  });
});
