/**
 * The vendor clients' body-less requests over real HTTP (the local server, `npm start`):
 * JS `fetch` and Python `requests.post` without a body, Kotlin's empty form body.
 */
import { describe, expect, it } from 'vitest';
import { DEFAULT_PROJECT_ID } from '../../lib/config.js';
import { useLocalServer } from '../support/local-server.js';
import { uniqueEmail } from '../support/users.js';
import { addWalletRequest, createWallet } from '../support/wallets.js';

const server = useLocalServer();

async function post(
  path: string,
  token: string,
  init: { body?: string; contentType?: string } = {},
) {
  const response = await fetch(`${server.url()}${path}`, {
    method: 'POST',
    headers: {
      accept: 'application/json',
      authorization: `Bearer ${token}`,
      ...(init.contentType ? { 'content-type': init.contentType } : {}),
    },
    body: init.body,
  });
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

describe('vendor clients over HTTP', () => {
  it('list-get and /user-wallets/get answer requests without a body, and an empty form body', async () => {
    const params = { projectId: DEFAULT_PROJECT_ID, strategy: 'email', provider: 'awsCognito' };
    const data = { email: uniqueEmail('vendor'), password: 'bID>idfsf23!' };
    expect((await server.request('POST', '/user', { body: { ...params, data } })).status).toBe(201);
    const login = await server.request('PUT', '/user/login', { body: { ...params, data } });
    const token = (login.body.data as { accessToken: string }).accessToken;

    const wallet = createWallet();
    const added = await post('/user-wallet/add', token, {
      body: JSON.stringify(addWalletRequest(wallet)),
      contentType: 'application/json',
    });
    expect(added).toEqual({ status: 200, body: { result: 0 } });
    await post('/user-data/by-user-id/set', token, {
      body: JSON.stringify({ value_key: 'k', value_data: 'v' }),
      contentType: 'application/json',
    });

    const forms = [
      {}, // JS fetch without body
      { contentType: 'application/json' }, // Python requests.post(url, headers=…) without data
      { body: '', contentType: 'application/x-www-form-urlencoded' }, // Kotlin FormBody
    ];
    for (const form of forms) {
      expect(await post('/user-data/by-user-id/list-get', token, form)).toEqual({
        status: 200,
        body: { result: 0, keys_private: [], keys_public: ['k'] },
      });
      expect(await post('/user-wallets/get', token, form)).toEqual({
        status: 200,
        body: {
          result: 0,
          wallets_private: [],
          wallets_public: [{ address: wallet.address, chain: '1', family: 0, label: '', tags: [] }],
        },
      });
    }
  });
});
