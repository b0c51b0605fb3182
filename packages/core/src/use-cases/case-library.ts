import type { CatalogCase } from '../frameworks/catalog';
import type { LocalizedCatalog } from '../frameworks/translations';
import type { FrameworkCatalog } from '../frameworks/catalog';
import type { PlanContext } from '../planning/context';
import { similarCases, type MatchOn } from '../planning/similar-cases';
import type { UseCaseDeps } from './context';
import { countryNameIn } from './countries';
import { frameworkCatalog } from './frameworks';

/** V-Dem's Regimes of the World variable: 0 closed autocracy ... 3 liberal democracy. */
export const REGIME_VARIABLE = 'v2x_regime';

/** A case as readers see it: names and texts in their language, measures by their text. */
export interface CaseView {
  readonly id: string;
  readonly iso3: string;
  readonly country: string;
  readonly from: number;
  readonly to: number;
  readonly stage: CatalogCase['stage'];
  readonly setting: CatalogCase['setting'];
  readonly result: CatalogCase['result'];
  readonly perpetrators: readonly string[];
  readonly acted: readonly string[];
  readonly measures: ReadonlyArray<{ readonly id: string; readonly text: string }>;
  readonly summary: string;
  readonly outcome: string;
  readonly lesson: string;
  /** Author (year), title, section. */
  readonly source: string | null;
  readonly verification: string | null;
  readonly confidence: string | null;
  readonly authoritative: boolean;
  /** Regimes of the World at the case's start, from the stored V-Dem data; null when not held. */
  readonly regime: number | null;
}

export interface SimilarCase extends CaseView {
  readonly score: number;
  readonly matched: readonly MatchOn[];
}

/** Regimes of the World by country and year, from the newest stored V-Dem dataset holding it. */
export async function regimeLookup(
  deps: UseCaseDeps,
): Promise<{ of: (iso3: string, year: number) => number | null; dataset: string | null }> {
  const values = new Map<string, number>();
  let dataset: string | null = null;
  for (const d of (await deps.store.datasets.list()).slice().reverse()) {
    if (d.kind !== 'vdem') continue;
    const rows = await deps.store.datasets.variableValues(d.id, REGIME_VARIABLE);
    if (rows.length === 0) continue;
    for (const r of rows) if (r.value !== null) values.set(`${r.iso3}:${r.year}`, r.value);
    dataset = `${d.source} ${d.version}`;
    break;
  }
  return { of: (iso3, year) => values.get(`${iso3}:${year}`) ?? null, dataset };
}

async function caseView(
  deps: UseCaseDeps,
  k: CatalogCase,
  catalog: LocalizedCatalog<FrameworkCatalog>,
  regime: number | null,
): Promise<CaseView> {
  const text = new Map(catalog.items.map((i) => [i.id, i.text]));
  return {
    id: k.id,
    iso3: k.iso3,
    country: await countryNameIn(deps.store, k.iso3, k.from, catalog.language).catch(() => k.iso3),
    from: k.from,
    to: k.to,
    stage: k.stage,
    setting: k.setting,
    result: k.result,
    perpetrators: k.perpetrators,
    acted: k.acted,
    measures: k.measures.map((id) => ({ id, text: text.get(id) ?? id })),
    summary: k.summary,
    outcome: k.outcome,
    lesson: k.lesson,
    source: k.source?.citation ?? null,
    verification: k.verification,
    confidence: k.confidence,
    authoritative: k.authoritative,
    regime,
  };
}

/** The whole case library in a language, newest first. */
export async function caseLibrary(
  deps: UseCaseDeps,
  input: { lang?: string | undefined },
): Promise<{ cases: CaseView[]; catalogVersion: string; regimes: string | null }> {
  const catalog = await frameworkCatalog(deps, input.lang ?? 'en');
  const regimes = await regimeLookup(deps);
  const cases = [...catalog.cases].sort((a, b) => b.from - a.from || a.id.localeCompare(b.id));
  return {
    cases: await Promise.all(
      cases.map((k) => caseView(deps, k, catalog, regimes.of(k.iso3, k.from))),
    ),
    catalogVersion: catalog.version,
    regimes: regimes.dataset,
  };
}

/** The cases most like a planning context, with what matched (the planning view shows them). */
export async function casesLike(
  deps: UseCaseDeps,
  context: PlanContext,
  catalog: LocalizedCatalog<FrameworkCatalog>,
  /** As of a past day: only cases that had ended before its year. */
  asOf?: string,
): Promise<SimilarCase[]> {
  const regimes = await regimeLookup(deps);
  const before = asOf ? Number(asOf.slice(0, 4)) : Infinity;
  const matches = similarCases(
    context,
    catalog.cases.filter((k) => k.to < before),
    regimes.of,
  );
  return Promise.all(
    matches.map(async (m) => ({
      ...(await caseView(deps, m.case, catalog, m.regime)),
      score: m.score,
      matched: m.matched,
    })),
  );
}
