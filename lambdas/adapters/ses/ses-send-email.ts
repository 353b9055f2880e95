/**
 * The one SES v2 call the API makes, in its own module so that ses-mailer.ts can import it
 * on first use: a dynamic import of this file keeps esbuild's tree shaking (of the whole
 * client package it would keep every command), and defers its evaluation past the cold start.
 */
import { SESv2Client, SendEmailCommand, type SendEmailCommandInput } from '@aws-sdk/client-sesv2';

/** A slow SES must not hold the answer long (its duration is observable): one retry, short timeouts. */
const SES_CLIENT_SETTINGS = {
  maxAttempts: 2,
  requestHandler: { connectionTimeout: 1_000, requestTimeout: 2_000 },
} as const;

const clients = new Map<string, SESv2Client>();

/** Sends with a client per region (`undefined`: the function's own), kept for the container. */
export async function sendEmail(region: string | undefined, input: SendEmailCommandInput) {
  const key = region ?? '';
  let client = clients.get(key);
  if (!client) {
    client = new SESv2Client({ ...SES_CLIENT_SETTINGS, ...(region ? { region } : {}) });
    clients.set(key, client);
  }
  await client.send(new SendEmailCommand(input));
}
