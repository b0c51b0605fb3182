import { mkdtempSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { instanceKey, verifyEd25519 } from './instance-key';

describe("the instance's signing key", () => {
  it('is created once in a file only its owner reads, and signs what its public key verifies', () => {
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'lens-key-')), 'instance-key.pem');
    const a = instanceKey({ LENS_INSTANCE_KEY_FILE: file });
    expect(statSync(file).mode & 0o777).toBe(0o600);
    const b = instanceKey({ LENS_INSTANCE_KEY_FILE: file });
    expect(b.keyId).toBe(a.keyId);
    expect(a.publicKey).toMatch(/^-----BEGIN PUBLIC KEY-----/);
    const sig = a.sign('bundle bytes');
    expect(verifyEd25519(b.publicKey, 'bundle bytes', sig)).toBe(true);
    expect(verifyEd25519(b.publicKey, 'bundle bytez', sig)).toBe(false);
    expect(verifyEd25519('not a key', 'bundle bytes', sig)).toBe(false);
  });
});
