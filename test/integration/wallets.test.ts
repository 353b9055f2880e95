/**
 * The wallet registry (HyperID `api/user_wallets`): wallets proven by a real EIP-191 personal
 * signature, one account per wallet and project, stale and replayed proofs refused. Requests
 * are the vendor clients' exact forms (JS and Python send `/user-wallets/get` with no body).
 */

import * as hashes from '@noble/hashes/sha3.js';
import { beforeAll, describe, expect, it } from 'vitest';
import { defaultWalletChains } from '../../lambdas/domain/wallet/chains.js';
import { createUser, type TestUser } from '../support/users.js';
import { addWalletRequest, createWallet, utcStamp, walletCall } from '../support/wallets.js';

const add = (token: string, body: unknown) => walletCall('/user-wallet/add', { token, body });
const list = (token: string) => walletCall('/user-wallets/get', { token });

describe('POST /user-wallet/add', () => {
  let user: TestUser;
  let token: string;

  beforeAll(async () => {
    user = await createUser();
    token = await user.signIn();
  });

  it('adds a wallet proven by its signature; /user-wallets/get lists it in the vendor shape', async () => {
    const wallet = createWallet();
    const request = addWalletRequest(wallet, { tags: ['main'], label: 'Ledger', chain: '137' });
    expect(await add(token, { ...request, request_id: 7 })).toEqual({ request_id: 7, result: 0 });
    expect(await list(token)).toEqual({
      result: 0,
      wallets_private: [],
      wallets_public: [
        { address: wallet.address, chain: '137', family: 0, label: 'Ledger', tags: ['main'] },
      ],
    });
  });

  it('accepts the newline form of the signed text and a checksummed address', async () => {
    const fresh = await createUser();
    const freshToken = await fresh.signIn();
    const wallet = createWallet();
    const text = `Sign in to example\n${utcStamp()}`;
    const checksummed = toChecksum(wallet.address);
    const request = {
      ...addWalletRequest(wallet, { text }),
      wallet: { address: checksummed, chain: '1' },
    };
    expect((await add(freshToken, request)).result).toBe(0);
    const wallets = (await list(freshToken)).wallets_public as Array<{ address: string }>;
    expect(wallets.map((entry) => entry.address)).toEqual([wallet.address]);
  });

  it('refuses a signature by another key with -6, and writes nothing', async () => {
    const fresh = await createUser();
    const freshToken = await fresh.signIn();
    const wallet = createWallet();
    const request = addWalletRequest(wallet, { signer: createWallet() });
    expect(await add(freshToken, request)).toEqual({ result: -6 });
    expect((await list(freshToken)).wallets_public).toEqual([]);
  });

  it('refuses a stale proof (older than five minutes) and one from the future with -6', async () => {
    const wallet = createWallet();
    const stale = addWalletRequest(wallet, {
      text: `Add ${utcStamp(new Date(Date.now() - 6 * 60_000))}`,
    });
    expect((await add(token, stale)).result).toBe(-6);
    const future = addWalletRequest(wallet, {
      text: `Add ${utcStamp(new Date(Date.now() + 5 * 60_000))}`,
    });
    expect((await add(token, future)).result).toBe(-6);
  });

  it('refuses a replayed proof with -6, even re-encoded with the other s (malleability)', async () => {
    const fresh = await createUser();
    const freshToken = await fresh.signIn();
    const wallet = createWallet();
    const request = addWalletRequest(wallet);
    expect((await add(freshToken, request)).result).toBe(0);
    expect((await add(freshToken, request)).result).toBe(-6);
    expect(
      (await add(freshToken, { ...request, wallet_sign: highS(request.wallet_sign) })).result,
    ).toBe(-6);
  });

  it('a wallet belongs to one account: another account gets -7, even with its own fresh proof', async () => {
    const wallet = createWallet();
    const owner = await (await createUser()).signIn();
    const other = await (await createUser()).signIn();
    expect((await add(owner, addWalletRequest(wallet))).result).toBe(0);
    const claim = addWalletRequest(wallet, { text: `Mine now ${utcStamp()}` });
    expect(await add(other, claim)).toEqual({ result: -7 });
    expect((await list(other)).wallets_public).toEqual([]);
    // The owner may re-prove it (new tags and label); it stays one wallet.
    const again = addWalletRequest(wallet, {
      text: `Again ${utcStamp()}`,
      tags: ['x'],
      label: 'L',
    });
    expect((await add(owner, again)).result).toBe(0);
    expect((await list(owner)).wallets_public).toEqual([
      { address: wallet.address, chain: '1', family: 0, label: 'L', tags: ['x'] },
    ]);
  });

  it('answers -5 for a chain that is not configured, a bad address or an undated text', async () => {
    const wallet = createWallet();
    expect((await add(token, addWalletRequest(wallet, { chain: '424242' }))).result).toBe(-5);
    expect(
      (await add(token, { ...addWalletRequest(wallet), wallet: { address: '0x12', chain: '1' } }))
        .result,
    ).toBe(-5);
    expect((await add(token, addWalletRequest(wallet, { text: 'no date here' }))).result).toBe(-5);
    // The vendor's own example text ("2023-03-14dT12:05:00Z") is not a valid time either.
    expect(
      (await add(token, addWalletRequest(wallet, { text: 'data 2023-03-14dT12:05:00Z' }))).result,
    ).toBe(-5);
    expect((await walletCall('/user-wallet/add', { token, rawBody: '{"wallet":' })).result).toBe(
      -5,
    );
  });

  it('answers -1 without a valid token', async () => {
    expect(await add('not-a-token', addWalletRequest(createWallet()))).toEqual({ result: -1 });
  });
});

describe('POST /user-wallets/get, /user-wallets-by-tag/get, /user-wallets/available-chains-get', () => {
  it('lists the first added wallet first, in every body form clients send', async () => {
    const token = await (await createUser()).signIn();
    const first = createWallet();
    const second = createWallet();
    expect((await add(token, addWalletRequest(first, { tags: ['a'] }))).result).toBe(0);
    expect((await add(token, addWalletRequest(second, { tags: ['a', 'b'] }))).result).toBe(0);
    const forms = [
      { token }, // JS, Python: no body
      { token, rawBody: '', headers: { 'content-type': 'application/x-www-form-urlencoded' } }, // Kotlin
      { token, body: {} }, // docs
    ];
    for (const form of forms) {
      const answer = await walletCall('/user-wallets/get', form);
      expect((answer.wallets_public as Array<{ address: string }>).map((w) => w.address)).toEqual([
        first.address,
        second.address,
      ]);
    }
    const tagged = await walletCall('/user-wallets-by-tag/get', {
      token,
      body: { wallet_tag: 'b', request_id: 3 },
    });
    expect(tagged).toEqual({
      request_id: 3,
      result: 0,
      wallets_private: [],
      wallets_public: [
        { address: second.address, chain: '1', family: 0, label: '', tags: ['a', 'b'] },
      ],
    });
  });

  it('error answers keep the call’s fields, empty', async () => {
    expect(await walletCall('/user-wallets/get', { token: 'bad' })).toEqual({
      result: -1,
      wallets_private: [],
      wallets_public: [],
    });
    const token = await (await createUser()).signIn();
    expect(
      await walletCall('/user-wallets-by-tag/get', { token, body: { request_id: 5 } }),
    ).toEqual({ request_id: 5, result: -5, wallets_private: [], wallets_public: [] });
    expect(await walletCall('/user-wallets/available-chains-get', { token: 'bad' })).toEqual({
      result: -1,
      wallet_chains: [],
    });
  });

  it('available-chains-get answers the configured chains', async () => {
    const token = await (await createUser()).signIn();
    expect(await walletCall('/user-wallets/available-chains-get', { token })).toEqual({
      result: 0,
      wallet_chains: [...defaultWalletChains],
    });
  });
});

/** EIP-55 mixed-case form of a lower-case address. */
function toChecksum(address: string): string {
  const { keccak_256 } = hashes;
  const hex = address.slice(2);
  const hash = Buffer.from(keccak_256(new TextEncoder().encode(hex))).toString('hex');
  return `0x${[...hex].map((c, i) => (Number.parseInt(hash[i] as string, 16) >= 8 ? c.toUpperCase() : c)).join('')}`;
}

/** The same signature with s' = n - s and v flipped: valid, but different bytes. */
function highS(signature: string): string {
  const n = 0xfffffffffffffffffffffffffffffffebaaedce6af48a03bbfd25e8cd0364141n;
  const r = signature.slice(2, 66);
  const s = BigInt(`0x${signature.slice(66, 130)}`);
  const v = Number.parseInt(signature.slice(130), 16);
  return `0x${r}${(n - s).toString(16).padStart(64, '0')}${(v === 27 ? 28 : 27).toString(16)}`;
}
