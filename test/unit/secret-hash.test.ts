/** Cognito's SECRET_HASH as the gateway computes it, checked against an independent tool. */
import { describe, expect, it } from 'vitest';
import { secretHash } from '../../lambdas/adapters/cognito/app-client-secret.js';

describe('secretHash', () => {
  it('is Base64(HMAC-SHA256(secret, username + client id)), as openssl computes it', () => {
    // echo -n "<username><client id>" | openssl dgst -sha256 -mac HMAC -macopt key:<secret> -binary | base64
    expect(
      secretHash(
        's3cr3tvalue0123456789abcdefghijklmnopqrstuvwxyz0123',
        '3f1c1a7e-0b5d-4a4e-9d3e-2b1f0c9a8d7e',
        'clientid1234567890abcdefgh',
      ),
    ).toBe('al1571tlZsAAUFHluSTTNHYKsYC6lfC65FSDOvckBf0=');
  });

  it('depends on the username: the address and the sub give different proofs', () => {
    const secret = 'secret';
    expect(secretHash(secret, 'a@example.com', 'client')).not.toBe(
      secretHash(secret, '3f1c1a7e-0b5d-4a4e-9d3e-2b1f0c9a8d7e', 'client'),
    );
  });
});
