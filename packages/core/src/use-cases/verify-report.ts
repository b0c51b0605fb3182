import { LensError, refuseIfAny } from '../domain/errors';
import {
  CREDIBILITY,
  REPORT_STATUSES,
  type Credibility,
  type Report,
  type ReportStatus,
} from '../domain/report';
import { type UseCaseDeps } from './context';
import { publicReport } from './report-reading';

/** An analyst's verification step: status, credibility and the reason, audited. */
export async function verifyReport(
  deps: UseCaseDeps,
  input: { id: number; status: string; credibility: number | null; reason: string; actor: string },
): Promise<Report> {
  const errors: Record<string, string> = {};
  if (!(REPORT_STATUSES as readonly string[]).includes(input.status))
    errors.status = `must be one of ${REPORT_STATUSES.join(', ')}`;
  if (input.credibility !== null && !(CREDIBILITY as readonly number[]).includes(input.credibility))
    errors.credibility = 'must be 1 (confirmed) to 6 (cannot be judged)';
  if (input.reason.trim().length < 5) errors.reason = 'give the reason (at least 5 characters)';
  refuseIfAny('verification', errors);
  const at = deps.clock.now().toISOString();
  return deps.store.transaction(async (store) => {
    const r = await store.reports.get(input.id);
    if (!r) throw new LensError('not_found', `No report ${input.id}`);
    const v = {
      status: input.status as ReportStatus,
      credibility: input.credibility as Credibility | null,
      verifiedBy: input.actor,
      verifiedAt: at,
      verificationReason: input.reason.trim(),
    };
    await store.reports.setVerification(input.id, v);
    await store.audit.append({
      at,
      actor: input.actor,
      action: 'report.verify',
      recordType: 'report',
      recordId: String(input.id),
      detail: {
        from: r.status,
        to: v.status,
        credibility: v.credibility,
        reason: v.verificationReason,
      },
    });
    return publicReport({ ...r, ...v });
  });
}
