/**
 * What prevention planning knows of a country when it plans: its structural assessment (tier,
 * probability, drivers), its escalation stage, whether armed conflict is under way or just ended,
 * and who is killing civilians (from the actor network). Pure: the use case gathers the inputs.
 */
import type { Assessment } from '../assessment/assess';
import type { Tier } from '../assessment/lens-spec';
import type { Stage } from '../escalation/indicators';

export interface Perpetrator {
  readonly key: string;
  readonly name: string;
  readonly type: string;
  /** Civilian deaths in attacks it made in the window. */
  readonly civilianDeaths: number;
}

export interface PlanContext {
  readonly iso3: string;
  readonly country: string;
  readonly year: number;
  readonly tier: Tier | null;
  /** Probability of a new mass-killing onset within two years, with the model that gave it. */
  readonly probability: {
    readonly risk2y: number;
    readonly modelId: string;
    readonly interval?: readonly [number, number] | null;
  } | null;
  readonly stage: Stage;
  /** Battle deaths in state-based armed conflict in the year (UCDP), null when unknown. */
  readonly battleDeaths: number | null;
  readonly armedConflict: boolean;
  /** Armed conflict in one of the five years before, but not in this one. */
  readonly recentConflict: boolean;
  /** Factors scoring 50 or more, highest first, with the catalog items they stand for. */
  readonly drivers: ReadonlyArray<{
    readonly factorId: string;
    readonly name: string;
    readonly score: number;
    readonly catalogRefs: readonly string[];
  }>;
  /** Actors that attacked civilians in the window, most deaths first. */
  readonly perpetrators: readonly Perpetrator[];
}

/** UCDP's threshold of an armed conflict: 25 battle deaths in a year. */
export const CONFLICT_DEATHS = 25;
/** A factor at or above this score is a driver the plan must answer. */
export const DRIVER_SCORE = 50;
/** One perpetrator causing this share of civilian deaths makes violence one-sided. */
export const ONE_SIDED_SHARE = 0.6;

/** The share of civilian deaths caused by the top perpetrator (0 when there were none). */
export function topShare(ctx: Pick<PlanContext, 'perpetrators'>): number {
  const total = ctx.perpetrators.reduce((s, p) => s + p.civilianDeaths, 0);
  return total > 0 ? (ctx.perpetrators[0]?.civilianDeaths ?? 0) / total : 0;
}

/** Violence against civilians is one-sided when one actor causes most of the deaths. */
export const oneSided = (ctx: Pick<PlanContext, 'perpetrators'>): boolean =>
  topShare(ctx) >= ONE_SIDED_SHARE;

const BATTLE_DEATHS = 'ucdp-ovcy.sb_total_deaths_best_cy';

/** The battle deaths of an assessment (RF1's UCDP indicator), null when it has none. */
export function battleDeathsOf(a: Assessment): number | null {
  for (const f of a.factors)
    for (const i of f.indicators)
      if (i.id === BATTLE_DEATHS && i.valueYear === a.year) return i.raw;
  return null;
}

export function planContext(input: {
  assessment: Assessment;
  /** Assessments of the five years before, for a conflict that just ended. */
  previous: readonly Assessment[];
  stage: Stage;
  catalogRefs: ReadonlyMap<string, readonly string[]>;
  perpetrators: readonly Perpetrator[];
}): PlanContext {
  const a = input.assessment;
  const battleDeaths = battleDeathsOf(a);
  const armedConflict = (battleDeaths ?? 0) >= CONFLICT_DEATHS;
  const recentConflict =
    !armedConflict &&
    input.previous.some((p) => p.year < a.year && (battleDeathsOf(p) ?? 0) >= CONFLICT_DEATHS);
  return {
    iso3: a.iso3,
    country: a.country,
    year: a.year,
    tier: a.tier,
    probability: a.probability
      ? {
          risk2y: a.probability.risk2y,
          modelId: a.probability.modelId,
          interval: a.probability.interval ?? null,
        }
      : null,
    stage: input.stage,
    battleDeaths,
    armedConflict,
    recentConflict,
    drivers: a.factors
      .filter((f) => f.score !== null && f.score >= DRIVER_SCORE)
      .sort((x, y) => (y.score ?? 0) - (x.score ?? 0))
      .map((f) => ({
        factorId: f.id,
        name: f.name,
        score: f.score ?? 0,
        catalogRefs: input.catalogRefs.get(f.id) ?? [],
      })),
    perpetrators: [...input.perpetrators]
      .filter((p) => p.civilianDeaths > 0)
      .sort((x, y) => y.civilianDeaths - x.civilianDeaths),
  };
}
