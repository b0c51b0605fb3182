import type { Country } from '../domain/country';
import type { Store } from '../ports/store';

export type Progress = (step: string, done?: number, total?: number) => void;

/**
 * Loads the reference data shipped with Lens when the database lacks it or holds an older
 * build. Runs in one transaction: a crash leaves the previous table in place.
 */
export async function loadReferenceData(
  store: Store,
  bundled: { countries: readonly Country[] },
  at: string,
  progress: Progress = () => undefined,
): Promise<{ countries: number; changed: boolean }> {
  const existing = await store.countries.list();
  const same =
    existing.length === bundled.countries.length &&
    JSON.stringify(existing.map(key).sort()) === JSON.stringify(bundled.countries.map(key).sort());
  if (same) {
    progress('countries already loaded', existing.length, existing.length);
    return { countries: existing.length, changed: false };
  }
  progress('loading countries', 0, bundled.countries.length);
  await store.transaction(async (s) => {
    await s.countries.replaceAll(bundled.countries);
    await s.audit.append({
      at,
      actor: 'system (data load)',
      action: 'data.load',
      recordType: 'countries',
      recordId: '*',
      detail: { rows: bundled.countries.length },
    });
  });
  progress('loaded countries', bundled.countries.length, bundled.countries.length);
  return { countries: bundled.countries.length, changed: true };
}

const key = (c: Country): string =>
  [
    c.iso3,
    c.fromYear,
    c.toYear,
    c.iso2,
    c.isoNumeric,
    c.cowCode,
    c.gwCode,
    c.region,
    c.independent,
    c.names.en,
    c.names.fr,
    c.names.es,
    c.names.ar,
    c.aliases.join(';'),
  ].join('|');
