import type { Assessment } from '../assessment/assess';
import { agendaFor, type Agenda } from '../planning/agenda';
import type { PlanContext } from '../planning/context';
import { checkPlan, type PlanWarning } from '../planning/pitfalls';
import type { LocalizedCatalog, LocalizedItem } from '../frameworks/translations';
import type { FrameworkCatalog } from '../frameworks/catalog';
import { labelIn } from '../assessment/indicator-labels';
import type { BriefLanguage } from '../briefs/brief-text';
import type { PlanBody, Versioned } from '../planning/plan';
import { recommendMeasures, type Recommendation } from '../planning/recommend';
import { countryCapacity } from './actors';
import { measureText, planningContext } from './planning-context';
import { casesLike, type SimilarCase } from './case-library';
import { settingOf } from '../planning/similar-cases';
import { experienceIn, whatWorked, type Tally } from '../planning/what-worked';
import { reviewedPlans } from './what-worked';
import { frameworkCatalog } from './assessments';
import type { UseCaseDeps } from './context';
import { countryNameIn } from './countries';
import type { CountryEscalation } from './escalation-stage';

export { measureText, planningContext } from './planning-context';

export interface PlanningView {
  readonly context: PlanContext;
  readonly assessment: Assessment;
  readonly agenda: Agenda;
  readonly recommendations: readonly Recommendation[];
  readonly capacity: { covered: number; limited: number; gaps: number; measures: number };
  readonly plan: (Versioned<PlanBody> & { warnings: PlanWarning[] }) | null;
  /** Past cases most like this context, with their lessons (the case library). */
  readonly similarCases: readonly SimilarCase[];
  /** How the recommended measures' reviews came out in this instance's plans, in contexts like this. */
  readonly experience: ReadonlyArray<{ readonly measureId: string; readonly tally: Tally }>;
  readonly catalogVersion: string;
  /** The day escalation and the network are read as of. */
  readonly asOf: string;
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
  input: {
    iso3: string;
    year?: number | undefined;
    lang?: string | undefined;
    /** As of a day (a desktop exercise): nothing after it is read. */
    asOf?: string | undefined;
  },
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
  const stored = input.asOf ? undefined : await deps.store.planning.latest('plan', context.iso3);
  const text = measureText(catalog);
  // As of a past day (an exercise), only cases that had ended by then, and none of today's plans.
  const exercise = input.asOf !== undefined;
  const similarCases = await casesLike(deps, context, catalog, input.asOf);
  const worked = exercise ? [] : whatWorked(await reviewedPlans(deps, true));
  const experience = recommendations.flatMap((r) => {
    const tally = experienceIn(worked, r.id, context.stage, settingOf(context));
    return tally ? [{ measureId: r.id, tally }] : [];
  });
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
    experience,
    catalogVersion: catalog.version,
    asOf,
  };
  return { view, escalation, catalog };
}

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
