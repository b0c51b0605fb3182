import type { NeedsAssessmentBody, Versioned } from '../planning/plan';
import { countryCapacity } from './actors';
import type { UseCaseDeps } from './context';
import { requireIso3 } from './countries';

/** Stores a new version of a country's needs assessment (Bellamy's five components). Audited. */
export async function saveNeedsAssessment(
  deps: UseCaseDeps,
  code: string,
  body: NeedsAssessmentBody,
  by: string,
): Promise<Versioned<NeedsAssessmentBody>> {
  const iso3 = requireIso3(code);
  const at = deps.clock.now().toISOString();
  const version = await deps.store.transaction(async (s) => {
    const v = await s.planning.add('needs', { iso3, body, createdAt: at, createdBy: by });
    await s.audit.append({
      at,
      actor: by,
      action: 'needs.save',
      recordType: 'needs_assessment',
      recordId: `${iso3}/${v}`,
      detail: {},
    });
    return v;
  });
  return { iso3, version, body, createdAt: at, createdBy: by };
}

/**
 * A country's needs assessment (newest or a version), with what the registry already knows of
 * existing preventive activity: the prevention actors judged able to apply a measure.
 */
export async function getNeedsAssessment(
  deps: UseCaseDeps,
  code: string,
  version?: number,
  lang = 'en',
) {
  const iso3 = requireIso3(code);
  const doc = (await deps.store.planning.latest('needs', iso3, version)) ?? null;
  const capacity = await countryCapacity(deps, iso3, lang);
  const names = new Map(capacity.actors.map((a) => [a.key, a.name]));
  return {
    iso3,
    assessment: doc,
    versions: await deps.store.planning.versions('needs', iso3),
    registryActivities: capacity.rows
      .filter((r) => r.canAct.length > 0)
      .map((r) => ({
        measureId: r.measure.id,
        measure: r.measure.text,
        actors: r.canAct.map((k) => names.get(k) ?? k),
      })),
    gaps: capacity.rows.filter((r) => r.status === 'gap').map((r) => r.measure.id),
  };
}
