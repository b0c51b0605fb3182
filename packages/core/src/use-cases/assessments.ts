import { LensError, refuseIfAny } from '../domain/errors';
import { existsIn, type Country } from '../domain/country';
import {
  assess,
  type Assessment,
  type IndicatorSeries,
  type Judgement,
  type Override,
  type ProbabilityInput,
} from '../assessment/assess';
import { historyCheck, type HistoryCheck } from '../assessment/history-check';
import { isTier, type LensSpec, type Tier } from '../assessment/lens-spec';
import { LENS_SPEC } from '../assessment/lens-structural-1';
import { catalogVersion, parseCatalog, type FrameworkCatalog } from '../frameworks/catalog';
import type { Model } from '../domain/model';
import { predict } from '../forecasting/logistic';
import type { FeatureFrame } from '../forecasting/feature-frame';
import type { UseCaseDeps } from './context';
import { forgetStructuralContext, LENS_DATA_KEY } from './structural-cache';
import { loadFeatureFrame } from './models';
import { getCountry, requireIso3 } from './countries';
import type { LensData } from '../assessment/lens-data';

/** Stores a version of the frameworks catalog (idempotent by hash) and audits the load. */
export async function loadFrameworkCatalog(
  deps: UseCaseDeps,
  input: { text: string; file: string; actor: string },
): Promise<{ version: string; items: number; unverified: number; stored: boolean }> {
  const catalog = parseCatalog(input.text, input.file);
  const sha256 = deps.crypto.sha256Hex(input.text);
  const version = catalogVersion(catalog, sha256);
  return deps.store.transaction(async (store) => {
    const before = await store.assessments.latestCatalog();
    const saved = await store.assessments.saveCatalog({
      version,
      sha256,
      content: input.text,
      loadedAt: deps.clock.now().toISOString(),
      loadedBy: input.actor,
    });
    const stored = before?.sha256 !== saved.sha256 && saved.loadedBy === input.actor;
    if (stored)
      await store.audit.append({
        at: saved.loadedAt,
        actor: input.actor,
        action: 'frameworks.load',
        recordType: 'framework_catalog',
        recordId: String(saved.id),
        detail: { version, file: input.file, items: catalog.items.length },
      });
    return {
      version,
      items: catalog.items.length,
      unverified: catalog.items.filter((i) => !i.authoritative).length,
      stored,
    };
  });
}

/** The newest stored frameworks catalog. */
export async function frameworkCatalog(
  deps: UseCaseDeps,
): Promise<FrameworkCatalog & { version: string; loadedAt: string }> {
  const stored = await deps.store.assessments.latestCatalog();
  if (!stored)
    throw new LensError(
      'not_found',
      'No frameworks catalog is stored: load it with `lens frameworks load`',
    );
  return { ...parseCatalog(stored.content), version: stored.version, loadedAt: stored.loadedAt };
}

export type { LensData } from '../assessment/lens-data';

/** How long the assessment inputs are kept at most, even when nothing says they changed. */
const CACHE_MS = 10 * 60_000;

/**
 * The assessment inputs, read once and kept (through the adapters' cache) until data they depend
 * on commit or ten minutes pass: every assessment request and every live evaluation reads them.
 */
export function cachedLensData(deps: UseCaseDeps): Promise<LensData> {
  const cache = deps.cache;
  if (!cache) return loadLensData(deps);
  const now = deps.clock.now().getTime();
  const hit = cache.get(LENS_DATA_KEY) as { at: number; data: Promise<LensData> } | undefined;
  if (hit && now - hit.at <= CACHE_MS) return hit.data;
  const data = loadLensData(deps);
  cache.set(LENS_DATA_KEY, { at: now, data });
  data.catch(() => cache.delete(LENS_DATA_KEY));
  return data;
}

/**
 * Each indicator's values from the newest stored dataset of its kind that holds the variable
 * (a kind can have several files, e.g. two V-Dem extracts).
 */
export async function loadLensData(
  deps: UseCaseDeps,
  spec: LensSpec = LENS_SPEC,
): Promise<LensData> {
  const datasets = (await deps.store.datasets.list()).slice().reverse();
  const series = new Map<string, IndicatorSeries>();
  for (const f of spec.factors)
    for (const i of f.indicators) {
      let found: IndicatorSeries | undefined;
      for (const d of datasets) {
        if (d.kind !== i.kind) continue;
        const rows = await deps.store.datasets.variableValues(d.id, i.variable);
        if (rows.length === 0) continue;
        const values = new Map<string, Map<number, number>>();
        for (const r of rows) {
          if (r.value === null) continue;
          let m = values.get(r.iso3);
          if (!m) values.set(r.iso3, (m = new Map<number, number>()));
          m.set(r.year, r.value);
        }
        found = {
          spec: i,
          values,
          source: { datasetId: d.id, kind: d.kind, version: d.version, source: d.source },
        };
        break;
      }
      series.set(i.id, found ?? { spec: i, values: new Map(), source: null });
    }
  const model = (await deps.store.models.getDefault()) ?? null;
  let frame: FeatureFrame | null = null;
  // The feature table is read only when the model's risks may be used at all.
  if (model && modelTrainedThrough(model) !== null)
    try {
      frame = (await loadFeatureFrame(deps, model.featureSpec)).frame;
    } catch {
      frame = null;
    }
  return {
    spec,
    countries: await deps.store.countries.list(),
    series,
    judgements: await deps.store.assessments.judgements(),
    overrides: await deps.store.assessments.overrides(),
    model,
    frame,
  };
}

/**
 * The last data year whose two-year outcomes the model was trained on, when it is recorded: a
 * forecast from year T data is free of look-ahead only if the model saw outcomes up to T at most,
 * i.e. trained on data years up to T - 2.
 */
export const modelTrainedThrough = (m: Model): number | null =>
  typeof m.params.lastYear === 'number' ? m.params.lastYear : null;

/** The default model's two-year risks from year T data, when the model predates T. */
export function probabilitiesFor(data: LensData, year: number): Map<string, ProbabilityInput> {
  const out = new Map<string, ProbabilityInput>();
  const { model, frame } = data;
  if (!model || !frame) return out;
  const through = modelTrainedThrough(model);
  if (through === null || through > year - 2) return out;
  const rows = frame.rows.flatMap((r, i) => (r.year === year ? [i] : []));
  if (rows.length === 0) return out;
  const p = predict(model.artefact, frame, rows);
  rows.forEach((i, k) => {
    const risk = p.risk[k]!;
    if (!Number.isNaN(risk))
      out.set(frame.rows[i]!.iso3, { risk2y: risk, modelId: model.id, year });
  });
  return out;
}

/** The countries that existed in a year and are states (territories are not assessed). */
const assessable = (data: LensData, year: number): Country[] => {
  const seen = new Set<string>();
  return data.countries.filter((c) => {
    if (!c.independent || !existsIn(c, year) || seen.has(c.iso3)) return false;
    seen.add(c.iso3);
    return true;
  });
};

/**
 * Assessments for every year in [from, to] (each as of its year), for one country or all. Last
 * year's assessment of the same country feeds "what changed".
 */
export function assessRange(
  data: LensData,
  input: { from: number; to: number; iso3?: string },
): Assessment[] {
  const out: Assessment[] = [];
  const previous = new Map<string, Assessment>();
  const judgementsBy = group(data.judgements, (j) => j.iso3);
  const overridesBy = new Map<string, Override>();
  for (const o of data.overrides) overridesBy.set(`${o.iso3}:${o.year}`, o); // the latest wins
  for (let year = input.from - 1; year <= input.to; year++) {
    const probabilities = probabilitiesFor(data, year);
    for (const c of assessable(data, year)) {
      if (input.iso3 && c.iso3 !== input.iso3) continue;
      const a = assess({
        spec: data.spec,
        iso3: c.iso3,
        ccode: c.cowCode,
        country: c.names.en,
        region: c.region,
        year,
        series: data.series,
        judgements: judgementsBy.get(c.iso3) ?? [],
        probability: probabilities.get(c.iso3) ?? null,
        override: overridesBy.get(`${c.iso3}:${year}`) ?? null,
        previous: previous.get(c.iso3) ?? null,
      });
      previous.set(c.iso3, a);
      // The year before `from` is assessed only so that `from` can say what changed.
      if (year >= input.from && (a.score !== null || a.tier !== null)) out.push(a);
    }
  }
  return out;
}

function group<T>(xs: readonly T[], key: (x: T) => string): Map<string, T[]> {
  const m = new Map<string, T[]>();
  for (const x of xs) {
    const k = key(x);
    const g = m.get(k);
    if (g) g.push(x);
    else m.set(k, [x]);
  }
  return m;
}

/** The first year assessments cover (V-Dem lite and UCDP's country-year data start by then). */
export const FIRST_ASSESSMENT_YEAR = 1990;

/** One year's assessments of every country (the rankings), or one country's. */
export async function assessYear(
  deps: UseCaseDeps,
  input: { year: number; iso3?: string },
): Promise<Assessment[]> {
  const iso3 = input.iso3 === undefined ? undefined : requireIso3(input.iso3);
  const data = await cachedLensData(deps);
  return assessRange(data, { from: input.year, to: input.year, ...(iso3 ? { iso3 } : {}) });
}

/** The latest year up to this one with an assessment (of one country, or of any). */
export function latestAssessedYear(
  data: LensData,
  thisYear: number,
  iso3?: string,
): number | undefined {
  for (let year = thisYear; year > thisYear - 10; year--)
    if (assessRange(data, { from: year, to: year, ...(iso3 ? { iso3 } : {}) }).length > 0)
      return year;
  return undefined;
}

/** Every country as of a year; without one, the latest year with data (the answer says which). */
export async function assessmentsOf(
  deps: UseCaseDeps,
  input: { year?: number | undefined },
): Promise<{ year: number; assessments: Assessment[] }> {
  const data = await cachedLensData(deps);
  const year =
    input.year ??
    latestAssessedYear(data, deps.clock.now().getUTCFullYear()) ??
    FIRST_ASSESSMENT_YEAR;
  return { year, assessments: assessRange(data, { from: year, to: year }) };
}

/** One country as of a year (default: its latest year with data), or `not_found` saying why. */
export async function countryAssessment(
  deps: UseCaseDeps,
  input: { iso3: string; year?: number | undefined },
): Promise<Assessment> {
  const iso3 = (await getCountry(deps.store, input.iso3))[0]!.iso3;
  const data = await cachedLensData(deps);
  const year = input.year ?? latestAssessedYear(data, deps.clock.now().getUTCFullYear(), iso3);
  const [a] = year === undefined ? [] : assessRange(data, { from: year, to: year, iso3 });
  if (!a)
    throw new LensError(
      'not_found',
      `No assessment of ${iso3}${year === undefined ? '' : ` for ${year}`}: it did not exist then or has too little data`,
    );
  return a;
}

/** A country's assessments over the years: the moving picture. */
export async function assessmentTimeline(
  deps: UseCaseDeps,
  input: { iso3: string; from?: number; to: number },
): Promise<Assessment[]> {
  const iso3 = requireIso3(input.iso3);
  const data = await cachedLensData(deps);
  return assessRange(data, { from: input.from ?? FIRST_ASSESSMENT_YEAR, to: input.to, iso3 });
}

/** An analyst's override of a computed tier: both are kept, and the change is audited. */
export async function overrideTier(
  deps: UseCaseDeps,
  input: { iso3: string; year: number; tier: string; justification: string; actor: string },
): Promise<Override> {
  const iso3 = requireIso3(input.iso3);
  if (!isTier(input.tier))
    throw new LensError(
      'invalid',
      `tier must be negligible, low, moderate, high or extreme, found "${input.tier}"`,
      { tier: 'unknown tier' },
    );
  const justification = input.justification.trim();
  if (justification.length < 10)
    throw new LensError('invalid', 'an override needs a justification of at least 10 characters', {
      justification: 'too short',
    });
  const [current] = await assessYear(deps, { year: input.year, iso3 });
  if (!current)
    throw new LensError('not_found', `No assessment of ${iso3} for ${input.year}: too little data`);
  const at = deps.clock.now().toISOString();
  const saved = await deps.store.transaction(async (store) => {
    const o = await store.assessments.addOverride({
      iso3,
      year: input.year,
      computedTier: current.computedTier,
      tier: input.tier as Tier,
      justification,
      actor: input.actor,
      at,
    });
    await store.audit.append({
      at,
      actor: input.actor,
      action: 'assessment.override',
      recordType: 'assessment',
      recordId: `${iso3}:${input.year}`,
      detail: { computed: current.computedTier, tier: input.tier, justification },
    });
    return o;
  });
  forgetStructuralContext(deps);
  return saved;
}

const CONFIDENCE = ['low', 'medium', 'high'] as const;

/** An analyst's dated judgement of one risk factor where data are missing or say too little. */
export async function addJudgement(
  deps: UseCaseDeps,
  input: {
    iso3: string;
    factorId: string;
    score: number;
    evidence: string;
    confidence: string;
    asOf: string;
    actor: string;
  },
): Promise<Judgement> {
  const iso3 = requireIso3(input.iso3);
  const errors: Record<string, string> = {};
  if (!LENS_SPEC.factors.some((f) => f.id === input.factorId))
    errors.factorId = `unknown risk factor (one of ${LENS_SPEC.factors.map((f) => f.id).join(', ')})`;
  if (!(Number.isFinite(input.score) && input.score >= 0 && input.score <= 100))
    errors.score = 'must be a number from 0 to 100';
  if (input.evidence.trim().length < 10) errors.evidence = 'at least 10 characters of evidence';
  if (!(CONFIDENCE as readonly string[]).includes(input.confidence))
    errors.confidence = 'must be low, medium or high';
  if (!/^\d{4}-\d{2}-\d{2}$/.test(input.asOf) || Number.isNaN(Date.parse(input.asOf)))
    errors.asOf = 'must be a date, YYYY-MM-DD';
  refuseIfAny('judgement', errors);
  const at = deps.clock.now().toISOString();
  const saved = await deps.store.transaction(async (store) => {
    const j = await store.assessments.addJudgement({
      iso3,
      factorId: input.factorId,
      score: input.score,
      evidence: input.evidence.trim(),
      confidence: input.confidence as Judgement['confidence'],
      asOf: input.asOf,
      actor: input.actor,
      at,
    });
    await store.audit.append({
      at,
      actor: input.actor,
      action: 'assessment.judgement',
      recordType: 'judgement',
      recordId: String(j.id),
      detail: {
        iso3,
        factorId: j.factorId,
        score: j.score,
        confidence: j.confidence,
        asOf: j.asOf,
      },
    });
    return j;
  });
  // Judgements move tiers: live escalation reads them afresh (ADR 17).
  forgetStructuralContext(deps);
  return saved;
}

/**
 * The tiers scored against what happened, from the newest stored EWP outcomes (mass-killing
 * onsets by country-year).
 */
export async function runHistoryCheck(
  deps: UseCaseDeps,
  input: { from?: number; to?: number },
): Promise<HistoryCheck & { outcomes: string }> {
  const outcomes = await deps.store.datasets.latest('ewp-outcomes');
  if (!outcomes)
    throw new LensError(
      'not_found',
      'The history check needs mass-killing onsets: import the EWP outcomes (`lens import ewp-outcomes FILE`)',
    );
  const onsets = new Map<string, Set<number>>();
  let through = 0;
  for (const r of await deps.store.datasets.variableValues(outcomes.id, 'mk_onset')) {
    if (r.value === null) continue;
    through = Math.max(through, r.year);
    if (r.value >= 1) {
      let s = onsets.get(r.iso3);
      if (!s) onsets.set(r.iso3, (s = new Set()));
      s.add(r.year);
    }
  }
  const data = await cachedLensData(deps);
  const from = input.from ?? FIRST_ASSESSMENT_YEAR;
  const to = input.to ?? through - 1;
  const assessed = assessRange(data, { from, to });
  return {
    ...historyCheck(assessed, onsets, through),
    outcomes: `${outcomes.source} ${outcomes.version} (dataset ${outcomes.id})`,
  };
}
