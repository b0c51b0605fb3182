import { LensError } from '../domain/errors';
import { historyCheck, type HistoryCheck } from '../assessment/history-check';
import type { UseCaseDeps } from './context';
import type { Dataset } from '../domain/dataset';
import {
  FIRST_ASSESSMENT_YEAR,
  assessRange,
  cachedLensData,
  type LensData,
} from './assessment-data';

/**
 * The tiers scored against what happened, from the newest stored EWP outcomes (mass-killing
 * onsets by country-year).
 */
export async function runHistoryCheck(
  deps: UseCaseDeps,
  input: { from?: number; to?: number },
): Promise<HistoryResult> {
  const outcomes = await deps.store.datasets.latest('ewp-outcomes');
  if (!outcomes)
    throw new LensError(
      'not_found',
      'The history check needs mass-killing onsets: import the EWP outcomes (`lens import ewp-outcomes FILE`)',
    );
  // Thirty years of every country is seconds of work: done once per loaded data and outcomes.
  const data = await cachedLensData(deps);
  const key = `${outcomes.id}:${input.from ?? ''}:${input.to ?? ''}`;
  let memo = MEMO.get(data);
  if (!memo) MEMO.set(data, (memo = new Map<string, HistoryResult>()));
  const hit = memo.get(key);
  if (hit) return hit;
  const result = await computeHistoryCheck(deps, data, outcomes, input);
  memo.set(key, result);
  return result;
}

/**
 * The mass-killing onsets an outcomes dataset records, as years by country, and the last year it
 * has any outcome for.
 */
export async function onsetYears(
  deps: UseCaseDeps,
  outcomes: Dataset,
): Promise<{ onsets: Map<string, Set<number>>; through: number }> {
  const onsets = new Map<string, Set<number>>();
  let through = 0;
  for (const r of await deps.store.datasets.variableValues(outcomes.id, 'mk_onset')) {
    if (r.value === null) continue;
    through = Math.max(through, r.year);
    if (r.value >= 1) onsets.set(r.iso3, (onsets.get(r.iso3) ?? new Set()).add(r.year));
  }
  return { onsets, through };
}

type HistoryResult = HistoryCheck & { outcomes: string; periods: HistoryPeriod[] };
const MEMO = new WeakMap<LensData, Map<string, HistoryResult>>();

async function computeHistoryCheck(
  deps: UseCaseDeps,
  data: LensData,
  outcomes: Dataset,
  input: { from?: number; to?: number },
): Promise<HistoryResult> {
  const { onsets, through } = await onsetYears(deps, outcomes);
  const from = input.from ?? FIRST_ASSESSMENT_YEAR;
  const to = input.to ?? through - 1;
  const assessed = assessRange(data, { from, to });
  // With fitted thresholds: the years they were fitted on, and the later years as the test.
  const fit = data.spec.tierFit;
  const periods: HistoryPeriod[] = [];
  if (fit) {
    const period = (kind: HistoryPeriod['kind'], a: number, b: number) => {
      const rows = assessed.filter((x) => x.year >= a && x.year <= b);
      if (rows.length === 0) return;
      const h = historyCheck(rows, onsets, through);
      periods.push({
        kind,
        fromYear: h.fromYear,
        toYear: h.toYear,
        countryYears: h.tiers.reduce((n, t) => n + t.countryYears, 0),
        withForecast: rows.filter((r) => r.probability !== null).length,
        onsets: h.onsets,
        caughtTopTwo: h.caughtTopTwo,
        topTwoShare: h.topTwoShare,
      });
    };
    period('fit', Math.max(from, fit.fitYears[0]), Math.min(to, fit.fitYears[1]));
    period('test', Math.max(from, fit.fitYears[1] + 1), to);
  }
  return {
    ...historyCheck(assessed, onsets, through),
    outcomes: `${outcomes.source} ${outcomes.version} (dataset ${outcomes.id})`,
    periods,
  };
}

/** The history check of the years the tier thresholds were fitted on, or of the later test years. */
export interface HistoryPeriod {
  readonly kind: 'fit' | 'test';
  readonly fromYear: number;
  readonly toYear: number;
  readonly countryYears: number;
  /** Country-years whose tier used a forecast knowable that year (not structure alone). */
  readonly withForecast: number;
  readonly onsets: number;
  readonly caughtTopTwo: { readonly oneYear: number; readonly twoYears: number };
  readonly topTwoShare: number;
}
