/** POST /user and PUT /user/login (provider awsCognito) against the emulator and DynamoDB Local. */
import { GetCommand } from '@aws-sdk/lib-dynamodb';
import { CognitoJwtVerifier } from 'aws-jwt-verify';
import { describe, expect, it } from 'vitest';
import { documentClient } from '../../lambdas/adapters/dynamodb/document-client.js';
import { tableName } from '../../lambdas/config.js';
import { handler as login } from '../../lambdas/handlers/account-login.js';
import { handler as register } from '../../lambdas/handlers/account-register.js';
import { DEFAULT_PROJECT_ID } from '../../lib/config.js';
import { invoke } from '../support/events.js';
import { accountRefusal } from '../support/refusals.js';
import { PASSWORD, uniqueEmail } from '../support/users.js';

const seedParams = { projectId: DEFAULT_PROJECT_ID, strategy: 'email', provider: 'awsCognito' };

const registerUser = (
  data: Record<string, unknown>,
  params: Record<string, unknown> = seedParams,
) => invoke(register, { path: '/user', body: { ...params, data } });
const loginUser = (data: Record<string, unknown>, params: Record<string, unknown> = seedParams) =>
  invoke(login, { method: 'PUT', path: '/user/login', body: { ...params, data } });

describe('POST /user (register)', () => {
  it('creates a confirmed user (local sign-ups are confirmed at once)', async () => {
    const email = uniqueEmail();
    const response = await registerUser({ email, password: PASSWORD });
    expect(response.status).toBe(201);
    expect(response.body).toMatchObject({ result: 1, data: { confirmed: true } });
    expect((response.body.data as { userId: string }).userId).toMatch(/^[0-9a-f-]{36}$/);
    expect((await loginUser({ email, password: PASSWORD })).status).toBe(200);
  });

  it('an e-mail already registered answers like a new one, and the account is unchanged', async () => {
    const email = uniqueEmail();
    const first = await registerUser({ email, password: PASSWORD });
    const again = await registerUser({ email, password: 'Other>Passw0rd!' });
    expect(again.status).toBe(first.status);
    expect(again.body).toMatchObject({ result: 1, message: first.body.message });
    expect(Object.keys(again.body.data as object)).toEqual(Object.keys(first.body.data as object));
    expect((again.body.data as { userId: string }).userId).not.toBe(
      (first.body.data as { userId: string }).userId,
    );
    expect((await loginUser({ email, password: PASSWORD })).status).toBe(200);
    expect((await loginUser({ email, password: 'Other>Passw0rd!' })).status).toBe(401);
  });

  it.each([
    ['a malformed e-mail', { email: 'not-an-email', password: PASSWORD }],
    ['no password', { email: 'x@example.com' }],
    ['a password of the wrong type', { email: 'x@example.com', password: 12345678 }],
  ])('400 for %s', async (_label, data) => {
    const response = await registerUser(data);
    expect(response).toMatchObject(accountRefusal(400, 'invalid_request'));
    expect(response.body).toMatchObject({ result: 0, error: 'invalid_request' });
    expect(typeof response.body.message).toBe('string');
  });

  it('404 for an unknown project, 400 for a provider or strategy it does not enable', async () => {
    const data = { email: uniqueEmail(), password: PASSWORD };
    const unknownProject = await registerUser(data, {
      ...seedParams,
      projectId: '00000000-0000-4000-8000-000000000000',
    });
    expect(unknownProject).toMatchObject({
      status: 404,
      body: { result: 0, error: 'unknown_project' },
    });
    const provider = await registerUser(data, { ...seedParams, provider: 'myspace' });
    expect(provider).toMatchObject({ status: 400, body: { result: 0, error: 'unknown_provider' } });
    const strategy = await registerUser(data, { ...seedParams, strategy: 'carrier-pigeon' });
    expect(strategy).toMatchObject({ status: 400, body: { result: 0 } });
  });

  it('400 for malformed JSON', async () => {
    const response = await invoke(register, { path: '/user', rawBody: '{"projectId":' });
    expect(response).toMatchObject({ status: 400, body: { result: 0, error: 'invalid_request' } });
  });
});

describe('PUT /user/login', () => {
  async function registered() {
    const email = uniqueEmail();
    await registerUser({ email, password: PASSWORD });
    return email;
  }

  it('returns the seed’s fields, with tokens that verify as Cognito access/ID tokens', async () => {
    const email = await registered();
    const response = await loginUser({ email, password: PASSWORD });
    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({ result: 1, message: 'OK' });
    const data = response.body.data as Record<string, unknown>;
    expect(Object.keys(data).sort()).toEqual(
      [
        'accessToken',
        'deviceId',
        'externalId',
        'profileToken',
        'refreshToken',
        'signUp',
        'signature',
        'timeStamp',
        'userId',
      ].sort(),
    );
    expect(data.deviceId).toMatch(/^[0-9a-f-]{36}$/);
    expect(data.externalId).toMatch(/^[0-9a-f]{64}$/);
    expect(data.signature).toMatch(/^[0-9A-F]{64}$/);
    expect(data.signUp).toBe(data.timeStamp);

    const [pool] = JSON.parse(process.env.PROJECTS ?? '[]') as Array<{
      userPoolId: string;
      clientIds: string[];
    }>;
    if (!pool) throw new Error('no project configured');
    const verifier = CognitoJwtVerifier.create({
      userPoolId: pool.userPoolId,
      tokenUse: 'access',
      clientId: pool.clientIds,
    });
    verifier.cacheJwks(
      JSON.parse(process.env.JWKS_PRELOAD ?? '{}')[pool.userPoolId],
      pool.userPoolId,
    );
    const payload = await verifier.verify(data.accessToken as string);
    expect(payload.sub).toBe(data.userId);
  });

  it('keeps a client-sent deviceId, its first signUp, and records the login history', async () => {
    const email = await registered();
    const deviceId = crypto.randomUUID();
    const first = (await loginUser({ email, password: PASSWORD, deviceId })).body.data as Record<
      string,
      number | string
    >;
    await new Promise((resolve) => setTimeout(resolve, 1_100));
    const second = (await loginUser({ email, password: PASSWORD, deviceId })).body.data as Record<
      string,
      number | string
    >;
    expect(second.deviceId).toBe(deviceId);
    expect(second.signUp).toBe(first.signUp);
    expect(second.timeStamp).toBeGreaterThan(first.timeStamp as number);
    expect(second.signature).not.toBe(first.signature);
    expect(second.externalId).toBe(first.externalId);

    const { Item } = await documentClient().send(
      new GetCommand({
        TableName: tableName('accounts'),
        Key: { pk: `${DEFAULT_PROJECT_ID}#${second.userId}`, sk: 'profile' },
      }),
    );
    expect(Item?.loginHistory).toEqual([first.timeStamp, second.timeStamp]);
  });

  it('answers a wrong password and an unknown user identically (no enumeration)', async () => {
    const email = await registered();
    const wrongPassword = await loginUser({ email, password: 'Wrong-password1!' });
    const unknownUser = await loginUser({ email: uniqueEmail('nobody'), password: PASSWORD });
    expect(wrongPassword).toMatchObject(accountRefusal(401, 'invalid_credentials'));
    expect(unknownUser).toEqual(wrongPassword);
    expect(wrongPassword.body).toMatchObject({ result: 0, error: 'invalid_credentials' });
  });

  it('400 for a deviceId that is not a UUID', async () => {
    const email = await registered();
    const response = await loginUser({ email, password: PASSWORD, deviceId: 'not-a-uuid' });
    expect(response).toMatchObject({ status: 400, body: { result: 0, error: 'invalid_request' } });
  });
});
