/**
 * Mailer on SES v2 SendEmail, from the deployment's `email` sender. The SES client is
 * imported on the first mail only: most cold starts of the register route never send one.
 * Locally AWS_ENDPOINT_URL_SESV2 points it at the mail stand-in (an outbox directory).
 */
import type { SESv2Client } from '@aws-sdk/client-sesv2';
import type { EmailSender } from '../../config-schema.js';
import type { Mailer } from '../../domain/account/owner-notices.js';

/** A slow SES must not hold the answer long (its duration is observable): one retry, short timeouts. */
const SES_CLIENT_SETTINGS = {
  maxAttempts: 2,
  requestHandler: { connectionTimeout: 1_000, requestTimeout: 2_000 },
} as const;

/** `Name <address>`; a non-ASCII name as an RFC 2047 encoded word (SES refuses raw UTF-8 there). */
export function fromHeader(sender: EmailSender): string {
  if (!sender.fromName) return sender.fromEmail;
  const name = /^[\x20-\x7e]*$/.test(sender.fromName)
    ? `"${sender.fromName.replace(/["\\]/g, '\\$&')}"`
    : `=?UTF-8?B?${Buffer.from(sender.fromName).toString('base64')}?=`;
  return `${name} <${sender.fromEmail}>`;
}

export function sesMailer(sender: EmailSender): Mailer {
  let client: SESv2Client | undefined;
  return {
    async send(mail) {
      const { SESv2Client, SendEmailCommand } = await import('@aws-sdk/client-sesv2');
      client ??= new SESv2Client({
        ...SES_CLIENT_SETTINGS,
        ...(sender.sesRegion ? { region: sender.sesRegion } : {}),
      });
      await client.send(
        new SendEmailCommand({
          FromEmailAddress: fromHeader(sender),
          Destination: { ToAddresses: [mail.to] },
          ReplyToAddresses: sender.replyTo ? [sender.replyTo] : undefined,
          ConfigurationSetName: sender.configurationSetName,
          Content: {
            Simple: {
              Subject: { Data: mail.subject, Charset: 'UTF-8' },
              Body: { Text: { Data: mail.text, Charset: 'UTF-8' } },
            },
          },
        }),
      );
    },
  };
}
