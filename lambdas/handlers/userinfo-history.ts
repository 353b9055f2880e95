/** GET /userinfo/history — the caller's profile audit history, newest first (extension). */
import * as z from 'zod/mini';
import { MAX_HISTORY_PAGE, profileHistory } from '../domain/profile/profile-service.js';
import { profileRoute } from '../http/profile-route.js';
import { profileDeps } from '../wiring/profile.js';

export const query = z.strictObject({
  limit: z.optional(
    z.string().check(z.regex(/^[1-9]\d{0,2}$/, `must be an integer from 1 to ${MAX_HISTORY_PAGE}`)),
  ),
  cursor: z.optional(z.string()),
});

export const handler = profileRoute(
  { deps: profileDeps, query },
  async ({ profiles }, { identity, query }) => {
    const page = await profileHistory(profiles, identity, {
      limit: query.limit === undefined ? undefined : Number(query.limit),
      cursor: query.cursor,
    });
    return {
      body: {
        history: page.entries.map((entry) => ({
          at: entry.at,
          action: entry.action,
          sub: entry.sub,
          client_id: entry.clientId,
          // Only on a system change (sub and client_id null): why, e.g. taken over by its owner.
          ...(entry.reason === undefined ? {} : { reason: entry.reason }),
          fields: entry.fields,
          before: entry.before,
          after: entry.after,
        })),
        next_cursor: page.cursor ?? null,
      },
    };
  },
);
