import type { Assessment } from '../assessment/assess';
import { LensError } from '../domain/errors';
import { agendaFor, type Agenda } from '../planning/agenda';
import { planContext, type Perpetrator, type PlanContext } from '../planning/context';
import { checkPlan, type PlanWarning } from '../planning/pitfalls';
import type { LocalizedCatalog, LocalizedItem } from '../frameworks/translations';
import type { FrameworkCatalog } from '../frameworks/catalog';
import { labelIn } from '../assessment/indicator-labels';
import type { BriefLanguage } from '../briefs/brief-text';
import type { PlanBody, Versioned } from '../planning/plan';
import { recommendMeasures, type Recommendation } from '../planning/recommend';
import { countryCapacity } from './actors';
import { casesLike, type SimilarCase } from './case-library';
import { assessRange, cachedLensData, frameworkCatalog, latestAssessments } from './assessments';
import type { UseCaseDeps } from './context';
import { countryNameIn, getCountry } from './countries';
import { countryEscalation, type CountryEscalation } from './escalation-stage';
import { actorNetwork } from './network';

export interface PlanningView {
  readonly context: PlanContext;
  readonly assessment: Assessment;
  readonly agenda: Agenda;
  readonly recommendations: readonly Recommendation[];
  readonly capacity: { covered: number; limited: number; gaps: number; measures: number };
  readonly plan: (Versioned<PlanBody> & { warnings: PlanWarning[] }) | null;
  /** Past cases most like this context, with their lessons (the case library). */
  readonly similarCases: readonly SimilarCase[];
  readonly catalogVersion: string;
  /** The day escalation and the network are read as of. */
  readonly asOf: string;
}

/** Who attacked civilians between two days, with the deaths, from the actor network. */
async function perpetrators(
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
  input: { iso3: string; year?: number | undefined },
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
  const year = input.year ?? latestAssessments(data, thisYear, iso3)?.year;
  if (year === undefined)
    throw new LensError(
      'not_found',
      `No assessment of ${iso3}: no indicator data for it is stored`,
    );
  const range = assessRange(data, { from: year - 5, to: year, iso3 });
  const assessment = range.find((a) => a.year === year);
  if (!assessment) throw new LensError('not_found', `No assessment of ${iso3} for ${year}`);
  const escalation =
    input.year === undefined
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

/** Everything a planner reads: context, agenda, recommended measures, capacity, plan warnings. */
export async function preventionPlanning(
  deps: UseCaseDeps,
  input: { iso3: string; year?: number | undefined; lang?: string | undefined },
): Promise<PlanningView> {
  return (await planningViewWithEscalation(deps, input)).view;
}

/** The planning view and the escalation read for it (a brief draws its timeline and provinces). */
export async function planningViewWithEscalation(
  deps: UseCaseDeps,
  input: { iso3: string; year?: number | undefined; lang?: string | undefined },
): Promise<{
  view: PlanningView;
  escalation: CountryEscalation;
  catalog: LocalizedCatalog<FrameworkCatalog>;
}> {
  const found = await planningContext(deps, input);
  const { assessment, asOf, escalation } = found;
  // Catalog texts (agenda, measures, pitfalls' sources) in the reader's language, and the UN
  // Framework's risk factors by their translated names.
  const catalog = await frameworkCatalog(deps, input.lang ?? 'en');
  const lang: BriefLanguage = catalog.language;
  const context: PlanContext = {
    ...found.context,
    // The country as readers of the view's language write it.
    country: await countryNameIn(deps.store, found.context.iso3, found.context.year, lang),
    drivers: found.context.drivers.map((d) => ({
      ...d,
      name: factorName(catalog, d.factorId, d.name),
    })),
  };
  const agenda = agendaFor(context, catalog, lang);
  const capacity = await countryCapacity(deps, context.iso3, catalog);
  const links = await deps.store.planning.links({});
  const recommendations = recommendMeasures(context, agenda, catalog, links, capacity, lang);
  const stored = await deps.store.planning.latest('plan', context.iso3);
  const text = measureText(catalog);
  const similarCases = await casesLike(deps, context, catalog);
  const view: PlanningView = {
    context,
    assessment,
    agenda,
    recommendations,
    capacity: {
      covered: capacity.covered,
      limited: capacity.limited,
      gaps: capacity.gaps,
      measures: capacity.rows.length,
    },
    plan: stored
      ? {
          ...stored,
          warnings: checkPlan(stored.body, context, text, lang),
        }
      : null,
    similarCases,
    catalogVersion: catalog.version,
    asOf,
  };
  return { view, escalation, catalog };
}

export const measureText =
  (catalog: { items: ReadonlyArray<{ id: string; text: string; group?: string | null }> }) =>
  (id: string): string => {
    const m = catalog.items.find((i) => i.id === id);
    if (m) return m.text;
    const inGroup = catalog.items.find((i) => i.id.startsWith(`${id}.`) && i.group);
    return inGroup?.group ?? id;
  };

/** A risk factor's name in the catalog's language: its UN Framework item, when translated. */
export function factorName(
  catalog: { readonly language: string; readonly items: readonly LocalizedItem[] },
  factorId: string,
  name: string,
): string {
  if (catalog.language === 'en') return name;
  const item = catalog.items.find((i) => i.id === factorId);
  return item?.name && item.translated ? item.name : labelIn(catalog.language, name);
}
