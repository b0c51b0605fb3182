import { chainChecker, type AuditBreak } from '../domain/audit';
import type { Store } from '../ports/store';

export interface AuditVerification {
  readonly entries: number;
  readonly firstBreak: AuditBreak | undefined;
  readonly headHash: string | undefined;
  /** Anchors (seq and hash kept outside the database) the log does not match: truncation or rewrite. */
  readonly anchorProblems: readonly string[];
}

/** The audit head as recorded outside the database (by `lens backup`). */
export interface AuditAnchorRecord {
  readonly at: string;
  readonly seq: number;
  readonly hash: string;
}

/** Re-hashes the audit log in sequence order, streaming, and reports the first entry where the chain does not hold. */
export async function verifyAuditLog(
  store: Store,
  sha256Hex: (text: string) => string,
  anchors: readonly AuditAnchorRecord[] = [],
): Promise<AuditVerification> {
  const check = chainChecker(sha256Hex);
  const wanted = new Map(anchors.map((a) => [a.seq, a]));
  const seen = new Map<number, string>();
  let entries = 0;
  let headHash: string | undefined;
  let lastSeq = 0;
  for await (const e of store.audit.scan()) {
    entries += 1;
    const firstBreak = check(e);
    if (firstBreak) return { entries, firstBreak, headHash, anchorProblems: [] };
    headHash = e.hash;
    lastSeq = e.seq;
    if (wanted.has(e.seq)) seen.set(e.seq, e.hash);
  }
  // A chain that holds can still have lost its newest entries, or been rebuilt from some point:
  // the anchors say which entry existed, with which hash, when each backup was taken.
  const anchorProblems = anchors.flatMap((a) => {
    const hash = seen.get(a.seq);
    if (hash === undefined)
      return [
        `entry ${a.seq}, anchored on ${a.at}, is missing: the log ends at entry ${lastSeq} (its newest entries were removed)`,
      ];
    return hash === a.hash
      ? []
      : [`entry ${a.seq}, anchored on ${a.at}, has a different hash: the log was rewritten`];
  });
  return { entries, firstBreak: undefined, headHash, anchorProblems };
}
