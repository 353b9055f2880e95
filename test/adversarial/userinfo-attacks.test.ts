/**
 * /userinfo attacks: self-declared verification, e-mail and wallet squatting (the proven
 * owner takes a squatted value over), the lookup scope.
 */
import { AdminUpdateUserAttributesCommand } from '@aws-sdk/client-cognito-identity-provider';
import { describe, expect, it } from 'vitest';
import { dynamoProfileStore } from '../../lambdas/adapters/dynamodb/profile-store-dynamodb.js';
import { uniqueKey } from '../../lambdas/domain/profile/profile.js';
import { ConcurrentModification } from '../../lambdas/domain/profile/profile-store.js';
import { handler as userinfoGet } from '../../lambdas/handlers/userinfo-get.js';
import { handler as history } from '../../lambdas/handlers/userinfo-history.js';
import { handler as lookup } from '../../lambdas/handlers/userinfo-lookup.js';
import { handler as upsert } from '../../lambdas/handlers/userinfo-upsert.js';
import { DEFAULT_PROJECT_ID } from '../../lib/config.js';
import { LOCAL_USER_POOL_ID, localClientId } from '../../lib/local/local-backend.js';
import { signAccessToken } from '../support/tokens.js';
import { cognitoClient, uniqueEmail } from '../support/users.js';
import { addWalletRequest, createWallet, walletCall } from '../support/wallets.js';
import { call, newSession, registerAccount, signIn } from './support.js';

const post = (token: string, body: Record<string, unknown>) =>
  call(upsert, { path: '/userinfo', token, body });
const get = (token: string) => call(userinfoGet, { method: 'GET', path: '/userinfo', token });
const historyOf = (token: string) =>
  call(history, { method: 'GET', path: '/userinfo/history', token });
/** The project's backend looking a user up (a client-credentials token with the lookup scope). */
const lookupBy = (query: Record<string, string>) =>
  call(lookup, {
    method: 'GET',
    path: '/userinfo/lookup',
    token: signAccessToken({
      sub: 'backend-service',
      client_id: localClientId(DEFAULT_PROJECT_ID, 'web'),
      scope: 'userdata/userinfo-lookup',
    }),
    query,
  });
/** A new account for an address chosen in advance (sign-ups here are confirmed and verified). */
async function registerAs(email: string) {
  expect((await registerAccount(email)).status).toBe(201);
  return signIn(email);
}

describe('verified flags come from the identity provider', () => {
  it('the caller’s own verified address is verified; a claimed flag for anything else is not', async () => {
    const session = await newSession('flags');
    const own = await post(session.accessToken, {
      email: session.email.toUpperCase(),
      email_verified: false,
    });
    expect(own.body).toMatchObject({ email_verified: true });
    const other = await post(session.accessToken, {
      email: uniqueEmail('elsewhere'),
      email_verified: true,
      phone_number: '+15555550100',
      phone_number_verified: true,
    });
    expect(other.status).toBe(200);
    expect(other.body).toMatchObject({ email_verified: false, phone_number_verified: false });
    expect((await get(session.accessToken)).body).toMatchObject({
      email_verified: false,
      phone_number_verified: false,
    });
  });

  it('phone_number_verified is true only for the number the provider verified', async () => {
    const session = await newSession('phone');
    await cognitoClient().send(
      new AdminUpdateUserAttributesCommand({
        UserPoolId: LOCAL_USER_POOL_ID,
        Username: session.email,
        UserAttributes: [
          { Name: 'phone_number', Value: '+15555550123' },
          { Name: 'phone_number_verified', Value: 'true' },
        ],
      }),
    );
    expect((await post(session.accessToken, { phone_number: '+15555550123' })).body).toMatchObject({
      phone_number_verified: true,
    });
    expect((await post(session.accessToken, { phone_number: '+15555550999' })).body).toMatchObject({
      phone_number_verified: false,
    });
  });
});

describe('e-mail squatting', () => {
  it('another account’s sign-in address cannot be claimed (any spelling); the owner can', async () => {
    const victim = await newSession('victim');
    const attacker = await newSession('attacker');
    for (const spelling of [victim.email, ` ${victim.email.toUpperCase()} `]) {
      const squat = await post(attacker.accessToken, { email: spelling, name: 'Mallory' });
      expect(squat).toMatchObject({ status: 409, body: { error: 'conflict', field: 'email' } });
    }
    expect((await get(attacker.accessToken)).status).toBe(404);
    const own = await post(victim.accessToken, { email: victim.email });
    expect(own).toMatchObject({ status: 201, body: { email_verified: true } });
  });
});

describe('squatting before the owner registers: the proven owner takes the value over', () => {
  it('where sign-ups are auto-confirmed (every local project), registering a squatted address proves nothing: 409, the first claimant keeps it', async () => {
    // Either side may be the attacker here: a stored address taken by whoever registers it
    // next would let an attacker take a federated or guest user's address the same way.
    // (With verification by code, the owner takes it over: profile-service.test.ts, and the
    // transaction on DynamoDB below.)
    const first = await newSession('first-claimant');
    const address = uniqueEmail('auto-confirmed');
    expect(await post(first.accessToken, { email: address, name: 'First' })).toMatchObject({
      status: 201,
      body: { email: address, email_verified: false },
    });
    const registrant = await registerAs(address);
    expect((await get(registrant.accessToken)).status).toBe(404);
    expect(
      await post(registrant.accessToken, { email: address.toUpperCase(), name: 'Later' }),
    ).toMatchObject({ status: 409, body: { error: 'conflict', field: 'email' } });
    expect((await get(first.accessToken)).body).toMatchObject({ name: 'First', email: address });
    expect((await lookupBy({ email: address })).body).toMatchObject({ sub: first.userId });
  });

  it('an owner whose address is not verified still gets 409; the squatter keeps it', async () => {
    const attacker = await newSession('squatter');
    const victimEmail = uniqueEmail('unverified-victim');
    expect((await post(attacker.accessToken, { email: victimEmail })).status).toBe(201);
    const victim = await registerAs(victimEmail);
    await cognitoClient().send(
      new AdminUpdateUserAttributesCommand({
        UserPoolId: LOCAL_USER_POOL_ID,
        Username: victimEmail,
        UserAttributes: [
          { Name: 'email', Value: victimEmail },
          { Name: 'email_verified', Value: 'false' },
        ],
      }),
    );
    expect(await post(victim.accessToken, { email: victimEmail, name: 'Vic' })).toMatchObject({
      status: 409,
      body: { error: 'conflict', field: 'email' },
    });
    expect((await get(victim.accessToken)).status).toBe(404);
    expect((await get(attacker.accessToken)).body).toMatchObject({ email: victimEmail });
    expect((await lookupBy({ email: victimEmail })).body).toMatchObject({ sub: attacker.userId });
  });

  it('a wallet squatted in /userinfo goes to the account that proves it by signature', async () => {
    const attacker = await newSession('wallet-squatter');
    const victim = await newSession('wallet-owner');
    const wallet = createWallet();
    const squat = await post(attacker.accessToken, {
      wallet_address: wallet.address.toUpperCase().replace('0X', '0x'),
    });
    expect(squat.status).toBe(201);
    // Not yet proven: the victim is refused like anyone else.
    expect(await post(victim.accessToken, { wallet_address: wallet.address })).toMatchObject({
      status: 409,
      body: { field: 'wallet_address' },
    });
    const proof = await walletCall('/user-wallet/add', {
      token: victim.accessToken,
      body: addWalletRequest(wallet),
    });
    expect(proof.result).toBe(0);
    expect(await post(victim.accessToken, { wallet_address: wallet.address })).toMatchObject({
      status: 201,
      body: { wallet_address: wallet.address },
    });
    expect((await get(attacker.accessToken)).body).toMatchObject({ wallet_address: null });
    const [removal] = (await historyOf(attacker.accessToken)).body.history as Array<
      Record<string, unknown>
    >;
    expect(removal).toMatchObject({
      sub: null,
      reason: 'taken_over_by_proven_owner',
      fields: ['wallet_address'],
      after: { wallet_address: null },
    });
    expect((await lookupBy({ wallet_address: wallet.address })).body).toMatchObject({
      sub: victim.userId,
    });
    // A proven wallet cannot be squatted again, even once its owner clears it from /userinfo.
    expect((await post(victim.accessToken, { wallet_address: null })).status).toBe(200);
    expect(await post(attacker.accessToken, { wallet_address: wallet.address })).toMatchObject({
      status: 409,
      body: { field: 'wallet_address' },
    });
  });
});

describe('a takeover is one conditional transaction (the DynamoDB adapter itself)', () => {
  it('refused whole when the marker is not the named holder’s, or the displaced record moved on', async () => {
    const store = dynamoProfileStore();
    const [holder, bystander, taker] = await Promise.all([
      newSession('holder'),
      newSession('bystander'),
      newSession('taker'),
    ]);
    const address = uniqueEmail('contested');
    expect((await post(holder.accessToken, { email: address })).status).toBe(201);
    expect((await post(bystander.accessToken, { name: 'B' })).status).toBe(201);
    const owner = (sub: string) => ({ projectId: DEFAULT_PROJECT_ID, sub });
    const claim = { field: 'email' as const, key: uniqueKey('email', address) };
    const stored = async (sub: string) => {
      const found = await store.get(owner(sub));
      if (!found) throw new Error(`no record for ${sub}`);
      return found;
    };
    const takeOver = async (from: string, version: number) => {
      const before = await stored(from);
      const at = new Date().toISOString().replace('Z', '000Z');
      const next = { ...before.record, email: null, updated_at: at };
      const audit = (sub: string | null) => ({
        at,
        id: crypto.randomUUID(),
        action: 'update' as const,
        clientId: sub,
        sub,
        fields: ['email'],
        before: {},
        after: {},
      });
      return store.apply({
        owner: owner(taker.userId),
        expectedVersion: undefined,
        next: { record: { ...next, sub: taker.userId, email: address }, version: 1 },
        claim: [],
        release: [],
        audit: audit(taker.userId),
        takeOver: [
          {
            from: owner(from),
            claims: [claim],
            expectedVersion: version,
            next: { record: next, version: version + 1 },
            audit: audit(null),
          },
        ],
      });
    };
    // The marker is the holder's, not the bystander's: nothing moves.
    const bystanderVersion = (await stored(bystander.userId)).version;
    await expect(takeOver(bystander.userId, bystanderVersion)).rejects.toBeInstanceOf(
      ConcurrentModification,
    );
    // The holder's record is not at the version named: nothing moves either.
    const holderVersion = (await stored(holder.userId)).version;
    await expect(takeOver(holder.userId, holderVersion + 1)).rejects.toBeInstanceOf(
      ConcurrentModification,
    );
    expect(await store.ownerOf(DEFAULT_PROJECT_ID, claim)).toBe(holder.userId);
    expect(await store.get(owner(taker.userId))).toBeUndefined();
    expect((await get(holder.accessToken)).body).toMatchObject({ email: address });
    expect((await get(bystander.accessToken)).body).toMatchObject({ name: 'B', email: null });
    // As read: it goes through, all of it.
    await takeOver(holder.userId, holderVersion);
    expect(await store.ownerOf(DEFAULT_PROJECT_ID, claim)).toBe(taker.userId);
    expect((await get(holder.accessToken)).body).toMatchObject({ email: null });
  });
});

describe('the lookup scope matches the configured resource server exactly', () => {
  const lookupWith = (scope: string, email: string) =>
    call(lookup, {
      method: 'GET',
      path: '/userinfo/lookup',
      token: signAccessToken({
        sub: 'backend-service',
        client_id: localClientId(DEFAULT_PROJECT_ID, 'web'),
        scope,
      }),
      query: { email },
    });

  it('userdata/userinfo-lookup passes; any other resource-server prefix is refused', async () => {
    const session = await newSession('lookup');
    await post(session.accessToken, { email: session.email, name: 'Found' });
    expect((await lookupWith('userdata/userinfo-lookup', session.email)).status).toBe(200);
    for (const scope of [
      'evil/userinfo-lookup',
      'other-server/userinfo-lookup',
      'userdata/x/userinfo-lookup',
      'xuserdata/userinfo-lookup',
    ]) {
      expect((await lookupWith(scope, session.email)).status, scope).toBe(403);
    }
  });
});
