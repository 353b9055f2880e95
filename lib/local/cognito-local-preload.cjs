// @ts-check
/**
 * Loaded into the cognito-local child with `node --require`, before the emulator itself,
 * to fix two things without forking it:
 * 1. Its stores (stormdb's LocalEngine) rewrite the whole pool file with an unchained
 *    fs.writeFile on every change: concurrent sign-ins interleave, and a kill mid-write
 *    leaves a torn file. Here each write goes to a temp file (fsync'ed), the previous
 *    version is kept as `<file>.bak` (a hard link, so no copy), and the temp file is renamed
 *    over the original; writes to one file are queued in order. An empty file is refused
 *    instead of read as `{}` (which the emulator would silently turn into an empty pool).
 * 2. It signs tokens with a private key published in its package. Here the key files it
 *    requires are replaced by the per-data-directory key pair named in
 *    COGNITO_LOCAL_SIGNING_KEY_FILE, and the `kid` it hard-codes by that key's own.
 * 3. It ignores app client secrets. Here, as in Cognito, a call through a client that has a
 *    secret must prove it: SECRET_HASH (Base64 HMAC-SHA256 of username + client id, keyed
 *    with the secret) on InitiateAuth / AdminInitiateAuth (password and refresh flows),
 *    SignUp, ConfirmSignUp, ForgotPassword and ConfirmForgotPassword, the secret itself on
 *    RevokeToken. For a refresh the username is the user's username in the pool (the sub).
 *    Refused like Cognito refuses it: NotAuthorizedException.
 * It also exits when its parent goes away (stdin closes), so a killed server leaves no orphan.
 */
'use strict';
const fs = require('node:fs');
const { createRequire } = require('node:module');
const { dirname, join } = require('node:path');

const cognitoRoot = dirname(require.resolve('cognito-local/package.json'));
const cognitoRequire = createRequire(join(cognitoRoot, 'lib', 'services', 'tokenGenerator.js'));

// --- 1. atomic, ordered writes --------------------------------------------------------------
/** @type {{ prototype: { serialize: (data: unknown) => string, path: string, async: boolean, write: (data: unknown) => unknown, read: () => unknown, deserialize: (text: string) => unknown } }} */
const LocalEngine = cognitoRequire('stormdb').localFileEngine;

let sequence = 0;
const tempName = (/** @type {string} */ path) => `${path}.tmp-${process.pid}-${++sequence}`;

/** @param {string} path */
function backupSync(path) {
  if (!fs.existsSync(path)) return;
  const temp = tempName(`${path}.bak`);
  try {
    fs.linkSync(path, temp);
  } catch {
    fs.copyFileSync(path, temp);
  }
  fs.renameSync(temp, `${path}.bak`);
}

/** @param {string} path @param {string} text */
function writeAtomicSync(path, text) {
  const temp = tempName(path);
  const fd = fs.openSync(temp, 'w', 0o600);
  try {
    fs.writeSync(fd, text);
    fs.fdatasyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
  backupSync(path);
  fs.renameSync(temp, path);
}

/** @param {string} path @param {string} text */
async function writeAtomic(path, text) {
  const temp = tempName(path);
  const handle = await fs.promises.open(temp, 'w', 0o600);
  try {
    await handle.writeFile(text);
    await handle.datasync();
  } finally {
    await handle.close();
  }
  backupSync(path);
  await fs.promises.rename(temp, path);
}

/** @type {Map<string, Promise<void>>} the last queued write of each file */
const queues = new Map();

LocalEngine.prototype.write = function write(data) {
  let text;
  try {
    // Serialized now: the queued write stores the state as of this call.
    text = this.serialize(data);
  } catch (error) {
    return this.async
      ? Promise.reject(error)
      : (() => {
          throw error;
        })();
  }
  if (!this.async) {
    writeAtomicSync(this.path, text);
    return null;
  }
  const path = this.path;
  const written = (queues.get(path) ?? Promise.resolve()).then(() => writeAtomic(path, text));
  queues.set(
    path,
    written.catch(() => undefined),
  );
  return written;
};

LocalEngine.prototype.read = function read() {
  const text = fs.readFileSync(this.path, 'utf8');
  if (text.trim() === '') {
    throw new Error(`${this.path} is empty: refusing to read it as an empty store`);
  }
  return this.deserialize(text);
};

// --- 2. the per-data-directory signing key --------------------------------------------------
const keyFile = process.env.COGNITO_LOCAL_SIGNING_KEY_FILE;
if (!keyFile) {
  console.error('COGNITO_LOCAL_SIGNING_KEY_FILE is not set: refusing the emulator’s published key');
  process.exit(1);
}
/** @type {{ kid: string, privatePem: string, publicPem: string, publicJwk: Record<string, string> }} */
const key = JSON.parse(fs.readFileSync(keyFile, 'utf8'));

/** @param {string} file @param {unknown} exports */
function provide(file, exports) {
  const path = join(cognitoRoot, 'lib', 'keys', file);
  const module = new (require('node:module'))(path);
  module.filename = path;
  module.loaded = true;
  module.exports = exports;
  require.cache[path] = module;
}
provide('cognitoLocal.private.json', { pem: key.privatePem });
provide('cognitoLocal.public.json', {
  jwk: { ...key.publicJwk, kid: key.kid, alg: 'RS256', use: 'sig' },
  pem: key.publicPem,
});

/** @type {{ sign: (payload: unknown, secret: unknown, options?: Record<string, unknown>, callback?: unknown) => unknown }} */
const jwt = cognitoRequire('jsonwebtoken');
const sign = jwt.sign;
jwt.sign = (payload, secret, options, callback) =>
  sign(payload, secret, options ? { ...options, keyid: key.kid } : options, callback);

// --- 3. app client secrets -------------------------------------------------------------------
const { createHmac, timingSafeEqual } = require('node:crypto');
/** @type {{ NotAuthorizedError: new (message?: string) => Error }} */
const cognitoErrors = cognitoRequire('../errors');
/** @typedef {{ logger: unknown }} Context */
/** @typedef {{ ClientId?: string, Username?: string, SecretHash?: string, ClientSecret?: string, AuthFlow?: string, AuthParameters?: Record<string, string> }} Request */
/** @typedef {{ cognito: { getAppClient: (ctx: Context, id: string) => Promise<{ ClientSecret?: string } | null>, getUserPoolForClientId: (ctx: Context, id: string) => Promise<{ getUserByRefreshToken: (ctx: Context, token: string) => Promise<{ Username: string } | null> }> } }} Services */
/** @type {{ Targets: Record<string, (services: Services) => (ctx: Context, req: Request) => Promise<unknown>> }} */
const { Targets } = cognitoRequire('../targets/targets');

/** Constant-time equality of two strings (byte lengths compared first: any text may arrive). @param {string} a @param {string} b */
function sameText(a, b) {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && timingSafeEqual(left, right);
}

/**
 * Where each operation carries the proof, and the username it is computed over (a refresh
 * names no user: the refresh token's owner). Undefined: the operation carries no proof.
 * @type {Record<string, (services: Services, ctx: Context, req: Request) => Promise<{ proof: unknown, username?: string } | undefined>>}
 */
const proofs = {
  InitiateAuth: (services, ctx, req) => authProof(services, ctx, req),
  AdminInitiateAuth: (services, ctx, req) => authProof(services, ctx, req),
  SignUp: async (_services, _ctx, req) => ({ proof: req.SecretHash, username: req.Username }),
  ConfirmSignUp: async (_services, _ctx, req) => ({
    proof: req.SecretHash,
    username: req.Username,
  }),
  ForgotPassword: async (_services, _ctx, req) => ({
    proof: req.SecretHash,
    username: req.Username,
  }),
  ConfirmForgotPassword: async (_services, _ctx, req) => ({
    proof: req.SecretHash,
    username: req.Username,
  }),
};

/** @param {Services} services @param {Context} ctx @param {Request} req */
async function authProof(services, ctx, req) {
  const parameters = req.AuthParameters ?? {};
  if (req.AuthFlow === 'REFRESH_TOKEN_AUTH' || req.AuthFlow === 'REFRESH_TOKEN') {
    const pool = await services.cognito.getUserPoolForClientId(ctx, String(req.ClientId ?? ''));
    const owner = parameters.REFRESH_TOKEN
      ? await pool.getUserByRefreshToken(ctx, parameters.REFRESH_TOKEN)
      : null;
    return { proof: parameters.SECRET_HASH, username: owner?.Username };
  }
  return { proof: parameters.SECRET_HASH, username: parameters.USERNAME };
}

/** @param {string} target @param {(services: Services, ctx: Context, req: Request) => Promise<void>} check */
function guard(target, check) {
  const original = Targets[target];
  if (!original) throw new Error(`cognito-local has no ${target} target to guard`);
  Targets[target] = (services) => {
    const run = original(services);
    return async (ctx, req) => {
      await check(services, ctx, req);
      return run(ctx, req);
    };
  };
}

for (const [target, proofOf] of Object.entries(proofs)) {
  guard(target, async (services, ctx, req) => {
    const client = await services.cognito.getAppClient(ctx, String(req.ClientId ?? ''));
    const secret = client?.ClientSecret;
    if (!secret) return;
    const { proof, username } = (await proofOf(services, ctx, req)) ?? {};
    if (typeof proof !== 'string' || proof === '') {
      throw new cognitoErrors.NotAuthorizedError(
        `Client ${req.ClientId} is configured for secret but secret was not received`,
      );
    }
    // An unknown refresh token has no owner: the emulator's own answer (NotAuthorized) follows.
    if (username === undefined) return;
    const expected = createHmac('sha256', secret)
      .update(String(username) + req.ClientId)
      .digest('base64');
    if (!sameText(proof, expected)) {
      throw new cognitoErrors.NotAuthorizedError(
        `Unable to verify secret hash for client ${req.ClientId}`,
      );
    }
  });
}

guard('RevokeToken', async (services, ctx, req) => {
  const client = await services.cognito.getAppClient(ctx, String(req.ClientId ?? ''));
  const secret = client?.ClientSecret;
  if (secret && !(typeof req.ClientSecret === 'string' && sameText(req.ClientSecret, secret))) {
    throw new cognitoErrors.NotAuthorizedError('Invalid client secret');
  }
});

// --- parent watch -----------------------------------------------------------------------------
process.stdin.on('end', () => process.exit(0));
process.stdin.on('error', () => process.exit(0));
process.stdin.resume();
