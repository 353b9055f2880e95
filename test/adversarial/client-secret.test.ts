/**
 * The app clients have secrets only the backend holds (issue 11, "password flows server-side
 * only"). An outsider holds what any signed-in user holds: the refresh token and the client id
 * (it is in every token). Straight at Cognito (here the emulator, which enforces the secret as
 * Cognito does: lib/local/cognito-local-preload.cjs) those get nothing: no fresh tokens after a
 * logout our API refuses, no reset code outside the API's attempt limits.
 */
import { createHmac } from 'node:crypto';
import {
  AdminInitiateAuthCommand,
  CognitoIdentityProviderClient,
  ConfirmForgotPasswordCommand,
  DescribeUserPoolClientCommand,
  ForgotPasswordCommand,
  GlobalSignOutCommand,
  InitiateAuthCommand,
  InternalErrorException,
  NotAuthorizedException,
  RevokeTokenCommand,
  SignUpCommand,
} from '@aws-sdk/client-cognito-identity-provider';
import { decomposeUnverifiedJwt } from 'aws-jwt-verify/jwt';
import { mockClient } from 'aws-sdk-client-mock';
import { describe, expect, it, vi } from 'vitest';
import { handler as confirmForgot } from '../../lambdas/handlers/account-confirm-forgot-password.js';
import { handler as forgot } from '../../lambdas/handlers/account-forgot-password.js';
import { handler as logout } from '../../lambdas/handlers/account-logout.js';
import { handler as refresh } from '../../lambdas/handlers/account-refresh.js';
import { DEFAULT_PROJECT_ID } from '../../lib/config.js';
import { localClientId } from '../../lib/local/local-backend.js';
import { expectUnexpectedFailure } from '../support/logs.js';
import {
  codesSentTo,
  nextCodeSentTo,
  PASSWORD,
  secretHashOf,
  uniqueEmail,
} from '../support/users.js';
import {
  call,
  clientIdOf,
  loginAccount,
  newSession,
  params,
  type Session,
  signIn,
} from './support.js';

/** Someone with no AWS credentials of this account: Cognito's public operations need none. */
const outsider = new CognitoIdentityProviderClient({
  credentials: { accessKeyId: 'outsider', secretAccessKey: 'outsider' },
});

const refreshWith = (refreshToken: string) =>
  call(refresh, { path: '/user/refresh', body: { ...params, refreshToken } });

const directRefresh = (session: Session, SECRET_HASH?: string) =>
  outsider.send(
    new InitiateAuthCommand({
      ClientId: clientIdOf(session.accessToken),
      AuthFlow: 'REFRESH_TOKEN_AUTH',
      AuthParameters: {
        REFRESH_TOKEN: session.refreshToken,
        ...(SECRET_HASH === undefined ? {} : { SECRET_HASH }),
      },
    }),
  );

/** What an outsider can compute: every input but the secret, keyed with what they know. */
const guessedHashes = (username: string, clientId: string) => [
  '',
  // As long as a real hash in characters, longer in bytes.
  'é'.repeat(44),
  createHmac('sha256', clientId)
    .update(username + clientId)
    .digest('base64'),
  createHmac('sha256', '')
    .update(username + clientId)
    .digest('base64'),
];

const refused = { name: 'NotAuthorizedException' };

async function logoutWhile(cognito: 'up' | 'down', session: Session) {
  const body = { ...params, refreshToken: session.refreshToken };
  if (cognito === 'up') {
    return call(logout, { path: '/user/logout', token: session.accessToken, body });
  }
  // The failed sign-out is logged at error level (operators should know), on purpose here.
  expectUnexpectedFailure();
  const mock = mockClient(CognitoIdentityProviderClient);
  mock
    .on(GlobalSignOutCommand)
    .rejects(new InternalErrorException({ message: 'down', $metadata: {} }));
  try {
    return await call(logout, { path: '/user/logout', token: session.accessToken, body });
  } finally {
    mock.restore();
  }
}

describe('a refresh token and the client id get nothing at Cognito around the API', () => {
  it.each(['down', 'up'] as const)(
    'after a logout made while Cognito was %s, a direct REFRESH_TOKEN_AUTH is refused',
    async (cognito) => {
      const session = await newSession(`direct-refresh-${cognito}`);
      expect(await logoutWhile(cognito, session)).toMatchObject({
        status: 200,
        body: { result: 1 },
      });
      // Our route refuses the token (the revocation mark) …
      expect(await refreshWith(session.refreshToken)).toMatchObject({
        status: 401,
        body: { result: 0, error: 'invalid_token' },
      });
      // … and Cognito, asked directly with the token and the client id, gives nothing.
      await expect(directRefresh(session)).rejects.toMatchObject({
        ...refused,
        message: expect.stringMatching(/secret/i),
      });
      const { sub } = decomposeUnverifiedJwt(session.accessToken).payload;
      const clientId = clientIdOf(session.accessToken);
      for (const username of [String(sub), session.email]) {
        for (const guess of guessedHashes(username, clientId)) {
          await expect(directRefresh(session, guess)).rejects.toMatchObject(refused);
        }
      }
      // The proof is over the user's username (the sub), not the address: with the address,
      // even the backend's own secret is refused.
      await expect(
        directRefresh(session, await secretHashOf(clientId, session.email)),
      ).rejects.toMatchObject(refused);
      const withSecret = directRefresh(session, await secretHashOf(clientId, String(sub)));
      if (cognito === 'up') {
        // The logout revoked the token at Cognito too (RevokeToken, proving the secret).
        await expect(withSecret).rejects.toMatchObject(refused);
      } else {
        // Cognito was down: the token is still alive there (in AWS too, until it expires or
        // a later sign-out); only the secret, which the backend alone holds, stands between
        // it and fresh tokens, and the backend's refresh route checks the revocation mark.
        expect((await withSecret).AuthenticationResult?.AccessToken).toEqual(expect.any(String));
      }
    },
  );

  it('a revocation needs the secret too: a direct RevokeToken without it revokes nothing', async () => {
    const session = await newSession('direct-revoke');
    await expect(
      outsider.send(
        new RevokeTokenCommand({
          ClientId: clientIdOf(session.accessToken),
          Token: session.refreshToken,
        }),
      ),
    ).rejects.toMatchObject(refused);
    expect(await refreshWith(session.refreshToken)).toMatchObject({
      status: 200,
      body: { result: 1 },
    });
  });

  it('a direct sign-up or password sign-in without the secret is refused', async () => {
    const clientId = localClientId(DEFAULT_PROJECT_ID, 'web');
    const email = uniqueEmail('direct-signup');
    await expect(
      outsider.send(
        new SignUpCommand({
          ClientId: clientId,
          Username: email,
          Password: PASSWORD,
          UserAttributes: [{ Name: 'email', Value: email }],
        }),
      ),
    ).rejects.toMatchObject(refused);
    const session = await newSession('direct-signin');
    for (const SECRET_HASH of [undefined, ...guessedHashes(session.email, clientId)]) {
      await expect(
        outsider.send(
          new InitiateAuthCommand({
            ClientId: clientId,
            AuthFlow: 'USER_PASSWORD_AUTH',
            AuthParameters: {
              USERNAME: session.email,
              PASSWORD,
              ...(SECRET_HASH === undefined ? {} : { SECRET_HASH }),
            },
          }),
        ),
      ).rejects.toMatchObject(refused);
    }
  });
});

describe('a password reset only through the API (its attempt limits)', () => {
  it('direct ForgotPassword / ConfirmForgotPassword without the secret are refused; ours work', async () => {
    const session = await newSession('direct-reset');
    const clientId = localClientId(DEFAULT_PROJECT_ID, 'web');
    const sent = codesSentTo(session.email).length;
    for (const SecretHash of [undefined, ...guessedHashes(session.email, clientId)]) {
      await expect(
        outsider.send(
          new ForgotPasswordCommand({ ClientId: clientId, Username: session.email, SecretHash }),
        ),
      ).rejects.toMatchObject(refused);
    }
    // Through the API a code is sent: the first and only one since the direct attempts.
    expect(
      await call(forgot, {
        method: 'PUT',
        path: '/user/forgot-password',
        body: { ...params, data: { email: session.email } },
      }),
    ).toMatchObject({ status: 200, body: { result: 1 } });
    const code = await nextCodeSentTo(session.email, sent);
    expect(codesSentTo(session.email)).toHaveLength(sent + 1);
    // The valid code, used straight at Cognito without the secret, changes nothing …
    await expect(
      outsider.send(
        new ConfirmForgotPasswordCommand({
          ClientId: clientId,
          Username: session.email,
          ConfirmationCode: code,
          Password: 'Direct>reset1',
        }),
      ),
    ).rejects.toMatchObject(refused);
    expect((await loginAccount(session.email, 'Direct>reset1')).status).toBe(401);
    // … through the API it resets the password.
    const next = 'Api>reset-pass2';
    expect(
      await call(confirmForgot, {
        path: '/user/confirm-forgot-password',
        body: { ...params, data: { email: session.email, confirmationCode: code, password: next } },
      }),
    ).toMatchObject({ status: 200, body: { result: 1 } });
    expect((await signIn(session.email, next)).accessToken).toEqual(expect.any(String));
  });
});

describe('the secret at run time', () => {
  it('is read once per container: later sign-ins and refreshes send the proof without a read', async () => {
    const session = await newSession('secret-cached');
    const send = vi.spyOn(CognitoIdentityProviderClient.prototype, 'send');
    try {
      await signIn(session.email);
      expect((await refreshWith(session.refreshToken)).status).toBe(200);
      const commands = send.mock.calls.map(([command]) => command);
      expect(commands.some((command) => command instanceof DescribeUserPoolClientCommand)).toBe(
        false,
      );
      const auths = commands.filter(
        (command) => command.constructor.name === 'AdminInitiateAuthCommand',
      );
      expect(auths.map((command) => (command.input as { AuthFlow: string }).AuthFlow)).toEqual([
        'ADMIN_USER_PASSWORD_AUTH',
        'REFRESH_TOKEN_AUTH',
      ]);
      for (const command of auths) {
        const parameters = (command.input as { AuthParameters: Record<string, string> })
          .AuthParameters;
        expect(parameters.SECRET_HASH).toMatch(/^[A-Za-z0-9+/]{43}=$/);
      }
    } finally {
      send.mockRestore();
    }
  });

  it('Cognito down on the first read: 503 unavailable, and the next request reads it again', async () => {
    // A fresh module graph: a container whose cache is still empty.
    vi.resetModules();
    const { handler: coldForgot } = await import(
      '../../lambdas/handlers/account-forgot-password.js'
    );
    const session = await newSession('secret-cold');
    const request = {
      method: 'PUT' as const,
      path: '/user/forgot-password',
      body: { ...params, data: { email: session.email } },
    };
    const mock = mockClient(CognitoIdentityProviderClient);
    mock
      .on(DescribeUserPoolClientCommand)
      .rejects(new InternalErrorException({ message: 'down', $metadata: {} }));
    try {
      expect(await call(coldForgot, request)).toMatchObject({
        status: 503,
        body: { result: 0, error: 'unavailable' },
      });
      expect(mock.commandCalls(DescribeUserPoolClientCommand)).toHaveLength(1);
      expect(mock.commandCalls(ForgotPasswordCommand)).toHaveLength(0);
    } finally {
      mock.restore();
    }
    const sent = codesSentTo(session.email).length;
    expect(await call(coldForgot, request)).toMatchObject({ status: 200, body: { result: 1 } });
    expect(await nextCodeSentTo(session.email, sent)).toMatch(/^\d+$/);
  });

  it('a secret Cognito refuses (rotated away since it was read) is a 503, then read again', async () => {
    vi.resetModules();
    const { handler: coldLogin } = await import('../../lambdas/handlers/account-user-login.js');
    const session = await newSession('secret-rotated');
    const request = {
      method: 'PUT' as const,
      path: '/user/login',
      body: { ...params, data: { email: session.email, password: PASSWORD } },
    };
    // Logged at error level (operators should know), on purpose here.
    expectUnexpectedFailure();
    const mock = mockClient(CognitoIdentityProviderClient);
    mock
      .on(DescribeUserPoolClientCommand)
      .resolves({ UserPoolClient: { ClientSecret: 'a-secret-since-deleted' } });
    mock.on(AdminInitiateAuthCommand).rejects(
      new NotAuthorizedException({
        message: `Unable to verify secret hash for client ${localClientId(DEFAULT_PROJECT_ID, 'web')}`,
        $metadata: {},
      }),
    );
    try {
      // Not "wrong password": the caller did nothing wrong.
      expect(await call(coldLogin, request)).toMatchObject({
        status: 503,
        body: { result: 0, error: 'unavailable' },
      });
    } finally {
      mock.restore();
    }
    // The stale secret was forgotten: the next sign-in reads the current one and succeeds.
    expect(await call(coldLogin, request)).toMatchObject({ status: 200, body: { result: 1 } });
  });
});
