import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
  canonicalJson,
  findChainBreak,
  GENESIS_HASH,
  hashAuditEntry,
  type AuditEntry,
  type AuditFact,
} from './audit';

const sha = (t: string) => createHash('sha256').update(t).digest('hex');

function chain(facts: AuditFact[]): AuditEntry[] {
  let prev = GENESIS_HASH;
  return facts.map((f, i) => {
    const hash = hashAuditEntry(sha, i + 1, prev, f);
    const e = { ...f, seq: i + 1, prevHash: prev, hash };
    prev = hash;
    return e;
  });
}

const fact = (n: number): AuditFact => ({
  at: `2026-01-0${n}T00:00:00Z`,
  actor: 'amina#1',
  action: 'report.view',
  recordType: 'report',
  recordId: String(n),
  detail: { n, nested: { b: 1, a: 2 } },
});

describe('audit chain', () => {
  it('serialises objects the same whatever their key order', () => {
    expect(canonicalJson({ b: 1, a: { d: [1, { y: 2, x: 1 }], c: null } })).toBe(
      '{"a":{"c":null,"d":[1,{"x":1,"y":2}]},"b":1}',
    );
  });

  it('accepts an untouched chain and finds an edit, a relink and a removal', () => {
    const entries = chain([fact(1), fact(2), fact(3), fact(4)]);
    expect(findChainBreak(sha, entries)).toBeUndefined();
    const edited = entries.map((e) => (e.seq === 2 ? { ...e, actor: 'mallory#9' } : e));
    expect(findChainBreak(sha, edited)).toEqual({ seq: 2, reason: 'hash-mismatch' });
    const relinked = entries.map((e) => (e.seq === 3 ? { ...e, prevHash: GENESIS_HASH } : e));
    expect(findChainBreak(sha, relinked)).toEqual({ seq: 3, reason: 'broken-link' });
    expect(
      findChainBreak(
        sha,
        entries.filter((e) => e.seq !== 2),
      ),
    ).toEqual({ seq: 2, reason: 'sequence-gap' });
  });

  it('detects an entry renumbered and re-hashed to hide a deletion', () => {
    const entries = chain([fact(1), fact(2), fact(3)]);
    const [first, , third] = entries;
    if (!first || !third) throw new Error('setup');
    const forged = { ...third, seq: 2, prevHash: first.hash };
    expect(findChainBreak(sha, [first, forged])).toEqual({ seq: 2, reason: 'hash-mismatch' });
  });
});
