import { LensError } from '../domain/errors';
import { blurred, type Report, type ReportStatus } from '../domain/report';
import type { Role } from '../domain/roles';
import { type UseCaseDeps } from './context';

/** Roles that see exact coordinates; others see the province. */
const SEES_EXACT_PLACE: readonly Role[] = ['admin', 'analyst'];

/** A report as anyone may see it: without the sealed reporter. */
export function publicReport<T extends Report>(r: T): Report {
  const {
    reporterKeyId: _k,
    reporterSealed: _s,
    ...rest
  } = r as T & { reporterKeyId?: unknown; reporterSealed?: unknown };
  return rest;
}

/** What a role may see of a report: never the reporter; exact places only for analysts and admins. */
export const reportFor = (r: Report, role: Role): Report =>
  SEES_EXACT_PLACE.includes(role) ? publicReport(r) : blurred(publicReport(r));

export async function listReports(
  deps: UseCaseDeps,
  q: {
    role: Role;
    iso3?: string;
    status?: ReportStatus;
    limit?: number;
    beforeId?: number;
    assignee?: string;
    duplicateGroup?: number;
  },
): Promise<Report[]> {
  const rows = await deps.store.reports.list({
    ...(q.assignee ? { assignee: q.assignee } : {}),
    ...(q.duplicateGroup ? { duplicateGroup: q.duplicateGroup } : {}),
    ...(q.iso3 ? { iso3: q.iso3 } : {}),
    ...(q.status ? { status: q.status } : {}),
    limit: Math.min(Math.max(q.limit ?? 100, 1), 1000),
    ...(q.beforeId ? { beforeId: q.beforeId } : {}),
  });
  return rows.map((r) => reportFor(r, q.role));
}

export async function getReport(deps: UseCaseDeps, id: number, role: Role): Promise<Report> {
  const r = await deps.store.reports.get(id);
  if (!r) throw new LensError('not_found', `No report ${id}`);
  return reportFor(r, role);
}

/** A person opens one report (its review page): what their role may see, and on record who did. */
export async function openReport(
  deps: UseCaseDeps,
  id: number,
  by: { role: Role; actor: string },
): Promise<Report> {
  const report = await getReport(deps, id, by.role);
  await deps.store.audit.append({
    at: deps.clock.now().toISOString(),
    actor: by.actor,
    action: 'report.view',
    recordType: 'report',
    recordId: String(id),
    detail: { role: by.role },
  });
  return report;
}
