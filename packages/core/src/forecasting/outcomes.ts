import { LensError } from '../domain/errors';
import type { FeatureFrame } from './feature-frame';

/** What the checks read: rows with their year, and columns (a built table or a stored frame). */
type Years = Pick<FeatureFrame, 'columns'> & { readonly rows: ReadonlyArray<{ year: number }> };

/** How many years after a row its outcome looks: an onset next year, or within two years. */
export const OUTCOME_HORIZON: Readonly<Record<string, number>> = {
  mk_onset_1: 1,
  mk_onset_2: 2,
  mk_onset_1or2: 2,
};

/** The last year whose onsets the frame knows (a value, 0 or 1, for some country); null if none. */
export function outcomesKnownThrough(frame: Years): number | null {
  const onset = frame.columns.get('mk_onset');
  if (!onset) return null;
  let last: number | null = null;
  frame.rows.forEach((r, i) => {
    if (!Number.isNaN(onset[i]!) && (last === null || r.year > last)) last = r.year;
  });
  return last;
}

/**
 * The last year a model of `outcome` may be trained on: the one whose outcome window has closed
 * in the data. Past it, unknown onsets would be read as "no onset" (the two-year outcome counts a
 * missing year as 0, as the EWP's code does), so training there is refused with the reason.
 */
export function lastTrainableYear(frame: Years, outcome: string): number | null {
  const known = outcomesKnownThrough(frame);
  const horizon = OUTCOME_HORIZON[outcome];
  return known === null || horizon === undefined ? null : known - horizon;
}

export function assertTrainableYear(frame: Years, outcome: string, lastYear: number): void {
  const last = lastTrainableYear(frame, outcome);
  if (last !== null && lastYear > last)
    throw new LensError(
      'invalid',
      `The last training year ${lastYear} is too late: onsets are known through ${last + (OUTCOME_HORIZON[outcome] ?? 0)}, so ${outcome} (an onset within ${OUTCOME_HORIZON[outcome]} year${OUTCOME_HORIZON[outcome] === 1 ? '' : 's'}) is known only for years up to ${last}. Use --last-year ${last} or earlier.`,
    );
}
