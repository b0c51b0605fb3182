import { LensError } from '../domain/errors';
import { resilienceOf, type Resilience } from '../assessment/resilience';
import { assessRange, cachedLensData, latestAssessments } from './assessment-data';
import { countryCapacity } from './capacity-audit';
import type { UseCaseDeps } from './context';
import { getCountry } from './countries';

/**
 * A country's resilience in a year (default: its latest assessed year), beside its risk: the
 * resilience factors scored from the assessment's indicators and the capacity audit, and the
 * sources of resilience its latest needs assessment names (Bellamy's BEL.NA.2), with who wrote it.
 */
export async function countryResilience(
  deps: UseCaseDeps,
  input: { iso3: string; year?: number | undefined },
): Promise<
  Resilience & {
    needs: { text: string; version: number; by: string; on: string } | null;
  }
> {
  const iso3 = (await getCountry(deps.store, input.iso3))[0]!.iso3;
  const data = await cachedLensData(deps);
  const thisYear = deps.clock.now().getUTCFullYear();
  const year = input.year ?? latestAssessments(data, thisYear, iso3)?.year;
  const a = year === undefined ? undefined : assessRange(data, { from: year, to: year, iso3 })[0];
  if (!a) throw new LensError('not_found', `No assessment of ${iso3}${year ? ` for ${year}` : ''}`);
  const audit = await countryCapacity(deps, iso3);
  const needs = await deps.store.planning.latest('needs', iso3);
  return {
    ...resilienceOf(a, {
      covered: audit.covered,
      limited: audit.limited,
      measures: audit.rows.length,
    }),
    needs:
      needs && needs.body.resilience.trim() !== ''
        ? {
            text: needs.body.resilience,
            version: needs.version,
            by: needs.createdBy,
            on: needs.createdAt.slice(0, 10),
          }
        : null,
  };
}
