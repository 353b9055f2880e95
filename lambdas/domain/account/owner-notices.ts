/**
 * Notices to an account's owner about something done with their address by someone who may
 * not be them. A sign-up with an address that already has an account answers exactly like a
 * new one (no enumeration); the owner learns of it by mail instead. A notice is best effort:
 * at most one per address and interval (so the API cannot be used to mail-bomb anyone), and a
 * failure (throttle store, mailer) is reported to `onFailure`, never to the caller, whose
 * answer must not depend on whether the address is known.
 */
import { createHash } from 'node:crypto';

export interface Mail {
  readonly to: string;
  readonly subject: string;
  readonly text: string;
}

/** Sends one plain-text mail (SES in AWS, the mail stand-in's outbox locally, or the log). */
export interface Mailer {
  send(mail: Mail): Promise<void>;
}

/** One notice per key and interval: a conditional write of the key until `until`. */
export interface NoticeThrottle {
  /** True when this call took the key (none held it, or its hold ended by `now`). */
  claim(key: string, now: number, until: number): Promise<boolean>;
}

export interface OwnerNotices {
  readonly mailer: Mailer;
  readonly throttle: NoticeThrottle;
  /** At most one notice per address and kind in this many seconds. */
  readonly intervalSeconds: number;
  /** Epoch seconds. */
  readonly now: () => number;
  /** A notice that could not be sent: logged by the wiring; the answer stays as it was. */
  readonly onFailure: (reason: string, error: unknown) => void;
}

/** One notice per address and hour. */
export const OWNER_NOTICE_INTERVAL_SECONDS = 60 * 60;

/** The notice a sign-up with an already registered address sends to that address. */
export function signUpAttemptNotice(email: string): Mail {
  return {
    to: email,
    subject: 'Someone tried to create an account with your e-mail address',
    text: [
      `Someone tried to create a new account with this e-mail address (${email}).`,
      'An account with this address already exists, so no new account was created and your',
      'account was not changed.',
      '',
      'If it was you: sign in with your password, or reset your password if you do not',
      'remember it.',
      '',
      'If it was not you: you can ignore this message. Nobody can sign in to your account',
      'without your password.',
      '',
      'You receive at most one such message per hour.',
    ].join('\n'),
  };
}

/**
 * Tells the owner of `email` (canonical) that someone tried to sign up with it. Never throws:
 * every failure goes to `onFailure`. The throttle key is a hash, so the attempts table holds
 * no address.
 */
export async function noticeSignUpAttempt(notices: OwnerNotices, email: string): Promise<void> {
  let stage = 'throttle';
  try {
    const now = notices.now();
    const key = `owner-notice#sign-up#${createHash('sha256').update(email).digest('hex')}`;
    if (!(await notices.throttle.claim(key, now, now + notices.intervalSeconds))) return;
    stage = 'mail';
    await notices.mailer.send(signUpAttemptNotice(email));
  } catch (error) {
    notices.onFailure(stage === 'mail' ? 'mail-failed' : 'throttle-failed', error);
  }
}
