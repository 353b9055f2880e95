/** The contract of any route of the table, by its family. */
import type { RouteDefinition } from '../../routes.js';
import { accountContract } from './account.js';
import { documentContract } from './document.js';
import { keyValueContract } from './key-value.js';
import { profileContract } from './profile.js';
import { referenceContract } from './reference.js';
import type { RouteContract } from './types.js';

export function contractFor(route: RouteDefinition): RouteContract {
  switch (route.family) {
    case 'keyValue':
      return keyValueContract(route);
    case 'document':
      return documentContract(route);
    case 'profile':
      return profileContract(route);
    case 'account':
      return accountContract(route);
    case 'reference':
      return referenceContract();
  }
}

/** Family tags; the account flows first: a user signs up and in there. */
export const TAGS = [
  {
    name: 'Account flows',
    description:
      'Identify extension, provider awsCognito: sign up, sign in, tokens, devices. Sign up and sign in here, then paste `data.accessToken` into Authorize → bearerAuth.',
  },
  {
    name: 'Key/value user data',
    description:
      'HyperID style. Every answer is HTTP 200 with a numeric `result`. See docs/api.md, “Key/value user data”.',
  },
  {
    name: 'Wallets',
    description:
      'HyperID `api/user_wallets`: wallets proven by their personal signature; the by-wallet key/value namespace serves these. See docs/api.md, “Wallets”.',
  },
  {
    name: 'JSON document user data',
    description:
      'BindID style: one JSON object per user and project. See docs/api.md, “JSON document user data”.',
  },
  {
    name: 'User profile',
    description: 'Login 3.0 userinfo resource API. See docs/api.md, “User profile”.',
  },
  { name: 'Reference', description: 'The API’s own description.' },
];
