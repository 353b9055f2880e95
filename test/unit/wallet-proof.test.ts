/** Wallet proofs and the by-wallet namespace binding, without emulators. */
import { describe, expect, it } from 'vitest';
import { resolvePartition, type UserDirectory } from '../../lambdas/domain/key-value/namespaces.js';
import {
  checkWalletProof,
  normaliseAddress,
  proofTimestamp,
  recoverPersonalSigner,
} from '../../lambdas/domain/wallet/wallet-proof.js';
import { addWallet, MAX_WALLETS } from '../../lambdas/domain/wallet/wallet-service.js';
import type { Wallet, WalletStore } from '../../lambdas/domain/wallet/wallet-store.js';
import { addWalletRequest, createWallet, utcStamp } from '../support/wallets.js';

describe('wallet proof', () => {
  it('recovers the signer of a personal_sign signature', () => {
    const wallet = createWallet();
    expect(recoverPersonalSigner('hello', wallet.sign('hello'))).toBe(wallet.address);
    expect(recoverPersonalSigner('hello!', wallet.sign('hello'))).not.toBe(wallet.address);
  });

  it('reads the UTC time at the end of the text, after a space or a newline', () => {
    expect(proofTimestamp('data 2023-03-14T12:05:00Z')).toBe(Date.UTC(2023, 2, 14, 12, 5) / 1000);
    expect(proofTimestamp('data\n2023-03-14T12:05:00Z')).toBe(Date.UTC(2023, 2, 14, 12, 5) / 1000);
    expect(proofTimestamp('data 2023-03-14dT12:05:00Z')).toBeUndefined();
    expect(proofTimestamp('data 2023-02-31T12:05:00Z')).toBeUndefined();
    expect(proofTimestamp('2023-03-14T12:05:00Z trailing')).toBeUndefined();
  });

  it('accepts lower, upper and valid EIP-55 addresses; refuses a wrong checksum', () => {
    const valid = '0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed';
    expect(normaliseAddress(valid)).toBe(valid.toLowerCase());
    expect(normaliseAddress(valid.toLowerCase())).toBe(valid.toLowerCase());
    expect(normaliseAddress('0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAeD')).toBeUndefined();
    expect(normaliseAddress('0x123')).toBeUndefined();
  });

  it('is valid for five minutes and names the statement, not the signature bytes', () => {
    const wallet = createWallet();
    const now = Math.floor(Date.now() / 1000);
    const message = `Add ${utcStamp(new Date(now * 1000))}`;
    const proof = { address: wallet.address, message, signature: wallet.sign(message) };
    const fresh = checkWalletProof({ ...proof, now });
    expect(fresh.valid).toBe(true);
    expect(checkWalletProof({ ...proof, now: now + 301 })).toEqual({
      valid: false,
      reason: 'stale',
    });
    expect(checkWalletProof({ ...proof, now: now - 61 })).toEqual({
      valid: false,
      reason: 'stale',
    });
    const again = checkWalletProof({ ...proof, signature: wallet.sign(message), now });
    expect(again.valid && fresh.valid && again.replayKey === fresh.replayKey).toBe(true);
  });
});

describe('by-wallet namespace', () => {
  const directory = (wallets: Record<string, string[]>): UserDirectory => ({
    facts: () => Promise.reject(new Error('not used')),
    wallets: (owner) => Promise.resolve(wallets[owner.sub] ?? []),
  });
  const caller = (sub: string) => ({ projectId: 'p', sub, accessToken: 't' });

  it('is bound to the account and the wallet: a wallet that changed hands opens a new namespace', async () => {
    const address = createWallet().address;
    const before = await resolvePartition('wallet', caller('a'), {}, directory({ a: [address] }));
    const after = await resolvePartition('wallet', caller('b'), {}, directory({ b: [address] }));
    expect(before.namespace).not.toBe(after.namespace);
  });

  it('serves the first proven wallet by default, and only proven ones', async () => {
    const [first, second] = [createWallet().address, createWallet().address];
    const wallets = directory({ a: [first, second] });
    expect((await resolvePartition('wallet', caller('a'), {}, wallets)).namespace).toContain(first);
    expect(
      (await resolvePartition('wallet', caller('a'), { wallet_address: second }, wallets))
        .namespace,
    ).toContain(second);
    await expect(
      resolvePartition('wallet', caller('a'), { wallet_address: createWallet().address }, wallets),
    ).rejects.toMatchObject({ code: 'namespace_not_found' });
  });
});

describe('wallet registry rules', () => {
  /** An in-memory store holding `count` wallets of one account. */
  function storeWith(count: number): WalletStore & { added: string[] } {
    const wallets: Wallet[] = Array.from({ length: count }, (_, i) => ({
      address: `0x${i.toString(16).padStart(40, '0')}`,
      chain: '1',
      family: 0,
      tags: [],
      label: '',
      addedAt: i,
    }));
    const added: string[] = [];
    return {
      added,
      list: () => Promise.resolve(wallets),
      proverOf: () => Promise.resolve(undefined),
      add: (_owner, wallet) => {
        added.push(wallet.address);
        return Promise.resolve({ added: true });
      },
    };
  }
  const input = (request: ReturnType<typeof addWalletRequest>) => ({
    chain: request.wallet.chain,
    address: request.wallet.address,
    dataToSign: request.wallet_data_to_sign,
    signature: request.wallet_sign,
  });
  const context = (store: WalletStore) => ({
    store,
    owner: { projectId: 'p', sub: 's' },
    chains: ['1'],
    nowMs: Date.now(),
  });

  it(`refuses a wallet beyond ${MAX_WALLETS} per account, before writing`, async () => {
    const full = storeWith(MAX_WALLETS);
    await expect(
      addWallet(context(full), input(addWalletRequest(createWallet()))),
    ).rejects.toMatchObject({ code: 'invalid_request' });
    expect(full.added).toEqual([]);
    const roomy = storeWith(MAX_WALLETS - 1);
    const wallet = createWallet();
    await addWallet(context(roomy), input(addWalletRequest(wallet)));
    expect(roomy.added).toEqual([wallet.address]);
  });
});
