/**
 * `npm run dev-token -- --provider google --sub alice`: prints a token of the local provider
 * stand-ins that the running `npm start` accepts (Auth0 access token, Google ID token,
 * Facebook or Twitter user token). Options: --email, --name, --expires-in=<seconds> (negative:
 * already expired), --audience <aud or Facebook app id> (a token for another app),
 * --dir <stand-ins key directory> (default .local/stand-ins, or LOCAL_DATA_DIR/stand-ins).
 */
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import {
  mintToken,
  type StandInProvider,
  standInKeys,
} from '../lib/local/stand-ins/stand-in-tokens.js';

const PROVIDERS: readonly StandInProvider[] = ['authZero', 'google', 'facebook', 'twitter'];

const { values } = parseArgs({
  options: {
    provider: { type: 'string' },
    sub: { type: 'string' },
    email: { type: 'string' },
    name: { type: 'string' },
    'expires-in': { type: 'string' },
    audience: { type: 'string' },
    dir: { type: 'string' },
  },
});

const provider = values.provider as StandInProvider | undefined;
if (!provider || !PROVIDERS.includes(provider) || !values.sub) {
  console.error(
    `usage: npm run dev-token -- --provider ${PROVIDERS.join('|')} --sub <user id> [--email e] [--name n] [--expires-in=s] [--audience a] [--dir d]`,
  );
  process.exit(2);
}
const dir = resolve(values.dir ?? join(process.env.LOCAL_DATA_DIR ?? '.local', 'stand-ins'));
if (!existsSync(join(dir, 'keys.json'))) {
  console.error(`no stand-in keys in ${dir}: start the backend first (npm start), or pass --dir`);
  process.exit(1);
}
console.log(
  mintToken(standInKeys(dir), {
    provider,
    sub: values.sub,
    email: values.email,
    name: values.name,
    expiresIn: values['expires-in'] === undefined ? undefined : Number(values['expires-in']),
    audience: values.audience,
  }),
);
