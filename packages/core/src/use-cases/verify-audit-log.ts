import { chainChecker, type AuditBreak } from '../domain/audit';
import type { Store } from '../ports/store';

export interface AuditVerification {
  readonly entries: number;
  readonly firstBreak: AuditBreak | undefined;
  readonly headHash: string | undefined;
}

/** Re-hashes the audit log in sequence order, streaming, and reports the first entry where the chain does not hold. */
export async function verifyAuditLog(
  store: Store,
  sha256Hex: (text: string) => string,
): Promise<AuditVerification> {
  const check = chainChecker(sha256Hex);
  let entries = 0;
  let headHash: string | undefined;
  for await (const e of store.audit.scan()) {
    entries += 1;
    const firstBreak = check(e);
    if (firstBreak) return { entries, firstBreak, headHash };
    headHash = e.hash;
  }
  return { entries, firstBreak: undefined, headHash };
}
