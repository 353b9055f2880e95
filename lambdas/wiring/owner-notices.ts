/**
 * Wiring of the owner notices (POST /user): SES when the deployment configures `email`
 * (EMAIL_SENDER), else only a log line, since no sender could send it; the throttle on the
 * attempts table either way.
 */
import { dynamoNoticeThrottle } from '../adapters/dynamodb/notice-throttle-dynamodb.js';
import { sesMailer } from '../adapters/ses/ses-mailer.js';
import { emailSender } from '../config.js';
import {
  type Mailer,
  type NoticeThrottle,
  OWNER_NOTICE_INTERVAL_SECONDS,
  type OwnerNotices,
} from '../domain/account/owner-notices.js';
import { logger } from '../logger.js';

/** `a***@example.com`: enough for an operator to match a complaint, not a list of addresses. */
export const maskedAddress = (address: string): string =>
  address.replace(/^(.)[^@]*(@.*)$/, '$1***$2');

/** No `email` configured: Cognito's own sender cannot send this mail, so it is only logged. */
const loggedOnly: Mailer = {
  async send(mail) {
    logger.warn('owner notice not sent: no e-mail sender configured (set `email`)', {
      reason: 'no-sender',
      to: maskedAddress(mail.to),
      subject: mail.subject,
    });
  },
};

let notices: OwnerNotices | undefined;

export function ownerNotices(): OwnerNotices {
  if (notices) return notices;
  const sender = emailSender();
  let table: NoticeThrottle | undefined;
  notices = {
    mailer: sender ? sesMailer(sender) : loggedOnly,
    // Built on the first claim: a missing table fails the notice (logged), never the sign-up.
    throttle: {
      claim(...args) {
        table ??= dynamoNoticeThrottle();
        return table.claim(...args);
      },
    },
    intervalSeconds: OWNER_NOTICE_INTERVAL_SECONDS,
    now: () => Math.floor(Date.now() / 1000),
    onFailure: (reason, error) =>
      logger.warn('owner notice not sent; the sign-up answered as usual', {
        reason,
        error: error instanceof Error ? { name: error.name, message: error.message } : error,
      }),
  };
  return notices;
}
