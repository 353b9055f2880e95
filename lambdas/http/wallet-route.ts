/**
 * The wallet calls' wire format (HyperID `api/user_wallets/*.md`): always HTTP 200, a numeric
 * `result` from the call's own table, the request's `request_id` echoed when sent, and on an
 * error the call's fields present but empty (strict clients such as Kotlin `@Required` and
 * Swift non-optionals cannot parse `{"result":-5}` alone).
 */
import middy from '@middy/core';
import type { APIGatewayProxyEventV2 } from 'aws-lambda';
import type * as z from 'zod/mini';
import { dynamoWalletStore } from '../adapters/dynamodb/wallet-store-dynamodb.js';
import { limits, walletChains } from '../config.js';
import { type WalletContext, WalletRefused } from '../domain/wallet/wallet-service.js';
import type { Wallet, WalletStore } from '../domain/wallet/wallet-store.js';
import type { ErrorCode } from '../errors.js';
import { logger } from '../logger.js';
import { readJsonBody } from './json-body.js';
import {
  parseOrThrow,
  type RouteContext,
  requireIdentity,
  toAppError,
  verifiedToken,
} from './middlewares.js';
import { type HttpResponse, json } from './response.js';

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

function resultFor(code: ErrorCode): number {
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

/** An empty body (none, or the empty form body some clients send) reads as `{}`. */
function bodyOf(event: APIGatewayProxyEventV2): unknown {
  const raw = event.body
    ? event.isBase64Encoded
      ? Buffer.from(event.body, 'base64').toString('utf8')
      : event.body
    : '';
  return raw.trim() === '' ? {} : readJsonBody(event, limits());
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

export interface WalletRequest<B> {
  readonly wallets: WalletContext;
  readonly body: B;
}

export function walletRoute<S extends z.ZodMiniType>(
  options: {
    body: S;
    /** The call's answer fields, empty: sent with every error answer. */
    emptyFields: Record<string, unknown>;
  },
  run: (request: WalletRequest<z.output<S>>) => Promise<Record<string, unknown>>,
) {
  // Built on first use: the chains call is given no table (nor its name).
  let store: WalletStore | undefined;
  return middy<APIGatewayProxyEventV2, HttpResponse, Error, RouteContext>()
    .use({
      onError: (request) => {
        let result: number;
        if (request.error instanceof WalletRefused) {
          logger.info('wallet refused', {
            reason: request.error.reason,
            detail: request.error.message,
          });
          result =
            request.error.reason === 'taken'
              ? WalletResult.walletHasOwner
              : WalletResult.signNotValid;
        } else {
          result = resultFor(toAppError(request.error).code);
        }
        let body = request.context.rawBody;
        if (body === undefined) {
          try {
            body = bodyOf(request.event);
          } catch {
            body = undefined;
          }
        }
        request.response = json(200, { ...requestIdOf(body), result, ...options.emptyFields });
      },
    })
    .use(verifiedToken())
    .use({
      before: (request) => {
        request.context.rawBody = bodyOf(request.event);
        request.context.body = parseOrThrow(options.body, request.context.rawBody);
      },
    })
    .handler(async (_event, context) => {
      const identity = requireIdentity(context);
      const outcome = await run({
        wallets: {
          get store() {
            store ??= dynamoWalletStore();
            return store;
          },
          owner: { projectId: identity.projectId, sub: identity.sub },
          chains: walletChains(),
          nowMs: Date.now(),
        },
        body: context.body as z.output<S>,
      });
      return json(200, { ...requestIdOf(context.rawBody), result: WalletResult.ok, ...outcome });
    });
}
