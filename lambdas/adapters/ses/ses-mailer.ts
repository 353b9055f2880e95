/**
 * Mailer on SES v2 SendEmail, from the deployment's `email` sender. The SES client is
 * imported on the first mail only (ses-send-email.ts): most cold starts of the register route
 * never send one. Locally AWS_ENDPOINT_URL_SESV2 points it at the mail stand-in (an outbox).
 */
import type { EmailSender } from '../../config-schema.js';
import type { Mailer } from '../../domain/account/owner-notices.js';

/** `Name <address>`; a non-ASCII name as an RFC 2047 encoded word (SES refuses raw UTF-8 there). */
export function fromHeader(sender: EmailSender): string {
  if (!sender.fromName) return sender.fromEmail;
  const name = /^[\x20-\x7e]*$/.test(sender.fromName)
    ? `"${sender.fromName.replace(/["\\]/g, '\\$&')}"`
    : `=?UTF-8?B?${Buffer.from(sender.fromName).toString('base64')}?=`;
  return `${name} <${sender.fromEmail}>`;
}

export function sesMailer(sender: EmailSender): Mailer {
  return {
    async send(mail) {
      const { sendEmail } = await import('./ses-send-email.js');
      await sendEmail(sender.sesRegion, {
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
      });
    },
  };
}
