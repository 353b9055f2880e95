/**
 * GET /user/check/nonstandard — providers google, facebook, twitter: verify the provider's
 * token for real (Google ID token by JWKS; Facebook debug_token; Twitter users/me), refuse a
 * token of another user than `userId`, then answer the linked profile, created on first check.
 */
import * as z from 'zod/mini';
import type { ExternalProvider } from '../domain/identity-providers/external-identity.js';
import { linkedCheckView, linkedKey } from '../domain/identity-providers/linked-profile.js';
import { AppError } from '../errors.js';
import { accountParams } from '../http/account-route.js';
import { providerRoute } from '../http/provider-route.js';
import { linkedDeps } from '../wiring/providers.js';

export const query = accountParams({
  userId: z.optional(z.string().check(z.minLength(1), z.maxLength(256))),
  accessToken: z.optional(z.string().check(z.minLength(1), z.maxLength(8192))),
});

export const handler = providerRoute(
  { deps: linkedDeps, query, providers: ['google', 'facebook', 'twitter'] },
  async ({ linkedProfiles, tokenCheck, issueToken }, { project, provider, params, bearer }) => {
    // The seed sends the provider's token as `accessToken`; an Authorization header also works.
    const token = params.accessToken ?? bearer();
    const identity = await tokenCheck(provider as ExternalProvider, project.projectId)(token);
    if (params.userId !== undefined && params.userId !== identity.subject) {
      throw new AppError('invalid_token', `The ${provider} token belongs to another user`);
    }
    const key = linkedKey(project.projectId, identity);
    const now = Math.floor(Date.now() / 1000);
    const profile = await linkedProfiles.touch(key, identity, now);
    const backendToken = await issueToken({
      projectId: project.projectId,
      issuer: identity.issuer,
      subject: identity.subject,
    });
    return {
      message: 'OK',
      data: { ...linkedCheckView(profile, await linkedProfiles.listDevices(key)), ...backendToken },
    };
  },
);
