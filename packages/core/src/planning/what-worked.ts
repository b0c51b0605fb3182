/**
 * What worked (issue 23 item 6): the reviews of plan items across the instance, by measure and by
 * context (the escalation stage and the setting of the country in the plan's year). A review is
 * the analysts' judgement (worked, partly, did not work, too early) with a note as evidence; an
 * item never reviewed is counted apart. Pure: the use case gathers the plans and their contexts.
 */
import type { CaseSetting } from '../frameworks/catalog';
import type { Stage } from '../escalation/indicators';
import { REVIEW_OUTCOMES, type PlanBody, type ReviewOutcome, type Versioned } from './plan';

export interface ReviewedPlan {
  readonly iso3: string;
  readonly year: number;
  readonly stage: Stage;
  readonly setting: CaseSetting;
  readonly plan: Versioned<PlanBody>;
}

export type Tally = Record<ReviewOutcome | 'not_reviewed', number>;

export interface Evidence {
  readonly iso3: string;
  readonly year: number;
  readonly outcome: ReviewOutcome;
  readonly note: string;
  readonly reviewedOn: string;
  readonly planVersion: number;
}

export interface MeasureExperience {
  readonly measureId: string;
  readonly tally: Tally;
  readonly byContext: ReadonlyArray<{
    readonly stage: Stage;
    readonly setting: CaseSetting;
    readonly tally: Tally;
  }>;
  readonly evidence: readonly Evidence[];
}

const emptyTally = (): Tally => ({
  worked: 0,
  partly: 0,
  did_not_work: 0,
  too_early: 0,
  not_reviewed: 0,
});

/** Reviews counted in a tally (too early and not reviewed say nothing of the effect). */
export const judged = (t: Tally): number => t.worked + t.partly + t.did_not_work;

/** Every measure the plans used (dropped items left out), with its reviews, most judged first. */
export function whatWorked(plans: readonly ReviewedPlan[]): MeasureExperience[] {
  const acc = new Map<
    string,
    { tally: Tally; byContext: Map<string, Tally>; evidence: Evidence[] }
  >();
  for (const p of plans)
    for (const item of p.plan.body.items) {
      if (item.status === 'dropped') continue;
      const a = acc.get(item.measureId) ?? {
        tally: emptyTally(),
        byContext: new Map<string, Tally>(),
        evidence: [] as Evidence[],
      };
      const key = `${p.stage}|${p.setting}`;
      const ctx = a.byContext.get(key) ?? emptyTally();
      const outcome = item.review?.outcome ?? 'not_reviewed';
      a.tally[outcome] += 1;
      ctx[outcome] += 1;
      a.byContext.set(key, ctx);
      if (item.review)
        a.evidence.push({
          iso3: p.iso3,
          year: p.year,
          outcome: item.review.outcome,
          note: item.review.note,
          reviewedOn: item.review.reviewedOn,
          planVersion: p.plan.version,
        });
      acc.set(item.measureId, a);
    }
  return [...acc]
    .map(([measureId, a]) => ({
      measureId,
      tally: a.tally,
      byContext: [...a.byContext].map(([key, tally]) => {
        const [stage, setting] = key.split('|') as [Stage, CaseSetting];
        return { stage, setting, tally };
      }),
      evidence: a.evidence.sort((x, y) => y.reviewedOn.localeCompare(x.reviewedOn)),
    }))
    .sort(
      (x, y) =>
        judged(y.tally) - judged(x.tally) ||
        y.tally.worked - x.tally.worked ||
        x.measureId.localeCompare(y.measureId),
    );
}

/** A measure's reviews in one context (the planning view's "in contexts like this"). */
export function experienceIn(
  rows: readonly MeasureExperience[],
  measureId: string,
  stage: Stage,
  setting: CaseSetting,
): Tally | null {
  const row = rows.find((r) => r.measureId === measureId);
  const t = row?.byContext.find((c) => c.stage === stage && c.setting === setting)?.tally;
  return t && REVIEW_OUTCOMES.some((o) => t[o] > 0) ? t : null;
}
