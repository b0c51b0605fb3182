import { settingOf } from '../planning/similar-cases';
import { whatWorked, type MeasureExperience, type ReviewedPlan } from '../planning/what-worked';
import type { UseCaseDeps } from './context';
import { countryNameIn } from './countries';
import { frameworkCatalog } from './frameworks';
import { measureText, planningContext } from './planning-context';

export interface WhatWorked {
  readonly measures: ReadonlyArray<
    MeasureExperience & {
      readonly text: string;
      readonly evidence: ReadonlyArray<MeasureExperience['evidence'][number] & { country: string }>;
    }
  >;
  /** Plans read (each country's newest) and reviews found in them. */
  readonly plans: number;
  readonly reviews: number;
}

/**
 * The instance's plans read for what worked: each country's newest plan, in the context of the
 * year it was made for (the escalation stage and setting then), its items' reviews by measure.
 * A plan whose country has no assessment for its year is read in the latest assessed year.
 */
export async function reviewedPlans(
  deps: UseCaseDeps,
  /** Only plans with at least one reviewed item (their contexts cost an escalation read each). */
  onlyReviewed = false,
): Promise<ReviewedPlan[]> {
  const out: ReviewedPlan[] = [];
  for (const plan of await deps.store.planning.latestOfEach('plan')) {
    if (onlyReviewed && !plan.body.items.some((i) => i.review)) continue;
    const year = plan.body.year;
    const found = await planningContext(deps, { iso3: plan.iso3, year }).catch(() =>
      year === undefined ? null : planningContext(deps, { iso3: plan.iso3 }).catch(() => null),
    );
    if (!found) continue;
    out.push({
      iso3: plan.iso3,
      year: found.context.year,
      stage: found.context.stage,
      setting: settingOf(found.context),
      plan,
    });
  }
  return out;
}

/** What worked across the instance, measures and countries named in the reader's language. */
export async function whatWorkedAcross(
  deps: UseCaseDeps,
  input: { lang?: string | undefined },
): Promise<WhatWorked> {
  const catalog = await frameworkCatalog(deps, input.lang ?? 'en');
  const text = measureText(catalog);
  const plans = await reviewedPlans(deps);
  const rows = whatWorked(plans);
  const names = new Map<string, string>();
  for (const p of plans)
    names.set(p.iso3, await countryNameIn(deps.store, p.iso3, p.year, catalog.language));
  return {
    measures: rows.map((r) => ({
      ...r,
      text: text(r.measureId),
      evidence: r.evidence.map((e) => ({ ...e, country: names.get(e.iso3) ?? e.iso3 })),
    })),
    plans: plans.length,
    reviews: rows.reduce((s, r) => s + r.evidence.length, 0),
  };
}
