import { isCatalogMeasure, preventionMeasures } from '../actors/capacity';
import { LensError } from '../domain/errors';
import { type AnalystLink } from '../planning/recommend';
import { frameworkCatalog } from './assessments';
import type { UseCaseDeps } from './context';

/** Analysts' risk -> measure links (retired ones too when asked). */
export async function listRiskLinks(
  deps: UseCaseDeps,
  includeRetired = false,
): Promise<AnalystLink[]> {
  return deps.store.planning.links({ includeRetired });
}

/** Adds an analyst's risk -> measure link, marked as the analyst's (not sourced). Audited. */
export async function addRiskLink(
  deps: UseCaseDeps,
  input: { riskId: string; measureId: string; rationale: string; source: string | null },
  by: string,
): Promise<AnalystLink> {
  const catalog = await frameworkCatalog(deps);
  if (!isCatalogMeasure(preventionMeasures(catalog), input.measureId))
    throw new LensError('invalid', `"${input.measureId}" is not a catalog measure`, {
      measureId: 'unknown measure',
    });
  const at = deps.clock.now().toISOString();
  return deps.store.transaction(async (s) => {
    const l = await s.planning.addLink({ ...input, createdAt: at, createdBy: by });
    await s.audit.append({
      at,
      actor: by,
      action: 'risk_link.create',
      recordType: 'risk_link',
      recordId: String(l.id),
      detail: { riskId: l.riskId, measureId: l.measureId },
    });
    return l;
  });
}

/** Edits or retires an analyst's link (never deleted). Audited. */
export async function updateRiskLink(
  deps: UseCaseDeps,
  id: number,
  changes: { rationale?: string; source?: string | null; retired?: boolean },
  by: string,
): Promise<AnalystLink> {
  const at = deps.clock.now().toISOString();
  return deps.store.transaction(async (s) => {
    if (!(await s.planning.link(id))) throw new LensError('not_found', `No risk link ${id}`);
    await s.planning.updateLink(id, {
      ...(changes.rationale !== undefined ? { rationale: changes.rationale } : {}),
      ...(changes.source !== undefined ? { source: changes.source } : {}),
      ...(changes.retired !== undefined ? { retiredAt: changes.retired ? at : null } : {}),
    });
    await s.audit.append({
      at,
      actor: by,
      action: changes.retired ? 'risk_link.retire' : 'risk_link.update',
      recordType: 'risk_link',
      recordId: String(id),
      detail: { changed: Object.keys(changes).join(',') },
    });
    return (await s.planning.link(id))!;
  });
}
