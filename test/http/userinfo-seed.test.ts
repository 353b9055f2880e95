/** Seed 003's examples as a user meets them: real HTTP to the local server (`npm start`). */
import { describe, expect, it } from 'vitest';
import { DEFAULT_PROJECT_ID } from '../../lib/config.js';
import { useLocalServer } from '../support/local-server.js';
import { refusal } from '../support/refusals.js';
import { uniqueEmail } from '../support/users.js';

const server = useLocalServer();
const call = (method: string, path: string, token?: string, body?: unknown) =>
  server.request(method, path, { token, body });

describe('user profile through the local server (seed 003)', () => {
  it('register → login → POST /userinfo (seed body) → GET /userinfo → /user_existing_info → DELETE', async () => {
    const params = { projectId: DEFAULT_PROJECT_ID, strategy: 'email', provider: 'awsCognito' };
    const data = { email: uniqueEmail('johndoe'), password: 'bID>idfsf23!' };
    expect((await call('POST', '/user', undefined, { ...params, data })).status).toBe(201);
    const login = await call('PUT', '/user/login', undefined, { ...params, data });
    const { accessToken, userId } = login.body.data as { accessToken: string; userId: string };

    const seedBody = {
      sub: userId,
      name: 'John Doe',
      email: data.email,
      phone_number: '+1-555-555-5555',
      address: { street: '123 Main St', city: 'New York', postal_code: '10001' },
    };
    const upserted = await call('POST', '/userinfo', accessToken, seedBody);
    expect(upserted.status).toBe(201);
    expect(upserted.body).toMatchObject(seedBody);

    const read = await call('GET', '/userinfo', accessToken);
    expect(read).toEqual({ status: 200, body: upserted.body });

    const info = await call('GET', '/user_existing_info', accessToken);
    expect(info.body).toEqual({
      user_id: userId,
      name: 'John Doe',
      email: data.email,
      status: 'active',
      last_login: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/),
    });

    expect((await call('DELETE', '/userinfo', accessToken)).body).toMatchObject({
      sub: userId,
      deleted: true,
    });
    expect(await call('GET', '/userinfo', accessToken)).toMatchObject(refusal(404, 'not_found'));
    const audit = await call('GET', '/userinfo/history', accessToken);
    expect((audit.body.history as Array<{ action: string }>).map((e) => e.action)).toEqual([
      'delete',
      'create',
    ]);
  });

  it('answers bad input as JSON errors, never a 500', async () => {
    const noToken = await call('GET', '/userinfo');
    expect(noToken).toMatchObject({ status: 401, body: { error: 'invalid_token' } });
    expect(await call('POST', '/userinfo', 'garbage', '{"name":')).toMatchObject({
      status: 401,
    });
  });
});
