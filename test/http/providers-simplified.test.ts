/**
 * Seed 004's simplified strategy through the local server: anonymous device users (register,
 * then log in with the device secret) and noLogin users (server-made bearer externalId).
 */
import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { handler as createUser } from '../../lambdas/handlers/account-user-create.js';
import { lambdaContext } from '../../lib/local/api-gateway-event.js';
import { apiEvent } from '../support/events.js';
import { useLocalServer } from '../support/local-server.js';
import { OTHER_PROJECT_ID } from '../support/test-config.js';

const server = useLocalServer();
const anonymous = { projectId: OTHER_PROJECT_ID, strategy: 'simplified', provider: 'anonymous' };
const noLogin = { projectId: OTHER_PROJECT_ID, strategy: 'simplified', provider: 'noLogin' };

describe('anonymous', () => {
  const register = (deviceId: string) =>
    server.request('POST', '/user', {
      body: { ...anonymous, data: { deviceId, additionalId: '12345677865' } },
    });

  it('registers a device (seed body) and logs it in with its secret (seed answer shape)', async () => {
    const deviceId = randomUUID();
    const registered = await register(deviceId);
    expect(registered.status).toBe(201);
    const device = registered.body.data as Record<string, unknown>;
    expect(device).toMatchObject({ deviceId, additionalId: '12345677865' });
    expect(device.deviceSecret).toMatch(/^[0-9a-f]{64}$/);
    expect(device.externalId).toMatch(/^[0-9a-f]{64}$/);

    const login = await server.request('PUT', '/user/login', {
      body: { ...anonymous, data: { deviceId, deviceSecret: device.deviceSecret } },
    });
    expect(login.status, JSON.stringify(login.body)).toBe(200);
    expect(login.body).toMatchObject({ result: 1, message: 'OK' });
    const data = login.body.data as Record<string, unknown>;
    expect(Object.keys(data).sort()).toEqual(
      expect.arrayContaining([
        'deviceId',
        'externalId',
        'signUp',
        'signature',
        'timeStamp',
        'userId',
      ]),
    );
    expect(data).toMatchObject({
      deviceId,
      userId: device.userId,
      externalId: device.externalId,
      signUp: device.signUp,
    });
    expect(data.signature).toMatch(/^[0-9A-F]{64}$/);
  });

  it('refuses a device that cannot prove itself, alike for unknown devices', async () => {
    const deviceId = randomUUID();
    const device = (await register(deviceId)).body.data as { deviceSecret: string };
    const wrong = await server.request('PUT', '/user/login', {
      body: { ...anonymous, data: { deviceId, deviceSecret: 'a'.repeat(64) } },
    });
    expect(wrong).toMatchObject({ status: 401, body: { result: 0, error: 'invalid_credentials' } });
    const unknown = await server.request('PUT', '/user/login', {
      body: { ...anonymous, data: { deviceId: randomUUID(), deviceSecret: device.deviceSecret } },
    });
    expect(unknown).toEqual(wrong);
    const bare = await server.request('PUT', '/user/login', { body: anonymous });
    expect(bare).toMatchObject({ status: 400, body: { result: 0, error: 'invalid_request' } });
    const short = await server.request('PUT', '/user/login', {
      body: { ...anonymous, data: { deviceId, deviceSecret: 'abc' } },
    });
    expect(short).toMatchObject({ status: 400, body: { error: 'invalid_request' } });
  });

  it('refuses to register a device twice (its id alone is no credential)', async () => {
    const deviceId = randomUUID();
    expect((await register(deviceId)).status).toBe(201);
    expect(await register(deviceId)).toMatchObject({
      status: 409,
      body: { result: 0, error: 'user_exists' },
    });
  });

  it('answers malformed input in the account format', async () => {
    const notJson = await server.request('POST', '/user', { body: '{"provider":"anonymous",' });
    expect(notJson).toMatchObject({ status: 400, body: { result: 0, error: 'invalid_request' } });
    const wrongType = await server.request('POST', '/user', {
      body: { ...anonymous, data: { deviceId: 42 } },
    });
    expect(wrongType).toMatchObject({ status: 400, body: { error: 'invalid_request' } });
  });
});

describe('noLogin', () => {
  const create = () => server.request('POST', '/user', { body: noLogin });
  const get = (externalId: string) =>
    server.request('GET', `/user?${new URLSearchParams({ ...noLogin, externalId })}`);

  it('creates a user with a 256-bit server-made externalId, reads and updates its profile', async () => {
    const created = await create();
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ result: 1, ...noLogin });
    const externalId = created.body.externalId as string;
    expect(externalId).toMatch(/^[0-9a-f]{64}$/);
    expect((await create()).body.externalId).not.toBe(externalId);

    const fetched = await get(externalId);
    expect(fetched).toMatchObject({
      status: 200,
      body: { result: 1, message: 'ok', ...noLogin, externalId, data: { appProfile: {} } },
    });

    const updated = await server.request('PUT', '/user', {
      body: { ...noLogin, externalId, appProfile: { level: 7 } },
    });
    expect(updated).toMatchObject({
      status: 200,
      body: { result: 1, ...noLogin, externalId, data: { appProfile: { level: 7 } } },
    });
    expect((await get(externalId)).body.data).toMatchObject({ appProfile: { level: 7 } });
  });

  it('refuses unknown, short and caller-chosen externalIds', async () => {
    const unknown = await get('0'.repeat(64));
    expect(unknown).toMatchObject({ status: 404, body: { result: 0, error: 'not_found' } });
    const short = await get('0fdb53e3');
    expect(short).toMatchObject({ status: 400, body: { error: 'invalid_request' } });
    const upper = await get('A'.repeat(64));
    expect(upper).toMatchObject({ status: 400, body: { error: 'invalid_request' } });
    const chosen = await server.request('POST', '/user', {
      body: { ...noLogin, externalId: 'f'.repeat(64) },
    });
    expect(chosen).toMatchObject({ status: 400, body: { error: 'invalid_request' } });
    expect(await get('f'.repeat(64))).toMatchObject({ status: 404 });
    const updateUnknown = await server.request('PUT', '/user', {
      body: { ...noLogin, externalId: '1'.repeat(64), appProfile: { x: 1 } },
    });
    expect(updateUnknown).toMatchObject({ status: 404, body: { error: 'not_found' } });
  });

  it('rate-limits user creation per address', async () => {
    const sourceIp = `10.${[0, 0, 0].map(() => Math.floor(Math.random() * 250)).join('.')}`;
    const attempt = async () => {
      const event = apiEvent({ method: 'POST', path: '/user', body: noLogin });
      event.requestContext.http.sourceIp = sourceIp;
      const result = await createUser(event, lambdaContext('test'));
      return { status: result.statusCode, body: JSON.parse(result.body ?? '{}') };
    };
    for (let i = 0; i < 30; i++) expect((await attempt()).status).toBe(201);
    expect(await attempt()).toMatchObject({ status: 429, body: { result: 0, error: 'throttled' } });
  });
});
