/** /custom-user-data and /session-feedback against DynamoDB Local and the Cognito emulator. */
import { createHmac } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { handler as documentGet } from '../../lambdas/handlers/document-get.js';
import { handler as documentPatch } from '../../lambdas/handlers/document-patch.js';
import { handler as documentReplace } from '../../lambdas/handlers/document-replace.js';
import { handler as sessionFeedback } from '../../lambdas/handlers/session-feedback.js';
import { DEFAULT_PROJECT_ID } from '../../lib/config.js';
import { localClientId } from '../../lib/local/local-backend.js';
import { invoke } from '../support/events.js';
import { refusal } from '../support/refusals.js';
import { signAccessToken } from '../support/tokens.js';
import { createUser } from '../support/users.js';

const webClient = localClientId(DEFAULT_PROJECT_ID, 'web');
const authvalue = (token: string, clientId = webClient) =>
  createHmac(
    'sha256',
    (JSON.parse(process.env.CLIENT_SECRETS ?? '{}') as Record<string, string>)[clientId] ?? '',
  )
    .update(token)
    .digest('base64');
const bearer = (token: string) => ({ authorization: `Bearer ${token}` });
const backend = (token: string, value = authvalue(token)) => ({
  authorization: `BindIdBackend AccessToken ${token}; ${value}`,
});

const get = (headers: Record<string, string>) =>
  invoke(documentGet, { method: 'GET', path: '/custom-user-data', headers });
const post = (headers: Record<string, string>, body: unknown) =>
  invoke(documentReplace, { method: 'POST', path: '/custom-user-data', headers, body });
const patch = (headers: Record<string, string>, body: unknown) =>
  invoke(documentPatch, { method: 'PATCH', path: '/custom-user-data', headers, body });
const feedback = (headers: Record<string, string>, body: unknown) =>
  invoke(sessionFeedback, { path: '/session-feedback', headers, body });

const freshToken = async () => (await createUser()).signIn();

describe('/custom-user-data', () => {
  it('the seed’s round trip, in both header forms', async () => {
    const token = await freshToken();
    expect(await get(bearer(token))).toMatchObject({
      status: 200,
      body: { status_code: 'ok', data: {} },
    });
    expect(await post(backend(token), { data: { account_type: 'VIP' } })).toMatchObject({
      status: 200,
      body: { status_code: 'ok' },
    });
    expect((await get(backend(token))).body).toEqual({
      status_code: 'ok',
      data: { account_type: 'VIP' },
    });
    expect((await get(bearer(token))).body).toEqual({
      status_code: 'ok',
      data: { account_type: 'VIP' },
    });
  });

  it('POST replaces and keeps null members; PATCH merges per RFC 7396', async () => {
    const token = await freshToken();
    await post(bearer(token), { data: { a: 'b', keep: null, nested: { x: 1, y: 2 } } });
    expect((await get(bearer(token))).body.data).toEqual({
      a: 'b',
      keep: null,
      nested: { x: 1, y: 2 },
    });
    await patch(bearer(token), { data: { a: null, nested: { y: null, z: 3 }, list: [1, 2] } });
    expect((await get(bearer(token))).body.data).toEqual({
      keep: null,
      nested: { x: 1, z: 3 },
      list: [1, 2],
    });
  });

  it('the store is shared by the project’s app clients', async () => {
    const user = await createUser();
    await post(bearer(await user.signIn({ clientName: 'web' })), { data: { from: 'web' } });
    expect((await get(bearer(await user.signIn({ clientName: 'mobile' })))).body.data).toEqual({
      from: 'web',
    });
    const other = await freshToken();
    expect((await get(bearer(other))).body.data).toEqual({});
  });

  it.each([
    ['data not an object', { data: [1, 2] }],
    ['data null', { data: null }],
    ['data a string', { data: 'bar' }],
    ['no data', {}],
  ])(
    '400 for %s (RFC vectors that do not fit an object store), nothing written',
    async (_label, body) => {
      const token = await freshToken();
      await post(bearer(token), { data: { kept: true } });
      for (const send of [post, patch]) {
        const response = await send(bearer(token), body);
        expect(response).toMatchObject({ status: 400, body: { error: 'invalid_request' } });
      }
      expect((await get(bearer(token))).body.data).toEqual({ kept: true });
    },
  );

  it('size_exceeded in a 200, for a POST and for a PATCH that would grow the store past the limit', async () => {
    const token = await freshToken();
    const tooBig = await post(bearer(token), { data: { blob: 'x'.repeat(64 * 1024) } });
    expect(tooBig).toMatchObject({ status: 200, body: { status_code: 'size_exceeded' } });
    await post(bearer(token), { data: { blob: 'x'.repeat(40 * 1024) } });
    const grown = await patch(bearer(token), { data: { more: 'y'.repeat(30 * 1024) } });
    expect(grown).toMatchObject({ status: 200, body: { status_code: 'size_exceeded' } });
    expect(Object.keys((await get(bearer(token))).body.data as object)).toEqual(['blob']);
  });

  it('invalid_user_type in a 200 for a token without a user (client credentials)', async () => {
    const machine = signAccessToken({
      sub: webClient,
      client_id: webClient,
      scope: 'userdata/user-data-get userdata/user-data-set',
    });
    expect(await get(bearer(machine))).toMatchObject({
      status: 200,
      body: { status_code: 'invalid_user_type' },
    });
    expect(await post(bearer(machine), { data: { a: 1 } })).toMatchObject({
      status: 200,
      body: { status_code: 'invalid_user_type' },
    });
  });

  it('401 for a missing or bad token; 403 for a wrong authvalue, with nothing written', async () => {
    const token = await freshToken();
    expect(await get({})).toMatchObject({ status: 401, body: { error: 'invalid_token' } });
    expect(await get(bearer('garbage'))).toMatchObject(refusal(401, 'invalid_token'));
    const wrong = await post(backend(token, Buffer.from('not the hmac').toString('base64')), {
      data: { a: 1 },
    });
    expect(wrong).toMatchObject({ status: 403, body: { error: 'access_denied' } });
    const otherClient = await post(
      backend(token, authvalue(token, localClientId(DEFAULT_PROJECT_ID, 'mobile'))),
      { data: { a: 1 } },
    );
    expect(otherClient).toMatchObject(refusal(403, 'access_denied'));
    expect((await get(bearer(token))).body.data).toEqual({});
  });

  it('400 for malformed JSON and for nesting over the limit', async () => {
    const token = await freshToken();
    expect(
      await invoke(documentPatch, {
        method: 'PATCH',
        path: '/custom-user-data',
        headers: bearer(token),
        rawBody: '{"data":',
      }),
    ).toMatchObject(refusal(400, 'invalid_request'));
    const deep = `{"data":${'{"a":'.repeat(40)}1${'}'.repeat(40)}}`;
    expect(
      await invoke(documentPatch, {
        method: 'PATCH',
        path: '/custom-user-data',
        headers: bearer(token),
        rawBody: deep,
      }),
    ).toMatchObject(refusal(400, 'invalid_request'));
  });

  it('never pollutes prototypes through a patch', async () => {
    const token = await freshToken();
    const rawBody =
      '{"data": {"__proto__": {"polluted": true}, "constructor": {"prototype": {"polluted": true}}}}';
    expect(
      (
        await invoke(documentPatch, {
          method: 'PATCH',
          path: '/custom-user-data',
          headers: bearer(token),
          rawBody,
        })
      ).status,
    ).toBe(200);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    const stored = (await get(bearer(token))).body.data as Record<string, unknown>;
    expect(Object.keys(stored).sort()).toEqual(['__proto__', 'constructor']);
  });

  it('30 concurrent PATCHes of different members all survive', async () => {
    const token = await freshToken();
    const results = await Promise.all(
      Array.from({ length: 30 }, (_, i) => patch(bearer(token), { data: { [`member${i}`]: i } })),
    );
    expect(results.every((result) => result.body.status_code === 'ok')).toBe(true);
    const stored = (await get(bearer(token))).body.data as Record<string, number>;
    expect(Object.keys(stored)).toHaveLength(30);
  });

  it('ETag on GET; If-Match honoured on POST and PATCH (412 on mismatch, nothing written)', async () => {
    const token = await freshToken();
    expect((await get(bearer(token))).headers.etag).toBe('"0"');
    await post(bearer(token), { data: { v: 1 } });
    const tag = (await get(bearer(token))).headers.etag as string;
    expect(tag).toBe('"1"');
    const stale = await patch({ ...bearer(token), 'if-match': '"0"' }, { data: { v: 2 } });
    expect(stale).toMatchObject({ status: 412, body: { error: 'precondition_failed' } });
    const fresh = await patch({ ...bearer(token), 'if-match': tag }, { data: { v: 2 } });
    expect(fresh).toMatchObject({ status: 200, headers: { etag: '"2"' } });
    expect(await post({ ...bearer(token), 'if-match': tag }, { data: {} })).toMatchObject(
      refusal(412, 'precondition_failed'),
    );
    expect((await get(bearer(token))).body.data).toEqual({ v: 2 });
  });
});

describe('/session-feedback and aliases', () => {
  const report = (type: string, alias?: string) => ({
    type,
    alias,
    time: Math.floor(Date.now() / 1000),
  });
  const send = (token: string, ...reports: unknown[]) =>
    feedback(
      { authorization: `BindIdBackend ${authvalue(token)}` },
      { subject_session_at: token, reports },
    );

  let aliasBase: string;
  beforeAll(() => {
    aliasBase = `alias-${Date.now()}`;
  });

  it('sets the alias once, refuses a different one, and keeps aliases unique in the project', async () => {
    const token = await freshToken();
    expect(await send(token, report('authentication_performed', `${aliasBase}-1`))).toMatchObject({
      status: 200,
      body: { status_code: 'ok' },
    });
    expect((await send(token, report('authentication_performed', `${aliasBase}-1`))).status).toBe(
      200,
    );
    expect(
      await send(token, report('authentication_performed', `${aliasBase}-other`)),
    ).toMatchObject(refusal(409, 'conflict'));
    const someoneElse = await freshToken();
    expect(
      await send(someoneElse, report('authentication_performed', `${aliasBase}-1`)),
    ).toMatchObject({ status: 409, body: { error: 'conflict' } });
  });

  it('alias_updated moves the alias with the data; the old alias is free again', async () => {
    const token = await freshToken();
    await send(token, report('authentication_performed', `${aliasBase}-a`));
    await post(bearer(token), { data: { account_type: 'VIP' } });
    expect((await send(token, report('alias_updated', `${aliasBase}-b`))).status).toBe(200);
    expect((await get(bearer(token))).body.data).toEqual({ account_type: 'VIP' });
    expect(
      (await send(await freshToken(), report('authentication_performed', `${aliasBase}-a`))).status,
    ).toBe(200);
  });

  it('alias_deleted deletes the alias and its store', async () => {
    const token = await freshToken();
    await send(token, report('authentication_performed', `${aliasBase}-gone`));
    await post(bearer(token), { data: { a: 1 } });
    expect((await send(token, report('alias_deleted', `${aliasBase}-gone`))).status).toBe(200);
    expect((await get(bearer(token))).body.data).toEqual({});
    expect(
      (await send(await freshToken(), report('authentication_performed', `${aliasBase}-gone`)))
        .status,
    ).toBe(200);
  });

  it('only the app client’s backend may report: a Bearer token or a wrong authvalue is refused', async () => {
    const token = await freshToken();
    const body = {
      subject_session_at: token,
      reports: [report('authentication_performed', `${aliasBase}-x`)],
    };
    expect(await feedback(bearer(token), body)).toMatchObject(refusal(403, 'access_denied'));
    expect(
      await feedback(
        { authorization: `BindIdBackend ${Buffer.from('nope').toString('base64')}` },
        body,
      ),
    ).toMatchObject(refusal(403, 'access_denied'));
    expect(
      await feedback(
        { authorization: `BindIdBackend ${authvalue(token)}` },
        { reports: body.reports },
      ),
    ).toMatchObject(refusal(401, 'invalid_token'));
    expect(
      await feedback(
        { authorization: `BindIdBackend ${authvalue(token)}` },
        { ...body, reports: [{ type: 'unknown', time: 1 }] },
      ),
    ).toMatchObject(refusal(400, 'invalid_request'));
  });
});
