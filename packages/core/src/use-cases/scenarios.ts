import { LensError } from '../domain/errors';
import type { IndicatorId } from '../escalation/indicators';
import {
  readScenario,
  validateScenario,
  type Scenario,
  type ScenarioReading,
} from '../triggers/scenario';
import type { UseCaseDeps } from './context';
import { getCountry } from './countries';
import { countryEvents } from './escalation-inputs';
import { dataThroughOf, STALE_AFTER_DAYS } from './escalation-stage';
import { addDays } from '../escalation/engine';

/**
 * A country's scenarios read on a day: which watched indicators are lit. Without a day, today;
 * or, when the country's event data stopped more than STALE_AFTER_DAYS ago, the last day they
 * cover (an unlit indicator then would only say the data stopped).
 */
export async function countryScenarios(
  deps: UseCaseDeps,
  input: { iso3: string; asOf?: string | undefined },
): Promise<{
  iso3: string;
  asOf: string;
  asOfBasis: 'requested' | 'today' | 'latest data';
  scenarios: ScenarioReading[];
}> {
  const iso3 = (await getCountry(deps.store, input.iso3))[0]!.iso3;
  const today = deps.clock.now().toISOString().slice(0, 10);
  const through = input.asOf ? null : await dataThroughOf(deps, iso3);
  const stale = through !== null && addDays(through, STALE_AFTER_DAYS) < today;
  const asOf = input.asOf ?? (stale ? through : today);
  const asOfBasis = input.asOf ? 'requested' : stale ? 'latest data' : 'today';
  // A retired scenario is withdrawn: not read on any day.
  const scenarios = await deps.store.planning.scenarios({ iso3 });
  if (scenarios.length === 0) return { iso3, asOf, asOfBasis, scenarios: [] };
  const events = await countryEvents(deps, iso3);
  return { iso3, asOf, asOfBasis, scenarios: scenarios.map((s) => readScenario(s, events, asOf)) };
}

/** An analyst's scenario with the indicators it watches. Audited. */
export async function addScenario(
  deps: UseCaseDeps,
  input: {
    iso3: string;
    title: string;
    narrative: string;
    perpetrators?: string | undefined;
    targets?: string | undefined;
    places?: string | undefined;
    watched: readonly string[];
  },
  by: string,
): Promise<Scenario> {
  const iso3 = (await getCountry(deps.store, input.iso3))[0]!.iso3;
  const s = validateScenario({
    iso3,
    title: input.title,
    narrative: input.narrative,
    perpetrators: input.perpetrators?.trim() ?? '',
    targets: input.targets?.trim() ?? '',
    places: input.places?.trim() ?? '',
    watched: input.watched as IndicatorId[],
  });
  const at = deps.clock.now().toISOString();
  return deps.store.transaction(async (st) => {
    const saved = await st.planning.addScenario({ ...s, createdAt: at, createdBy: by });
    await st.audit.append({
      at,
      actor: by,
      action: 'scenario.create',
      recordType: 'scenario',
      recordId: String(saved.id),
      detail: { iso3, watched: s.watched.join(',') },
    });
    return saved;
  });
}

/** Retires a scenario (kept, no longer read). Audited. */
export async function retireScenario(deps: UseCaseDeps, id: number, by: string): Promise<Scenario> {
  const at = deps.clock.now().toISOString();
  return deps.store.transaction(async (st) => {
    const s = await st.planning.scenario(id);
    if (!s) throw new LensError('not_found', `No scenario ${id}`);
    await st.planning.retireScenario(id, at);
    await st.audit.append({
      at,
      actor: by,
      action: 'scenario.retire',
      recordType: 'scenario',
      recordId: String(id),
      detail: { iso3: s.iso3 },
    });
    return (await st.planning.scenario(id))!;
  });
}
