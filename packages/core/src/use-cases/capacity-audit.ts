import {
  capacityAudit,
  preventionMeasures,
  SCORE_MAX,
  type CapacityAudit,
  type CapacityEntry,
} from '../actors/capacity';
import { isPreventionType } from '../actors/registry';
import { LensError } from '../domain/errors';
import type { FrameworkCatalog } from '../frameworks/catalog';
import { frameworkCatalog } from './assessments';
import type { UseCaseDeps } from './context';
import { requireIso3 } from './countries';
import { listActors } from './actor-registry';

/** The country x measure grid: who can apply each catalog measure, and where nobody can. */
export async function countryCapacity(
  deps: UseCaseDeps,
  code: string,
  catalog: FrameworkCatalog | string = 'en',
): Promise<CapacityAudit> {
  const iso3 = requireIso3(code);
  // A language names the catalog translation the measures' texts are read in.
  const measures = preventionMeasures(
    typeof catalog === 'string' ? await frameworkCatalog(deps, catalog) : catalog,
  );
  const actors = (await listActors(deps, iso3))
    .filter((a) => isPreventionType(a.type))
    .map((a) => ({ key: a.key, name: a.name, type: a.type }));
  return capacityAudit(iso3, measures, actors, await deps.store.actors.capacities(iso3));
}

/** An analyst's judgement of a prevention actor's capacity for one measure. Audited. */
export async function setCapacity(
  deps: UseCaseDeps,
  input: Omit<CapacityEntry, 'updatedAt' | 'updatedBy'>,
  by: string,
): Promise<CapacityEntry> {
  const iso3 = requireIso3(input.iso3);
  for (const k of ['capacity', 'commitment', 'coordination'] as const) {
    const v = input[k];
    if (!Number.isInteger(v) || v < 0 || v > SCORE_MAX)
      throw new LensError('invalid', `${k} must be a whole number from 0 to ${SCORE_MAX}`, {
        [k]: `0 to ${SCORE_MAX}`,
      });
  }
  const measures = preventionMeasures(await frameworkCatalog(deps));
  if (!measures.some((m) => m.id === input.measureId))
    throw new LensError('invalid', `"${input.measureId}" is not a measure in the catalog`, {
      measureId: 'unknown measure',
    });
  const actor = await deps.store.actors.get(input.actor);
  if (!actor) throw new LensError('not_found', `No actor "${input.actor}" in the registry`);
  if (!isPreventionType(actor.type))
    throw new LensError('invalid', `${actor.name} is a ${actor.type}, not a prevention actor`);
  const at = deps.clock.now().toISOString();
  const entry: CapacityEntry = { ...input, iso3, updatedAt: at, updatedBy: by };
  await deps.store.transaction(async (s) => {
    await s.actors.setCapacity(entry);
    await s.audit.append({
      at,
      actor: by,
      action: 'capacity.set',
      recordType: 'actor_capacity',
      recordId: `${iso3}/${entry.actor}/${entry.measureId}`,
      detail: {
        capacity: entry.capacity,
        commitment: entry.commitment,
        coordination: entry.coordination,
      },
    });
  });
  return entry;
}
