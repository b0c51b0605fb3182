import { LensError } from '../domain/errors';
import type { Assessment } from '../assessment/assess';
import type { UseCaseDeps } from './context';
import { getCountry, requireIso3 } from './countries';
import {
  FIRST_ASSESSMENT_YEAR,
  assessRange,
  cachedLensData,
  latestAssessments,
} from './assessment-data';

/** One year's assessments of every country (the rankings), or one country's. */
export async function assessYear(
  deps: UseCaseDeps,
  input: { year: number; iso3?: string },
): Promise<Assessment[]> {
  const iso3 = input.iso3 === undefined ? undefined : requireIso3(input.iso3);
  const data = await cachedLensData(deps);
  return assessRange(data, { from: input.year, to: input.year, ...(iso3 ? { iso3 } : {}) });
}

/** Every country as of a year; without one, the latest year with data (the answer says which). */
export async function assessmentsOf(
  deps: UseCaseDeps,
  input: { year?: number | undefined },
): Promise<{ year: number; assessments: Assessment[] }> {
  const data = await cachedLensData(deps);
  if (input.year === undefined) {
    const latest = latestAssessments(data, deps.clock.now().getUTCFullYear());
    if (latest) return latest;
  }
  const year = input.year ?? FIRST_ASSESSMENT_YEAR;
  return { year, assessments: assessRange(data, { from: year, to: year }) };
}

/** One country as of a year (default: its latest year with data), or `not_found` saying why. */
export async function countryAssessment(
  deps: UseCaseDeps,
  input: { iso3: string; year?: number | undefined },
): Promise<Assessment> {
  const iso3 = (await getCountry(deps.store, input.iso3))[0]!.iso3;
  const data = await cachedLensData(deps);
  const year = input.year;
  const [a] =
    year === undefined
      ? (latestAssessments(data, deps.clock.now().getUTCFullYear(), iso3)?.assessments ?? [])
      : assessRange(data, { from: year, to: year, iso3 });
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
