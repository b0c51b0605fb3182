/**
 * Similar past cases for a planning context (issue 23 item 4): the case library's records matched
 * on the escalation stage, the setting (armed conflict, peacetime, after conflict), the types of
 * those killing civilians and the regime (V-Dem's Regimes of the World, read from the stored data
 * for both the country and the case). Each match says what matched, so a planner can judge it.
 */
import type { CatalogCase } from '../frameworks/catalog';
import { stageRank } from '../escalation/indicators';
import type { PlanContext } from './context';

export type MatchOn = 'stage' | 'setting' | 'perpetrators' | 'regime' | 'country';

export interface CaseMatch {
  readonly case: CatalogCase;
  readonly score: number;
  /** What matched, strongest first. */
  readonly matched: readonly MatchOn[];
  /** V-Dem Regimes of the World (0 closed autocracy ... 3 liberal democracy) at the case's start. */
  readonly regime: number | null;
}

/** Points per match; a case needs MIN_SCORE to be shown (a stage and a setting, say). */
export const MATCH_POINTS = {
  stage: 3,
  adjacentStage: 1,
  setting: 2,
  perpetratorType: 1,
  regime: 2,
  adjacentRegime: 1,
  country: 2,
};
export const MIN_SCORE = 4;

/** A context's setting in the case library's words. */
export const settingOf = (ctx: Pick<PlanContext, 'armedConflict' | 'recentConflict'>) =>
  ctx.armedConflict ? 'armed_conflict' : ctx.recentConflict ? 'post_conflict' : 'peacetime';

export function similarCases(
  ctx: PlanContext,
  cases: readonly CatalogCase[],
  /** Regimes of the World by country and year, null when unknown. */
  regimeOf: (iso3: string, year: number) => number | null,
  limit = 3,
): CaseMatch[] {
  const here = regimeOf(ctx.iso3, ctx.year);
  const types = new Set(ctx.perpetrators.map((p) => p.type));
  const out: CaseMatch[] = [];
  for (const k of cases) {
    const matched: MatchOn[] = [];
    let score = 0;
    const gap = Math.abs(stageRank(k.stage) - stageRank(ctx.stage));
    if (gap === 0) {
      score += MATCH_POINTS.stage;
      matched.push('stage');
    } else if (gap === 1) score += MATCH_POINTS.adjacentStage;
    if (k.setting === settingOf(ctx)) {
      score += MATCH_POINTS.setting;
      matched.push('setting');
    }
    const shared = k.perpetrators.filter((t) => types.has(t)).length;
    if (shared > 0) {
      score += Math.min(2, shared) * MATCH_POINTS.perpetratorType;
      matched.push('perpetrators');
    }
    const regime = regimeOf(k.iso3, k.from);
    if (here !== null && regime !== null) {
      if (regime === here) {
        score += MATCH_POINTS.regime;
        matched.push('regime');
      } else if (Math.abs(regime - here) === 1) score += MATCH_POINTS.adjacentRegime;
    }
    if (k.iso3 === ctx.iso3) {
      score += MATCH_POINTS.country;
      matched.push('country');
    }
    if (score >= MIN_SCORE) out.push({ case: k, score, matched, regime });
  }
  return out.sort((a, b) => b.score - a.score || b.case.from - a.case.from).slice(0, limit);
}
