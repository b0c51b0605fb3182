import { LensError } from '../domain/errors';
import { historyCheck, type HistoryCheck } from '../assessment/history-check';
import type { UseCaseDeps } from './context';
import { FIRST_ASSESSMENT_YEAR, assessRange, cachedLensData } from './assessment-data';

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
