/**
 * Bundled in place of `@aws-sdk/credential-provider-node` (see lib/bundling.ts). Lambda always
 * puts the function role's credentials in AWS_ACCESS_KEY_ID / AWS_SECRET_ACCESS_KEY /
 * AWS_SESSION_TOKEN, so the default chain (SSO, ini files, process, IMDS, container, web
 * identity, with their nested STS/SSO clients) is code every cold start parses for nothing.
 * Not used by the local server or the tests, which run the sources with the full chain.
 */
import { fromEnv } from '@aws-sdk/credential-provider-env';

/** Same shape as the chain's `defaultProvider(init)`: returns a credential provider. */
export const defaultProvider = fromEnv;
