import { LensError } from '../domain/errors';
import type { Report, ReportStatus } from '../domain/report';
import type { Role } from '../domain/roles';
import type { UseCaseDeps } from './context';
import { listReports, publicReport } from './reports';

/** Triage and export of field reports: assignment to analysts and role-aware exports. */

/** Assigns a report to an analyst for triage (or clears it); audited. */
export async function assignReport(
  deps: UseCaseDeps,
  input: { id: number; assignee: string | null; actor: string },
): Promise<Report> {
  if (input.assignee !== null) {
    const user = await deps.store.users.findByUsername(input.assignee);
    if (!user || user.disabled || (user.role !== 'analyst' && user.role !== 'admin'))
      throw new LensError('invalid', `${input.assignee} is not an active analyst or admin`, {
        assignee: 'not an active analyst or admin',
      });
  }
  const at = deps.clock.now().toISOString();
  return deps.store.transaction(async (store) => {
    const r = await store.reports.get(input.id);
    if (!r) throw new LensError('not_found', `No report ${input.id}`);
    await store.reports.assign(input.id, input.assignee);
    await store.audit.append({
      at,
      actor: input.actor,
      action: 'report.assign',
      recordType: 'report',
      recordId: String(input.id),
      detail: { from: r.assignee, to: input.assignee },
    });
    return publicReport({ ...r, assignee: input.assignee });
  });
}

/** Most reports one export holds. */
export const MAX_EXPORT = 100_000;

/**
 * Reports as the caller's role may see them, for an export; the export itself is a custody event
 * in the audit log (who exported how many, in which format).
 */
export async function exportReports(
  deps: UseCaseDeps,
  input: {
    role: Role;
    actor: string;
    format: 'csv' | 'geojson';
    iso3?: string;
    status?: ReportStatus;
  },
): Promise<Report[]> {
  const out: Report[] = [];
  let beforeId: number | undefined;
  for (;;) {
    const page = await listReports(deps, {
      role: input.role,
      limit: 1000,
      ...(input.iso3 ? { iso3: input.iso3 } : {}),
      ...(input.status ? { status: input.status } : {}),
      ...(beforeId ? { beforeId } : {}),
    });
    out.push(...page);
    if (page.length < 1000 || out.length >= MAX_EXPORT) break;
    beforeId = page.at(-1)!.id;
  }
  await deps.store.audit.append({
    at: deps.clock.now().toISOString(),
    actor: input.actor,
    action: 'report.export',
    recordType: 'report',
    recordId: input.iso3 ?? '*',
    detail: { format: input.format, count: out.length, status: input.status ?? null },
  });
  return out;
}

const PUBLIC_REPORTS = 'public-reports';

/** Whether anyone, without an account, may submit reports (off until an admin turns it on). */
export async function publicReportsEnabled(deps: UseCaseDeps): Promise<boolean> {
  return (await deps.store.settings.get(PUBLIC_REPORTS)) === 'true';
}

/** An admin turns public (anonymous) submission on or off; audited. */
export async function setPublicReports(
  deps: UseCaseDeps,
  input: { enabled: boolean; actor: string },
): Promise<boolean> {
  const at = deps.clock.now().toISOString();
  await deps.store.transaction(async (store) => {
    await store.settings.set(PUBLIC_REPORTS, String(input.enabled), input.actor, at);
    await store.audit.append({
      at,
      actor: input.actor,
      action: 'settings.public-reports',
      recordType: 'setting',
      recordId: PUBLIC_REPORTS,
      detail: { enabled: input.enabled },
    });
  });
  return input.enabled;
}
