/**
 * The SES mailer through the real SES v2 client into local mode's mail stand-in: every part
 * of the `email` sender reaches the mail, and the stand-in refuses what SES would refuse.
 */
import { describe, expect, inject, it } from 'vitest';
import { sesMailer } from '../../lambdas/adapters/ses/ses-mailer.js';
import { readOutbox } from '../../lib/local/stand-ins/mail-stand-in.js';
import { uniqueEmail } from '../support/users.js';

const outboxDir = inject('outboxDir');
const endpoint = inject('backendEnv').AWS_ENDPOINT_URL_SESV2 ?? '';

describe('SES mailer and the mail stand-in', () => {
  it('sends from the configured sender, with its name, reply-to and UTF-8 text', async () => {
    const to = uniqueEmail('mailer');
    await sesMailer({
      fromEmail: 'no-reply@example.com',
      fromName: 'Équipe "Example"',
      replyTo: 'help@example.com',
      configurationSetName: 'user-data',
      sesRegion: 'eu-west-1',
    }).send({ to, subject: 'Grüße', text: 'Zeile 1\nZeile 2 — ✓' });

    const mails = readOutbox(outboxDir).filter((mail) => mail.to.includes(to));
    expect(mails).toEqual([
      {
        file: expect.stringMatching(/\.eml$/),
        // A non-ASCII display name travels as an RFC 2047 encoded word.
        from: `=?UTF-8?B?${Buffer.from('Équipe "Example"').toString('base64')}?= <no-reply@example.com>`,
        to: [to],
        replyTo: 'help@example.com',
        subject: 'Grüße',
        text: 'Zeile 1\nZeile 2 — ✓',
      },
    ]);
  });

  it('quotes an ASCII display name', async () => {
    const to = uniqueEmail('mailer');
    await sesMailer({ fromEmail: 'no-reply@example.com', fromName: 'Example "App"' }).send({
      to,
      subject: 's',
      text: 't',
    });
    const [mail] = readOutbox(outboxDir).filter((each) => each.to.includes(to));
    expect(mail?.from).toBe('"Example \\"App\\"" <no-reply@example.com>');
    expect(mail?.replyTo).toBeUndefined();
  });

  it('refuses what SES refuses: other routes, malformed JSON, a mail without recipient', async () => {
    const post = (path: string, body: string) =>
      fetch(`${endpoint}${path}`, {
        method: 'POST',
        body,
        headers: { 'content-type': 'application/json' },
      });
    const unknown = await post('/v2/email/identities', '{}');
    expect(unknown.status).toBe(404);
    const malformed = await post('/v2/email/outbound-emails', '{');
    expect(malformed.status).toBe(400);
    expect(malformed.headers.get('x-amzn-errortype')).toBe('BadRequestException');
    const noRecipient = await post(
      '/v2/email/outbound-emails',
      JSON.stringify({
        FromEmailAddress: 'a@example.com',
        Content: { Simple: { Subject: { Data: 's' }, Body: { Text: { Data: 't' } } } },
      }),
    );
    expect(noRecipient.status).toBe(400);
    expect(await noRecipient.json()).toEqual({ message: 'Destination.ToAddresses is required' });
  });
});
