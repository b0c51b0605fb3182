import { isCatalogMeasure, preventionMeasures } from '../actors/capacity';
import { LensError } from '../domain/errors';
import { checkPlan, type PlanWarning } from '../planning/pitfalls';
import type { BriefLanguage } from '../briefs/brief-text';
import type { PlanBody, Versioned } from '../planning/plan';
import { frameworkCatalog } from './assessments';
import type { UseCaseDeps } from './context';
import { requireIso3 } from './countries';
import { measureText, planningContext } from './planning-view';

/**
 * Stores a new version of a country's plan after checking its measures (catalog measures or
 * groups) and actors (registered); returns it with the pitfalls and tensions it triggers for the
 * year given. Audited.
 */
export async function savePlan(
  deps: UseCaseDeps,
  input: { iso3: string; year: number; body: PlanBody; lang?: BriefLanguage | undefined },
  by: string,
): Promise<Versioned<PlanBody> & { warnings: PlanWarning[] }> {
  const iso3 = requireIso3(input.iso3);
  const lang = input.lang ?? 'en';
  const catalog = await frameworkCatalog(deps, lang);
  const measures = preventionMeasures(catalog);
  for (const [n, item] of input.body.items.entries()) {
    if (!isCatalogMeasure(measures, item.measureId))
      throw new LensError(
        'invalid',
        `item ${n + 1}: "${item.measureId}" is not a catalog measure`,
        {
          [`items.${n}.measureId`]: 'unknown measure',
        },
      );
    for (const k of [...item.actors, ...item.targets])
      if (!(await deps.store.actors.get(k)))
        throw new LensError('invalid', `item ${n + 1}: no actor "${k}" in the registry`, {
          [`items.${n}`]: `unknown actor ${k}`,
        });
    if (item.start && item.end && item.end < item.start)
      throw new LensError('invalid', `item ${n + 1}: ends before it starts`);
  }
  const at = deps.clock.now().toISOString();
  const version = await deps.store.transaction(async (s) => {
    const v = await s.planning.add('plan', {
      iso3,
      body: { ...input.body, year: input.year },
      createdAt: at,
      createdBy: by,
    });
    await s.audit.append({
      at,
      actor: by,
      action: 'plan.save',
      recordType: 'plan',
      recordId: `${iso3}/${v}`,
      detail: { items: input.body.items.length },
    });
    return v;
  });
  const { context } = await planningContext(deps, { iso3, year: input.year });
  return {
    iso3,
    version,
    body: input.body,
    createdAt: at,
    createdBy: by,
    warnings: checkPlan(input.body, context, measureText(catalog), lang),
  };
}

/** A country's plan (newest or a given version) and the list of its versions. */
export async function getPlan(deps: UseCaseDeps, code: string, version?: number) {
  const iso3 = requireIso3(code);
  const plan = await deps.store.planning.latest('plan', iso3, version);
  if (!plan)
    throw new LensError('not_found', `No plan for ${iso3}${version ? ` version ${version}` : ''}`);
  return { ...plan, versions: await deps.store.planning.versions('plan', iso3) };
}
