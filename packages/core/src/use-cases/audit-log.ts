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
  },
  by: Principal,
): Promise<AuditEntry[]> {
  const entries = await deps.store.audit.list({
    beforeSeq: input.before,
    limit: input.limit,
    action: input.action,
    actor: input.actor,
  });
  await deps.store.audit.append({
    at: deps.clock.now().toISOString(),
    actor: actorName(by),
    action: 'audit.view',
    recordType: 'audit_log',
    recordId: '*',
    detail: { before: input.before, limit: input.limit, action: input.action, actor: input.actor },
  });
  return entries;
}

/** Re-hashes the whole chain: the first altered or missing entry, if any. */
export function verifyAudit(deps: UseCaseDeps): Promise<AuditVerification> {
  return verifyAuditLog(deps.store, deps.crypto.sha256Hex);
}
