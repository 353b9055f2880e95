/** Wiring of the wallet calls: the wallet registry and the revocation marks, on first request. */
import { dynamoRevocationMarks } from '../adapters/dynamodb/revocation-store.js';
import { dynamoWalletStore } from '../adapters/dynamodb/wallet-store-dynamodb.js';
import type { WalletStore } from '../domain/wallet/wallet-store.js';
import type { WalletDeps } from '../http/wallet-route.js';

let deps: WalletDeps | undefined;
let store: WalletStore | undefined;

export function walletDeps(): WalletDeps {
  deps ??= {
    revocations: dynamoRevocationMarks(),
    // Built on first use: the chains call is given no table (nor its name).
    get store() {
      store ??= dynamoWalletStore();
      return store;
    },
  };
  return deps;
}
