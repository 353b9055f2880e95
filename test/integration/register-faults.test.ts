/**
 * Fault injection on the admin sign-up (AdminCreateUser, then AdminSetUserPassword): when
 * Cognito fails between the two, the half-created user (it could never sign in) is deleted
 * and the caller gets 503, so a retry can register the same address.
 */
import {
  AdminCreateUserCommand,
  AdminDeleteUserCommand,
  AdminSetUserPasswordCommand,
  CognitoIdentityProviderClient,
  InternalErrorException,
} from '@aws-sdk/client-cognito-identity-provider';
import { type AwsClientStub, mockClient } from 'aws-sdk-client-mock';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { handler as register } from '../../lambdas/handlers/account-register.js';
import { DEFAULT_PROJECT_ID } from '../../lib/config.js';
import { invoke } from '../support/events.js';
import { PASSWORD, uniqueEmail } from '../support/users.js';

describe('POST /user when Cognito fails after creating the user', () => {
  let cognito: AwsClientStub<CognitoIdentityProviderClient>;
  beforeEach(() => {
    cognito = mockClient(CognitoIdentityProviderClient);
  });
  afterEach(() => cognito.restore());

  it('deletes the half-created user and answers 503', async () => {
    const email = uniqueEmail('half');
    cognito.on(AdminCreateUserCommand).resolves({
      User: { Username: 'c0ffee00-0000-4000-8000-000000000000', Attributes: [] },
    });
    cognito
      .on(AdminSetUserPasswordCommand)
      .rejects(new InternalErrorException({ message: 'boom', $metadata: {} }));
    cognito.on(AdminDeleteUserCommand).resolves({});

    const result = await invoke(register, {
      path: '/user',
      body: {
        projectId: DEFAULT_PROJECT_ID,
        strategy: 'email',
        provider: 'awsCognito',
        data: { email, password: PASSWORD },
      },
    });

    expect(result.status).toBe(503);
    expect(JSON.stringify(result.body)).toMatch(/unavailable/);
    expect(JSON.stringify(result.body)).not.toMatch(/boom/);
    const created = cognito.commandCalls(AdminCreateUserCommand)[0]?.args[0].input;
    expect(created).toMatchObject({
      Username: email,
      MessageAction: 'SUPPRESS',
      TemporaryPassword: PASSWORD,
    });
    const deleted = cognito.commandCalls(AdminDeleteUserCommand).map((call) => call.args[0].input);
    expect(deleted).toEqual([{ UserPoolId: created?.UserPoolId, Username: email }]);
  });
});
