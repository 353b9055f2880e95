/**
 * Offline stand-in of SES v2 `SendEmail` (`POST /v2/email/outbound-emails`) for `npm start`
 * and the tests: the handlers' unchanged SES client is pointed at it (AWS_ENDPOINT_URL_SESV2),
 * and each mail becomes one `.eml` file in the outbox directory (open it with any mail
 * client) plus one log line. Nothing leaves the machine. Only simple text/HTML content is
 * understood; the request signature is not checked.
 */
import { randomUUID } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { writeFileAtomic } from '../local-files.js';

export interface MailStandIn {
  /** Endpoint for AWS_ENDPOINT_URL_SESV2. */
  readonly url: string;
  readonly outboxDir: string;
  stop(): Promise<void>;
}

/** One mail of the outbox, as the stand-in wrote it. */
export interface OutboxMail {
  readonly file: string;
  readonly from: string;
  readonly to: readonly string[];
  readonly replyTo?: string;
  readonly subject: string;
  readonly text: string;
}

interface SendEmailBody {
  FromEmailAddress?: string;
  Destination?: { ToAddresses?: string[]; CcAddresses?: string[]; BccAddresses?: string[] };
  ReplyToAddresses?: string[];
  Content?: {
    Simple?: {
      Subject?: { Data?: string };
      Body?: { Text?: { Data?: string }; Html?: { Data?: string } };
    };
  };
}

const MAX_REQUEST_BYTES = 1024 * 1024;

/** A header value: as is when ASCII, else an RFC 2047 encoded word. */
const headerValue = (value: string) =>
  /^[\x20-\x7e]*$/.test(value) ? value : `=?UTF-8?B?${Buffer.from(value).toString('base64')}?=`;

function toEml(mail: SendEmailBody, messageId: string, date: Date): string {
  const simple = mail.Content?.Simple;
  const to = mail.Destination?.ToAddresses ?? [];
  const headers = [
    `From: ${mail.FromEmailAddress}`,
    `To: ${to.join(', ')}`,
    ...(mail.Destination?.CcAddresses?.length
      ? [`Cc: ${mail.Destination.CcAddresses.join(', ')}`]
      : []),
    ...(mail.ReplyToAddresses?.length ? [`Reply-To: ${mail.ReplyToAddresses.join(', ')}`] : []),
    `Subject: ${headerValue(simple?.Subject?.Data ?? '')}`,
    `Date: ${date.toUTCString()}`,
    `Message-ID: <${messageId}@mail-stand-in.local>`,
    'MIME-Version: 1.0',
    `Content-Type: text/${simple?.Body?.Text ? 'plain' : 'html'}; charset=UTF-8`,
    'Content-Transfer-Encoding: 8bit',
  ];
  const body = simple?.Body?.Text?.Data ?? simple?.Body?.Html?.Data ?? '';
  return `${headers.join('\r\n')}\r\n\r\n${body.replace(/\r?\n/g, '\r\n')}\r\n`;
}

/** What a request lacks for SES to accept it, or undefined. */
function problemOf(mail: SendEmailBody): string | undefined {
  if (!mail.FromEmailAddress) return 'FromEmailAddress is required';
  if (!mail.Destination?.ToAddresses?.length) return 'Destination.ToAddresses is required';
  const simple = mail.Content?.Simple;
  if (!simple?.Subject?.Data)
    return 'Content.Simple.Subject is required (the stand-in knows only Simple)';
  if (!simple.Body?.Text && !simple.Body?.Html) return 'Content.Simple.Body is required';
  return undefined;
}

export async function startMailStandIn(options: {
  outboxDir: string;
  log?: (line: string) => void;
}): Promise<MailStandIn> {
  mkdirSync(options.outboxDir, { recursive: true });
  const server = createServer((request, response) => {
    const send = (status: number, body: unknown, errorType?: string) => {
      response.writeHead(status, {
        'content-type': 'application/json',
        ...(errorType ? { 'x-amzn-errortype': errorType } : {}),
      });
      response.end(JSON.stringify(body));
    };
    const path = new URL(request.url ?? '/', 'http://stand-in').pathname;
    if (request.method !== 'POST' || path !== '/v2/email/outbound-emails') {
      request.resume();
      return send(
        404,
        { message: `The mail stand-in knows only SendEmail, not ${request.method} ${path}` },
        'NotFoundException',
      );
    }
    const chunks: Buffer[] = [];
    let size = 0;
    request.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size <= MAX_REQUEST_BYTES) chunks.push(chunk);
    });
    request.on('error', () => response.destroy());
    request.on('end', () => {
      let mail: SendEmailBody;
      try {
        if (size > MAX_REQUEST_BYTES) throw new Error('request too large');
        mail = JSON.parse(Buffer.concat(chunks).toString('utf8')) as SendEmailBody;
      } catch (error) {
        return send(400, { message: (error as Error).message }, 'BadRequestException');
      }
      const problem = problemOf(mail);
      if (problem) return send(400, { message: problem }, 'BadRequestException');
      const messageId = randomUUID();
      const now = new Date();
      // Sortable names: the outbox lists in the order the mails were sent.
      const file = join(
        options.outboxDir,
        `${now.toISOString().replace(/[:.]/g, '-')}-${messageId}.eml`,
      );
      writeFileAtomic(file, toEml(mail, messageId, now), 0o644);
      options.log?.(
        `mail to ${mail.Destination?.ToAddresses?.join(', ')}: "${mail.Content?.Simple?.Subject?.Data}" (${file})`,
      );
      send(200, { MessageId: messageId });
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    outboxDir: options.outboxDir,
    stop: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

const decodeHeader = (value: string) =>
  value.replace(/=\?UTF-8\?B\?([^?]*)\?=/gi, (_, data: string) =>
    Buffer.from(data, 'base64').toString('utf8'),
  );

/** The mails of an outbox, oldest first (for tests and tools; the files are the record). */
export function readOutbox(outboxDir: string): OutboxMail[] {
  let files: string[];
  try {
    files = readdirSync(outboxDir)
      .filter((name) => name.endsWith('.eml'))
      .sort();
  } catch {
    return [];
  }
  return files.map((name) => {
    const file = join(outboxDir, name);
    const raw = readFileSync(file, 'utf8');
    const split = raw.indexOf('\r\n\r\n');
    const headers = new Map(
      raw
        .slice(0, split)
        .split('\r\n')
        .map((line) => {
          const colon = line.indexOf(':');
          return [line.slice(0, colon).toLowerCase(), line.slice(colon + 1).trim()] as const;
        }),
    );
    return {
      file,
      from: headers.get('from') ?? '',
      to: (headers.get('to') ?? '').split(/,\s*/).filter(Boolean),
      replyTo: headers.get('reply-to'),
      subject: decodeHeader(headers.get('subject') ?? ''),
      text: raw
        .slice(split + 4)
        .replace(/\r\n/g, '\n')
        .replace(/\n$/, ''),
    };
  });
}
