import { LensError } from '../domain/errors';
import type { Assessment } from '../assessment/assess';
import { planContext, type Perpetrator, type PlanContext } from '../planning/context';
import { assessRange, cachedLensData, latestAssessments } from './assessments';
import type { UseCaseDeps } from './context';
import { getCountry } from './countries';
import { countryEscalation, type CountryEscalation } from './escalation-stage';
import { actorNetwork } from './network';

/** Who attacked civilians between two days, with the deaths, from the actor network. */
export async function perpetrators(
  deps: UseCaseDeps,
  iso3: string,
  from: string,
  to: string,
): Promise<Perpetrator[]> {
  const net = await actorNetwork(deps, { iso3, from, to });
  const nodes = new Map(net.nodes.map((n) => [n.id, n]));
  const deaths = new Map<string, number>();
  for (const e of net.edges)
    if (e.relation === 'targets') deaths.set(e.source, (deaths.get(e.source) ?? 0) + e.deaths);
  return [...deaths].map(([key, d]) => ({
    key,
    name: nodes.get(key)?.name ?? key,
    type: nodes.get(key)?.type ?? 'armed_group',
    civilianDeaths: d,
  }));
}

/**
 * The planning context of a country in a year, read as of the end of that year (or today). Without
 * a year: the latest year the country has an assessment for, read as of the country's latest
 * escalation picture (today, or its last event when its data stopped long ago).
 */
export async function planningContext(
  deps: UseCaseDeps,
  input: {
    iso3: string;
    year?: number | undefined;
    /**
     * Read as of this day (a desktop exercise): escalation and perpetrators up to it, and, without
     * a year, the assessment of the year before it (the last year whose data were out by then).
     */
    asOf?: string | undefined;
  },
): Promise<{
  context: PlanContext;
  assessment: Assessment;
  asOf: string;
  escalation: CountryEscalation;
}> {
  const iso3 = (await getCountry(deps.store, input.iso3))[0]!.iso3;
  const data = await cachedLensData(deps);
  const today = deps.clock.now().toISOString().slice(0, 10);
  const thisYear = Number(today.slice(0, 4));
  const year =
    input.year ??
    (input.asOf
      ? Number(input.asOf.slice(0, 4)) - 1
      : latestAssessments(data, thisYear, iso3)?.year);
  if (year === undefined)
    throw new LensError(
      'not_found',
      `No assessment of ${iso3}: no indicator data for it is stored`,
    );
  const range = assessRange(data, { from: year - 5, to: year, iso3 });
  const assessment = range.find((a) => a.year === year);
  if (!assessment) throw new LensError('not_found', `No assessment of ${iso3} for ${year}`);
  const escalation = input.asOf
    ? await countryEscalation(deps, { iso3, asOf: input.asOf })
    : input.year === undefined
      ? await countryEscalation(deps, { iso3 })
      : await countryEscalation(deps, {
          iso3,
          asOf: `${year}-12-31` < today ? `${year}-12-31` : today,
        });
  const asOf = escalation.asOf;
  return {
    assessment,
    asOf,
    escalation,
    context: planContext({
      assessment,
      previous: range.filter((a) => a.year < year),
      stage: escalation.stage,
      catalogRefs: new Map(data.spec.factors.map((f) => [f.id, f.catalogRefs])),
      perpetrators: await perpetrators(deps, iso3, `${year - 1}-01-01`, asOf),
    }),
  };
}

export const measureText =
  (catalog: { items: ReadonlyArray<{ id: string; text: string; group?: string | null }> }) =>
  (id: string): string => {
    const m = catalog.items.find((i) => i.id === id);
    if (m) return m.text;
    const inGroup = catalog.items.find((i) => i.id.startsWith(`${id}.`) && i.group);
    return inGroup?.group ?? id;
  };
