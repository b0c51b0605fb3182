import { LensError } from '../domain/errors';
import { existsIn, parseIso3, type Country } from '../domain/country';
import type { Store } from '../ports/store';

/** Countries as of a year (those that existed then), or every period when no year is given. */
export async function listCountries(store: Store, year?: number): Promise<Country[]> {
  const all = await store.countries.list();
  return year === undefined ? all : all.filter((c) => existsIn(c, year));
}

/** The code as an ISO 3166-1 alpha-3 code, or an `invalid` error naming it. */
export function requireIso3(code: string): string {
  const iso3 = parseIso3(code);
  if (!iso3)
    throw new LensError('invalid', `"${code}" is not an ISO 3166-1 alpha-3 code`, {
      iso3: 'must be three letters',
    });
  return iso3;
}

/** Every period of one country, oldest first. */
export async function getCountry(store: Store, code: string): Promise<Country[]> {
  const iso3 = requireIso3(code);
  const periods = (await store.countries.list()).filter((c) => c.iso3 === iso3);
  if (periods.length === 0) throw new LensError('not_found', `No country with code ${iso3}`);
  return periods;
}

/**
 * A country's name in a language as its readers write it (CLDR names, issue 20 item 5): the
 * period that existed in the year, else the latest; the English name where none is stored.
 */
export async function countryNameIn(
  store: Store,
  iso3: string,
  year: number,
  lang: string,
): Promise<string> {
  const periods = await getCountry(store, iso3);
  const period = periods.find((c) => existsIn(c, year)) ?? periods.at(-1)!;
  return period.names[lang as keyof typeof period.names] ?? period.names.en;
}
