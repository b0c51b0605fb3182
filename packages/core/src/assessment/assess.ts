import type { FactorSpec, IndicatorSpec, LensSpec, Tier } from './lens-spec';
import { TIERS } from './lens-spec';

/**
 * The structural assessment of one country in one year, "as of" that year: every indicator value
 * comes from that year or, within the indicator's `maxAge`, an earlier one, never a later one;
 * judgements count only from their own date on; the forecast is used only when its model was
 * trained on outcomes known by then. Pure: the use case loads the inputs.
 */

/** Where an indicator's values come from: the stored dataset version that holds them. */
export interface SeriesSource {
  readonly datasetId: number;
  readonly kind: string;
  readonly version: string;
  readonly source: string;
}

export interface IndicatorSeries {
  readonly spec: IndicatorSpec;
  /** iso3 -> year -> raw value. */
  readonly values: ReadonlyMap<string, ReadonlyMap<number, number>>;
  readonly source: SeriesSource | null;
}

export interface Judgement {
  readonly id: number;
  readonly iso3: string;
  readonly factorId: string;
  /** 0 (no sign of the risk) ... 100. */
  readonly score: number;
  readonly evidence: string;
  readonly confidence: 'low' | 'medium' | 'high';
  /** The date the judgement speaks for (YYYY-MM-DD); it counts for assessments of that year on. */
  readonly asOf: string;
  readonly actor: string;
  readonly at: string;
}

export interface Override {
  readonly id: number;
  readonly iso3: string;
  readonly year: number;
  readonly computedTier: Tier | null;
  readonly tier: Tier;
  readonly justification: string;
  readonly actor: string;
  readonly at: string;
}

export interface ProbabilityInput {
  readonly risk2y: number;
  readonly modelId: string;
  /** The data year of the forecast (it covers onsets in year + 1 and year + 2). */
  readonly year: number;
  /**
   * 90% interval of the onset rate that followed forecasts like this one out of sample (the
   * model's back-test, band by band); null when the model carries none.
   */
  readonly interval?: readonly [number, number] | null;
  /**
   * Set when the risk is the model's back-test forecast for a past year: its recipe fitted only on
   * years up to `trainedThrough`, so it used only what was known in `year`.
   */
  readonly backtest?: { readonly trainedThrough: number };
}

export interface IndicatorReading {
  readonly id: string;
  readonly label: string;
  readonly raw: number | null;
  /** The year the value is from (at most `maxAge` years before the assessment year). */
  readonly valueYear: number | null;
  readonly score: number | null;
  readonly source: SeriesSource | null;
}

export interface FactorScore {
  readonly id: string;
  readonly name: string;
  /** The factor's score; null when it has too little data to say (see `sufficient`). */
  readonly score: number | null;
  /** Share of the factor's indicators with a value. */
  readonly coverage: number;
  /**
   * Enough data to score it: a judgement, or at least MIN_FACTOR_COVERAGE of its indicators.
   * Without, the factor reads "insufficient data" with its range, never a low score.
   */
  readonly sufficient: boolean;
  /** The mean of what is known (its readings and judgement), sufficient or not. */
  readonly partialScore: number | null;
  /** The score it could have if each missing indicator took any value from 0 to 100. */
  readonly range: readonly [number, number];
  readonly indicators: readonly IndicatorReading[];
  readonly judgement: Judgement | null;
  readonly basis: 'data' | 'judgement' | 'data and judgement' | 'none';
}

/**
 * Why a factor's score changed, as facts a reader's language can word: an analyst's new
 * judgement, an indicator (its English label) that lost or gained its value, the indicator that
 * moved the most, or only the coverage.
 */
export type ChangeReason =
  | { readonly kind: 'judgement'; readonly asOf: string; readonly score: number }
  | { readonly kind: 'lost'; readonly indicator: string }
  | { readonly kind: 'gained'; readonly indicator: string; readonly year: number | null }
  | {
      readonly kind: 'moved';
      readonly indicator: string;
      readonly from: number;
      readonly to: number;
    }
  | { readonly kind: 'coverage' };

export interface Change {
  readonly factorId: string;
  readonly from: number | null;
  readonly to: number | null;
  /** Why, in English (`because` worded). */
  readonly why: string;
  readonly because: ChangeReason;
}

export interface Assessment {
  readonly iso3: string;
  /** Correlates of War code, where the country has one. */
  readonly ccode: number | null;
  readonly country: string;
  readonly region: string;
  readonly year: number;
  readonly spec: string;
  readonly factors: readonly FactorScore[];
  /**
   * Weighted mean of the sufficient factors' scores (0-100); a factor with too little data is
   * added only where its known readings raise the mean: missing data never lowers the score.
   */
  readonly score: number | null;
  /** The range the score could take were every missing indicator known (0-100 each). */
  readonly scoreRange: readonly [number, number];
  /** Share of the data indicators with a value. */
  readonly coverage: number;
  readonly structuralTier: Tier | null;
  readonly probability: ProbabilityInput | null;
  readonly probabilityTier: Tier | null;
  /** The rule's result (see `tierRule`); null when coverage is too low and there is no forecast. */
  readonly computedTier: Tier | null;
  /** The computed tier, or an analyst's override of it. */
  readonly tier: Tier | null;
  readonly override: Override | null;
  readonly drivers: ReadonlyArray<{
    factorId: string;
    name: string;
    score: number;
    indicator: string | null;
  }>;
  readonly previousTier: Tier | null;
  readonly changes: readonly Change[];
}

/** Below this share of indicators with data the structure alone does not give a tier. */
export const MIN_COVERAGE = 0.5;
/** Below this share of its indicators with data (and no judgement) a factor is not scored. */
export const MIN_FACTOR_COVERAGE = 2 / 3;
/** A factor's change of at least this many points is reported as a change since last year. */
export const CHANGE_POINTS = 5;

const clamp = (v: number) => Math.min(100, Math.max(0, v));

export function indicatorScore(spec: IndicatorSpec, raw: number): number {
  const v = spec.transform === 'log10p1' ? Math.log10(1 + Math.max(0, raw)) : raw;
  return clamp((100 * (v - spec.safe)) / (spec.risky - spec.safe));
}

/** An indicator's value for a country as of a year (within its `maxAge`), scored. */
export function reading(series: IndicatorSeries, iso3: string, year: number): IndicatorReading {
  const byYear = series.values.get(iso3);
  const maxAge = series.spec.maxAge ?? 1;
  for (let y = year; y >= year - maxAge; y--) {
    const raw = byYear?.get(y);
    if (raw !== undefined)
      return {
        id: series.spec.id,
        label: series.spec.label,
        raw,
        valueYear: y,
        score: indicatorScore(series.spec, raw),
        source: series.source,
      };
  }
  return {
    id: series.spec.id,
    label: series.spec.label,
    raw: null,
    valueYear: null,
    score: null,
    source: series.source,
  };
}

export function tierOf(value: number, thresholds: readonly number[]): number {
  let t = 0;
  for (const th of thresholds) if (value >= th) t++;
  return t;
}

/**
 * The documented rule that combines the factor profile with the forecast: each gives a tier by
 * its thresholds; with both, the combined tier is their mean rounded up (so either can raise the
 * rating by half the gap, and a country both measures call high is high); with only one, that one.
 */
export function tierRule(structural: number | null, probability: number | null): number | null {
  if (structural === null) return probability;
  if (probability === null) return structural;
  return Math.ceil((structural + probability) / 2);
}

function factorScore(
  factor: FactorSpec,
  series: ReadonlyMap<string, IndicatorSeries>,
  iso3: string,
  year: number,
  judgement: Judgement | null,
): FactorScore {
  const indicators = factor.indicators.map((i) => {
    const s = series.get(i.id);
    return s
      ? reading(s, iso3, year)
      : { id: i.id, label: i.label, raw: null, valueYear: null, score: null, source: null };
  });
  const scores = indicators.flatMap((r) => (r.score === null ? [] : [r.score]));
  const withJudgement = judgement ? [...scores, judgement.score] : scores;
  const sum = withJudgement.reduce((a, b) => a + b, 0);
  const partialScore = withJudgement.length > 0 ? sum / withJudgement.length : null;
  const coverage = factor.indicators.length > 0 ? scores.length / factor.indicators.length : 0;
  const sufficient = judgement !== null || (scores.length > 0 && coverage >= MIN_FACTOR_COVERAGE);
  const missing = factor.indicators.length - scores.length;
  const n = withJudgement.length + missing;
  return {
    id: factor.id,
    name: factor.name,
    score: sufficient ? partialScore : null,
    sufficient,
    partialScore,
    range: n > 0 ? [sum / n, (sum + 100 * missing) / n] : [0, 100],
    coverage,
    indicators,
    judgement,
    basis:
      scores.length > 0 && judgement
        ? 'data and judgement'
        : scores.length > 0
          ? 'data'
          : judgement
            ? 'judgement'
            : 'none',
  };
}

export interface AssessInput {
  readonly spec: LensSpec;
  readonly iso3: string;
  readonly ccode?: number | null;
  readonly country: string;
  readonly region: string;
  readonly year: number;
  readonly series: ReadonlyMap<string, IndicatorSeries>;
  /** This country's judgements, any date (only those dated in or before the year count). */
  readonly judgements: readonly Judgement[];
  readonly probability: ProbabilityInput | null;
  /** The latest override for this country and year, if any. */
  readonly override: Override | null;
  /** Last year's assessment, for what changed. */
  readonly previous: Assessment | null;
}

export function assess(input: AssessInput): Assessment {
  const { spec, iso3, year } = input;
  const latestJudgement = (factorId: string): Judgement | null => {
    let best: Judgement | null = null;
    for (const j of input.judgements)
      if (
        j.factorId === factorId &&
        Number(j.asOf.slice(0, 4)) <= year &&
        (!best || j.asOf > best.asOf || (j.asOf === best.asOf && j.at > best.at))
      )
        best = j;
    return best;
  };
  const factors = spec.factors.map((f) =>
    factorScore(f, input.series, iso3, year, latestJudgement(f.id)),
  );
  let total = 0;
  let weights = 0;
  let present = 0;
  let possible = 0;
  let [lo, hi, all] = [0, 0, 0];
  spec.factors.forEach((f, k) => {
    const s = factors[k]!;
    possible += f.indicators.length;
    present += s.indicators.filter((r) => r.score !== null).length;
    lo += f.weight * s.range[0];
    hi += f.weight * s.range[1];
    all += f.weight;
    if (s.score !== null) {
      total += f.weight * s.score;
      weights += f.weight;
    }
  });
  // A factor with too little data counts only where what is known of it raises the score.
  const partial = spec.factors
    .map((f, k) => ({ w: f.weight, s: factors[k]! }))
    .filter(({ s }) => !s.sufficient && s.partialScore !== null)
    .sort((a, b) => b.s.partialScore! - a.s.partialScore!);
  for (const { w, s } of partial)
    if (weights === 0 || s.partialScore! > total / weights) {
      total += w * s.partialScore!;
      weights += w;
    }
  const coverage = possible > 0 ? present / possible : 0;
  const score = weights > 0 && coverage >= MIN_COVERAGE ? total / weights : null;
  const structural = score === null ? null : tierOf(score, spec.scoreTiers);
  const probability = input.probability;
  const probabilityTier =
    probability === null ? null : tierOf(probability.risk2y, spec.probabilityTiers);
  const computed = tierRule(structural, probabilityTier);
  const computedTier = computed === null ? null : TIERS[computed]!;
  const drivers = factors
    .flatMap((f) => (f.score === null ? [] : [f]))
    .sort((a, b) => b.score! - a.score!)
    .slice(0, 3)
    .map((f) => {
      const worst = f.indicators
        .filter((r) => r.score !== null)
        .sort((a, b) => b.score! - a.score!)[0];
      return { factorId: f.id, name: f.name, score: f.score!, indicator: worst?.label ?? null };
    });
  const previous = input.previous;
  const changes: Change[] = [];
  if (previous)
    for (const f of factors) {
      const before = previous.factors.find((p) => p.id === f.id);
      if (!before) continue;
      const from = before.score;
      const to = f.score;
      if (from === null && to === null) continue;
      if (from !== null && to !== null && Math.abs(to - from) < CHANGE_POINTS) continue;
      const because = explain(f, before);
      changes.push({ factorId: f.id, from, to, why: changeWhy(because), because });
    }
  return {
    iso3,
    ccode: input.ccode ?? null,
    country: input.country,
    region: input.region,
    year,
    spec: spec.version,
    factors,
    score,
    scoreRange: all > 0 ? [lo / all, hi / all] : [0, 100],
    coverage,
    structuralTier: structural === null ? null : TIERS[structural]!,
    probability,
    probabilityTier: probabilityTier === null ? null : TIERS[probabilityTier]!,
    computedTier,
    tier: input.override?.tier ?? computedTier,
    override: input.override,
    drivers,
    previousTier: previous?.tier ?? null,
    changes,
  };
}

const fmt = (v: number) => (Math.abs(v) >= 100 ? v.toFixed(0) : v.toPrecision(3));

/** A change's reason in English (the API's `why`). */
export function changeWhy(r: ChangeReason): string {
  switch (r.kind) {
    case 'judgement':
      return `analyst judgement of ${r.asOf} (${r.score})`;
    case 'lost':
      return `${r.indicator}: no data`;
    case 'gained':
      return `${r.indicator}: data from ${r.year}`;
    case 'moved':
      return `${r.indicator} ${fmt(r.from)} -> ${fmt(r.to)}`;
    case 'coverage':
      return 'coverage changed';
  }
}

function explain(now: FactorScore, before: FactorScore): ChangeReason {
  if (now.judgement?.id !== before.judgement?.id && now.judgement)
    return { kind: 'judgement', asOf: now.judgement.asOf, score: now.judgement.score };
  // An indicator that gained or lost its value explains the change before one that moved; one
  // whose score did not move explains nothing (never "0.0810 -> 0.0810").
  let gainedOrLost: ChangeReason | undefined;
  let best: { d: number; reason: ChangeReason } | undefined;
  for (const r of now.indicators) {
    const b = before.indicators.find((x) => x.id === r.id);
    if (!b) continue;
    if (r.score === null || b.score === null) {
      if (r.score !== b.score)
        gainedOrLost ??=
          r.score === null
            ? { kind: 'lost', indicator: r.label }
            : { kind: 'gained', indicator: r.label, year: r.valueYear };
      continue;
    }
    const d = Math.abs(r.score - b.score);
    if (d > 0 && (!best || d > best.d))
      best = { d, reason: { kind: 'moved', indicator: r.label, from: b.raw!, to: r.raw! } };
  }
  return gainedOrLost ?? best?.reason ?? { kind: 'coverage' };
}
