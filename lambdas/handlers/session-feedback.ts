/**
 * POST /session-feedback — the app client's backend reports sessions (vendor format): sets,
 * moves or deletes the user's alias, unique within the project.
 */
import * as z from 'zod/mini';
import { applySessionFeedback, type SessionReport } from '../domain/document/document-service.js';
import { documentRoute } from '../http/document-route.js';
import { json } from '../http/response.js';
import { documentDeps } from '../wiring/document.js';

const alias = z.string().check(z.minLength(1), z.maxLength(256));
const time = z.number().check(z.nonnegative());
export const body = z.object({
  subject_session_at: z.optional(z.string().check(z.minLength(1), z.maxLength(8192))),
  reports: z
    .array(
      z.discriminatedUnion('type', [
        z.object({ type: z.literal('authentication_performed'), alias, time }),
        z.object({ type: z.literal('alias_updated'), alias, time }),
        z.object({ type: z.literal('alias_deleted'), alias: z.optional(alias), time }),
      ]),
    )
    .check(z.minLength(1), z.maxLength(20)),
});

export const handler = documentRoute(
  // The token may be the body's subject_session_at (read by the family's credential extractor).
  { deps: documentDeps, body, backendOnly: true },
  async ({ store }, { identity, body }) => {
    await applySessionFeedback(store, identity, body.reports as SessionReport[]);
    return json(200, { status_code: 'ok' });
  },
);
