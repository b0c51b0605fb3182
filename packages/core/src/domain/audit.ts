/** What an audit entry records: who did what to which record, and when. */
export interface AuditFact {
  readonly at: string;
  readonly actor: string;
  readonly action: string;
  readonly recordType: string;
  readonly recordId: string;
  readonly detail: Readonly<Record<string, unknown>>;
}

export interface AuditEntry extends AuditFact {
  readonly seq: number;
  readonly prevHash: string;
  readonly hash: string;
}

export type Sha256Hex = (text: string) => string;

/** The hash that starts the chain, so the first entry links to something fixed. */
export const GENESIS_HASH = '0'.repeat(64);

/** Keys sorted at every level, so the same fact always serialises to the same bytes. */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'null';
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
}

/** The sequence number is hashed too, so renumbering entries to hide a deletion breaks the chain. */
export function hashAuditEntry(
  sha256: Sha256Hex,
  seq: number,
  prevHash: string,
  fact: AuditFact,
): string {
  return sha256(`${prevHash}\n${seq}\n${canonicalJson(fact)}`);
}

export type AuditBreak = {
  readonly seq: number;
  readonly reason: 'hash-mismatch' | 'broken-link' | 'sequence-gap';
};

/** A checker fed entries in sequence order; returns the first place the chain does not hold. */
export function chainChecker(
  sha256: Sha256Hex,
  start: { seq: number; hash: string } = { seq: 0, hash: GENESIS_HASH },
): (e: AuditEntry) => AuditBreak | undefined {
  let expectedSeq = start.seq + 1;
  let prevHash = start.hash;
  return (e) => {
    if (e.seq !== expectedSeq) return { seq: expectedSeq, reason: 'sequence-gap' };
    if (e.prevHash !== prevHash) return { seq: e.seq, reason: 'broken-link' };
    const fact: AuditFact = {
      at: e.at,
      actor: e.actor,
      action: e.action,
      recordType: e.recordType,
      recordId: e.recordId,
      detail: e.detail,
    };
    if (hashAuditEntry(sha256, e.seq, e.prevHash, fact) !== e.hash) {
      return { seq: e.seq, reason: 'hash-mismatch' };
    }
    prevHash = e.hash;
    expectedSeq += 1;
    return undefined;
  };
}

export function findChainBreak(
  sha256: Sha256Hex,
  entries: Iterable<AuditEntry>,
): AuditBreak | undefined {
  const check = chainChecker(sha256);
  for (const e of entries) {
    const broken = check(e);
    if (broken) return broken;
  }
  return undefined;
}
