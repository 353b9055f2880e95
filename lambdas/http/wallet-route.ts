/**
 * The wallet calls' wire format (HyperID `api/user_wallets/*.md`): always HTTP 200, a numeric
 * `result` from the call's own table, the request's `request_id` echoed when sent, and on an
 * error the call's fields present but empty (strict clients such as Kotlin `@Required` and
 * Swift non-optionals cannot parse `{"result":-5}` alone). Runs the one request pipeline.
 */
import type * as z from 'zod/mini';
import { walletChains } from '../config.js';
import { type WalletContext, WalletRefused } from '../domain/wallet/wallet-service.js';
import type { Wallet, WalletStore } from '../domain/wallet/wallet-store.js';
import type { ErrorCode } from '../errors.js';
import { logger } from '../logger.js';
import { bearerCredentials } from './bearer.js';
import {
  buildRoute,
  callerOf,
  type PipelineDeps,
  type RequestFacts,
  toAppError,
  type WireFormat,
} from './pipeline.js';
import { json } from './response.js';

/** The codes every wallet call shares (vendor tables). */
export const WalletResult = {
  ok: 0,
  invalidToken: -1,
  expiredToken: -2,
  accessDenied: -3,
  unavailable: -4,
  invalidRequest: -5,
  /** `/user-wallet/add` only. */
  signNotValid: -6,
  /** `/user-wallet/add` only. */
  walletHasOwner: -7,
} as const;

function resultFor(error: unknown): number {
  if (error instanceof WalletRefused) {
    logger.info('wallet refused', { reason: error.reason, detail: error.message });
    return error.reason === 'taken' ? WalletResult.walletHasOwner : WalletResult.signNotValid;
  }
  const code: ErrorCode = toAppError(error).code;
  switch (code) {
    case 'invalid_token':
    case 'unknown_project':
      return WalletResult.invalidToken;
    case 'expired_token':
      return WalletResult.expiredToken;
    case 'access_denied':
      return WalletResult.accessDenied;
    case 'throttled':
    case 'unavailable':
    case 'internal':
      return WalletResult.unavailable;
    default:
      return WalletResult.invalidRequest;
  }
}

function requestIdOf(body: unknown): { request_id?: number } {
  if (body && typeof body === 'object' && 'request_id' in body) {
    const id = body.request_id;
    if (typeof id === 'number' && Number.isSafeInteger(id)) return { request_id: id };
  }
  return {};
}

/** The vendor's wallet object; every wallet is listed as public (no private wallets yet). */
export const walletAnswer = (wallet: Wallet) => ({
  address: wallet.address,
  chain: wallet.chain,
  family: wallet.family,
  label: wallet.label,
  tags: [...wallet.tags],
});

export const emptyWalletLists = { wallets_private: [], wallets_public: [] };

export interface WalletDeps extends PipelineDeps {
  readonly store: WalletStore;
}

type WalletOutcome = Record<string, unknown>;

/** The wire format, with the call's empty answer fields for its error answers. */
const walletFormat = (
  emptyFields: Record<string, unknown>,
): WireFormat<WalletOutcome, WalletDeps> => ({
  credentials: (event) => bearerCredentials(event),
  success: (outcome, facts: RequestFacts) =>
    json(200, { ...requestIdOf(facts.rawBody()), result: WalletResult.ok, ...outcome }),
  failure: (error, facts) =>
    json(200, { ...requestIdOf(facts.rawBody()), result: resultFor(error), ...emptyFields }),
  isRefusal: (error) => error instanceof WalletRefused,
});

export interface WalletRequest<B> {
  readonly wallets: WalletContext;
  readonly body: B;
}

export function walletRoute<B>(
  spec: {
    deps: () => WalletDeps;
    body: z.ZodMiniType<B>;
    /** The call's answer fields, empty: sent with every error answer. */
    emptyFields: Record<string, unknown>;
  },
  run: (request: WalletRequest<B>) => Promise<WalletOutcome>,
) {
  return buildRoute(walletFormat(spec.emptyFields), {
    deps: spec.deps,
    body: spec.body,
    run: (deps, request) => {
      const identity = callerOf(request);
      return run({
        wallets: {
          get store() {
            return deps.store;
          },
          owner: { projectId: identity.projectId, sub: identity.sub },
          chains: walletChains(),
          nowMs: Date.now(),
        },
        body: request.body,
      });
    },
  });
}
