import type { AuditEntry } from '../domain/audit';
import type { Principal } from '../domain/user';
import { actorName, type UseCaseDeps } from './context';
import { verifyAuditLog, type AuditVerification } from './verify-audit-log';

/** The audit log, newest first; reading it is itself audited (who looked at who did what). */
export async function readAuditLog(
  deps: UseCaseDeps,
  input: {
    before?: number | undefined;
    limit: number;
    action?: string | undefined;
    actor?: string | undefined;
    recordType?: string | undefined;
    recordId?: string | undefined;
  },
  by: Principal,
): Promise<AuditEntry[]> {
  const entries = await deps.store.audit.list({
    beforeSeq: input.before,
    limit: input.limit,
    action: input.action,
    actor: input.actor,
    recordType: input.recordType,
    recordId: input.recordId,
  });
  await deps.store.audit.append({
    at: deps.clock.now().toISOString(),
    actor: actorName(by),
    action: 'audit.view',
    recordType: 'audit_log',
    recordId: input.recordType ? `${input.recordType}:${input.recordId ?? '*'}` : '*',
    detail: {
      before: input.before,
      limit: input.limit,
      action: input.action,
      actor: input.actor,
      recordType: input.recordType,
      recordId: input.recordId,
    },
  });
  return entries;
}

/** Re-hashes the whole chain: the first altered or missing entry, if any. */
export function verifyAudit(deps: UseCaseDeps): Promise<AuditVerification> {
  return verifyAuditLog(deps.store, deps.crypto.sha256Hex);
}
