import { mkdtempSync, readdirSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { fileEvidenceStore } from './evidence-store';

const mode = (f: string) => statSync(f).mode & 0o777;

describe('evidence files', () => {
  it('are written once under the hash, readable by the owner only, also when written together', async () => {
    const root = path.join(mkdtempSync(path.join(os.tmpdir(), 'lens-ev-')), 'evidence');
    const store = fileEvidenceStore(root);
    const bytes = new TextEncoder().encode('a photograph, as bytes');
    const refs = await Promise.all(Array.from({ length: 8 }, () => store.put(bytes)));
    expect(new Set(refs).size).toBe(1);
    const ref = refs[0]!;
    const dir = path.join(root, ref.slice(0, 2));
    expect(readdirSync(dir)).toEqual([ref]);
    expect(mode(root)).toBe(0o700);
    expect(mode(dir)).toBe(0o700);
    expect(mode(path.join(dir, ref))).toBe(0o600);
    expect(await store.get(ref)).toEqual(bytes);
  });
});
