/** Facebook app secrets are kept per source: two projects' apps never share one. */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { facebookAppSecret } from '../../lambdas/adapters/providers/opaque-token-checks.js';

describe('facebookAppSecret', () => {
  it('reads each project’s own secret file, once, and again after a failed read', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'fb-secret-'));
    const first = join(dir, 'first');
    const second = join(dir, 'second');
    writeFileSync(first, 'secret-one\n');
    writeFileSync(second, 'secret-two\n');
    expect(await facebookAppSecret({ appSecretFile: first })).toBe('secret-one');
    expect(await facebookAppSecret({ appSecretFile: second })).toBe('secret-two');
    // Cached: a changed file is not read again by this container.
    writeFileSync(first, 'rotated\n');
    expect(await facebookAppSecret({ appSecretFile: first })).toBe('secret-one');

    const missing = join(dir, 'missing');
    await expect(facebookAppSecret({ appSecretFile: missing })).rejects.toThrow();
    writeFileSync(missing, 'late\n');
    expect(await facebookAppSecret({ appSecretFile: missing })).toBe('late');
    await expect(facebookAppSecret({})).rejects.toThrow('no app secret');
  });
});
