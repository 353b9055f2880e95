/** JSON-document attacks: ETag reuse after alias_deleted, non-canonical authvalues. */
import { createHmac } from 'node:crypto';
import { GetCommand } from '@aws-sdk/lib-dynamodb';
import { describe, expect, it } from 'vitest';
import { documentClient } from '../../lambdas/adapters/dynamodb/document-client.js';
import { tableName } from '../../lambdas/config.js';
import { handler as documentGet } from '../../lambdas/handlers/document-get.js';
import { handler as documentPatch } from '../../lambdas/handlers/document-patch.js';
import { handler as documentReplace } from '../../lambdas/handlers/document-replace.js';
import { handler as sessionFeedback } from '../../lambdas/handlers/session-feedback.js';
import { DEFAULT_PROJECT_ID } from '../../lib/config.js';
import { localClientId } from '../../lib/local/local-backend.js';
import { createUser } from '../support/users.js';
import { call } from './support.js';

const secret = () =>
  (JSON.parse(process.env.CLIENT_SECRETS ?? '{}') as Record<string, string>)[
    localClientId(DEFAULT_PROJECT_ID, 'web')
  ] ?? '';
const digest = (token: string) => createHmac('sha256', secret()).update(token).digest();
const bearer = (token: string) => ({ authorization: `Bearer ${token}` });

describe('ETag versions are never reused', () => {
  it('after alias_deleted, a stale If-Match from before fails and the new ETag is fresh', async () => {
    const token = await (await createUser()).signIn();
    const alias = `tomb-${Date.now()}`;
    const feedback = (type: string) =>
      call(sessionFeedback, {
        path: '/session-feedback',
        headers: { authorization: `BindIdBackend ${digest(token).toString('base64')}` },
        body: {
          subject_session_at: token,
          reports: [{ type, alias, time: Math.floor(Date.now() / 1000) }],
        },
      });
    expect((await feedback('authentication_performed')).status).toBe(200);
    await call(documentReplace, {
      method: 'POST',
      path: '/custom-user-data',
      headers: bearer(token),
      body: { data: { secret: 1 } },
    });
    const seen = (
      await call(documentGet, { method: 'GET', path: '/custom-user-data', headers: bearer(token) })
    ).headers.etag as string;
    expect((await feedback('alias_deleted')).status).toBe(200);
    const after = await call(documentGet, {
      method: 'GET',
      path: '/custom-user-data',
      headers: bearer(token),
    });
    expect(after.body.data).toEqual({});
    expect(after.headers.etag).not.toBe(seen);
    // Someone writes afresh: without a tombstone, versions would restart and reach `seen` again.
    const rewritten = await call(documentReplace, {
      method: 'POST',
      path: '/custom-user-data',
      headers: bearer(token),
      body: { data: { fresh: true } },
    });
    expect(rewritten.headers.etag).not.toBe(seen);
    const stale = await call(documentPatch, {
      method: 'PATCH',
      path: '/custom-user-data',
      headers: { ...bearer(token), 'if-match': seen },
      body: { data: { written: 'by a stale client' } },
    });
    expect(stale).toMatchObject({ status: 412, body: { error: 'precondition_failed' } });
    const fresh = await call(documentPatch, {
      method: 'PATCH',
      path: '/custom-user-data',
      headers: { ...bearer(token), 'if-match': rewritten.headers.etag as string },
      body: { data: { v: 1 } },
    });
    expect(fresh.status).toBe(200);
  });
});

describe('documents per user do not multiply', () => {
  it('20 concurrent alias_updated reports leave the user one alias; the others stay free', async () => {
    const token = await (await createUser()).signIn();
    const report = (type: string, alias: string, as = token) =>
      call(sessionFeedback, {
        path: '/session-feedback',
        headers: { authorization: `BindIdBackend ${digest(as).toString('base64')}` },
        body: {
          subject_session_at: as,
          reports: [{ type, alias, time: Math.floor(Date.now() / 1000) }],
        },
      });
    const base = `many-${Date.now()}`;
    expect((await report('authentication_performed', `${base}-first`)).status).toBe(200);
    const aliases = Array.from({ length: 20 }, (_, index) => `${base}-${index}`);
    const answers = await Promise.all(aliases.map((alias) => report('alias_updated', alias)));
    // Each report either moved the alias or was refused whole (one transaction each).
    for (const answer of answers) expect([200, 409]).toContain(answer.status);
    const markers = await Promise.all(
      [`${base}-first`, ...aliases].map(async (alias) => {
        const { Item } = await documentClient().send(
          new GetCommand({
            TableName: tableName('documents'),
            Key: { pk: `${DEFAULT_PROJECT_ID}#alias#${alias}`, sk: 'owner' },
            ConsistentRead: true,
          }),
        );
        return Item;
      }),
    );
    expect(markers.filter((marker) => marker !== undefined)).toHaveLength(1);
    // Another user can claim every alias the first does not hold.
    const other = await (await createUser()).signIn();
    const held = [`${base}-first`, ...aliases].find((_, index) => markers[index] !== undefined);
    const free = aliases.find((alias) => alias !== held) ?? '';
    expect((await report('authentication_performed', free, other)).status).toBe(200);
  });
});

describe('BindIdBackend authvalue', () => {
  it('a non-canonical base64 of the right HMAC is refused on the route', async () => {
    const token = await (await createUser()).signIn();
    const standard = digest(token).toString('base64');
    const get = (authvalue: string) =>
      call(documentGet, {
        method: 'GET',
        path: '/custom-user-data',
        headers: { authorization: `BindIdBackend AccessToken ${token}; ${authvalue}` },
      });
    expect((await get(standard)).status).toBe(200);
    // The same bytes, spelled with the unused trailing bits set: a lenient decoder accepts it.
    const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
    const last = alphabet[alphabet.indexOf(standard.at(-2) as string) ^ 1] as string;
    const lenient = `${standard.slice(0, -2)}${last}=`;
    expect(Buffer.from(lenient, 'base64')).toEqual(digest(token));
    expect((await get(lenient)).status).toBe(403);
    expect((await get(`${standard}=`)).status).toBe(403);
  });
});
