import { LENS_SPEC } from '../assessment/lens-structural-1';
import type { BriefData, RedFlag } from '../briefs/brief-data';
import { BRIEF_LANGUAGES, LEXICONS, type BriefLanguage, type Lexicon } from '../briefs/brief-text';
import { LensError } from '../domain/errors';
import { contextPitfalls } from '../planning/pitfalls';
import type { UseCaseDeps } from './context';
import { datasetLabel, importedEvents } from './events';
import { factorName, planningViewWithEscalation } from './planning';
import { countryWps } from './wps';
import { countryTriggers } from './triggers';
import { ruleNameIn } from '../escalation/rule-names';

const MONTHS_OF_FLAGS = 12;

const daysBefore = (day: string, days: number): string =>
  new Date(Date.parse(`${day}T00:00:00Z`) - days * 86_400_000).toISOString().slice(0, 10);

/** Gathers a brief of a country in a year, in a language and lexicon. */
export async function briefData(
  deps: UseCaseDeps,
  input: {
    iso3: string;
    year?: number | undefined;
    lang?: string;
    lexicon?: string;
    /** As of a day (a desktop exercise): nothing after it is read. */
    asOf?: string | undefined;
  },
): Promise<BriefData> {
  const lang = (input.lang ?? 'en') as BriefLanguage;
  const lexicon = (input.lexicon ?? 'atrocity') as Lexicon;
  if (!BRIEF_LANGUAGES.includes(lang))
    throw new LensError('invalid', `lang must be one of ${BRIEF_LANGUAGES.join(', ')}`, {
      lang: BRIEF_LANGUAGES.join('|'),
    });
  if (!LEXICONS.includes(lexicon))
    throw new LensError('invalid', `lexicon must be one of ${LEXICONS.join(', ')}`, {
      lexicon: LEXICONS.join('|'),
    });
  const {
    view,
    escalation: esc,
    catalog,
  } = await planningViewWithEscalation(deps, {
    iso3: input.iso3,
    year: input.year,
    lang,
    asOf: input.asOf,
  });
  const { context: ctx, assessment: a, asOf } = view;
  const since = daysBefore(asOf, 730);
  const flagsSince = daysBefore(asOf, MONTHS_OF_FLAGS * 30.5);
  const alerts = await deps.store.escalation.list({ iso3: ctx.iso3, kind: 'alert', limit: 5000 });
  const redFlags: RedFlag[] = alerts
    // Only what was known at the as-of day: red flags raised by then, from events up to then.
    .filter(
      (x) =>
        x.raisedAt.slice(0, 10) <= asOf &&
        x.firstEventDate <= asOf &&
        x.lastEventDate >= flagsSince,
    )
    .sort((x, y) => y.firstEventDate.localeCompare(x.firstEventDate))
    .slice(0, 6)
    .map((x) => ({
      date: x.firstEventDate,
      rule: ruleNameIn(lang, x.ruleId, x.ruleName),
      place: x.admin1Name,
      stage: x.stage,
      severity: x.severity,
      events: x.eventCount,
    }));
  const sources = new Set<string>();
  for (const f of a.factors)
    for (const i of f.indicators)
      if (i.source && i.raw !== null) sources.add(datasetLabel(i.source));
  if (a.probability)
    sources.add(`Forecast model ${a.probability.modelId} (data year ${a.probability.year})`);
  // The event datasets escalation and the network read in the window.
  for (const e of await importedEvents(deps, {
    iso3: ctx.iso3,
    from: since,
    to: asOf,
    limit: 1_000_000,
  }))
    if (e.dataset) sources.add(datasetLabel(e.dataset));
  const wps = await countryWps(deps, { iso3: ctx.iso3, year: ctx.year });
  const triggers = await countryTriggers(deps, { iso3: ctx.iso3, asOf });
  for (const s of wps.sources) sources.add(s);
  sources.add(`Structural lens ${a.spec}`);
  sources.add(`Frameworks catalog ${view.catalogVersion}`);
  const rulesets = new Set(alerts.map((x) => x.rulesetVersion));
  if (rulesets.size > 0) sources.add(`Escalation rules ${[...rulesets].join(', ')}`);
  const measures = view.recommendations.filter((r) => r.kind === 'measure').slice(0, 6);
  const groups = view.recommendations.filter((r) => r.kind === 'group').slice(0, 3);
  // Risk -> measure links, cited once per document (analysts' links by their author).
  const links = new Map<string, Set<string>>();
  for (const r of [...measures, ...groups])
    for (const x of r.reasons) {
      const doc =
        x.status === 'proposed'
          ? "Frameworks catalog, cataloguer's proposals (unsourced)"
          : (x.document ?? x.source ?? x.linkId);
      links.set(doc, (links.get(doc) ?? new Set()).add(x.linkId));
    }
  // By document, not by the catalog's link ids (a reader reads names, not codes).
  for (const [doc, ids] of links)
    sources.add(`${doc} (${ids.size} risk -> measure link${ids.size === 1 ? '' : 's'})`);
  return {
    iso3: ctx.iso3,
    country: ctx.country,
    year: ctx.year,
    asOf,
    lang,
    lexicon,
    context: ctx,
    score: a.score,
    coverage: a.coverage,
    overridden: a.override !== null,
    probabilityTiers: LENS_SPEC.probabilityTiers,
    factors: a.factors
      .filter((f) => f.score !== null)
      .map((f) => ({ id: f.id, name: factorName(catalog, f.id, f.name), score: f.score ?? 0 }))
      .sort((x, y) => y.score - x.score),
    insufficient: a.factors
      // Those with some data but too little; factors with none await a judgement (the page says so).
      .filter((f) => !f.sufficient && f.partialScore !== null)
      .map((f) => ({ name: factorName(catalog, f.id, f.name), range: f.range })),
    timeline: esc.timeline.filter((p) => p.date <= asOf),
    places: esc.places,
    shapes: deps.gazetteer?.shapes?.(ctx.iso3) ?? [],
    redFlags,
    agenda: view.agenda,
    recommendations: [...measures, ...groups],
    pitfalls: view.plan ? view.plan.warnings : contextPitfalls(ctx, lang),
    planVersion: view.plan?.version ?? null,
    wps,
    triggers,
    sources: [...sources],
  };
}
