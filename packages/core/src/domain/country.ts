import type { Brand } from './brand';

/** ISO 3166-1 alpha-3, or an ISO 3166-3 code for a state that no longer exists (SUN, YUG, DDR...). */
export type Iso3 = Brand<string, 'Iso3'>;
export type Year = Brand<number, 'Year'>;

export const REGIONS = [
  'Africa',
  'Americas',
  'Asia',
  'Europe',
  'Middle East and North Africa',
  'Oceania',
] as const;
export type Region = (typeof REGIONS)[number];

export const NAME_LANGUAGES = ['en', 'fr', 'es', 'ar'] as const;
export type NameLanguage = (typeof NAME_LANGUAGES)[number];

/**
 * One country, or one period of a state whose codes changed (the USSR before 1992, Russia after).
 * Years are inclusive; `toYear` is undefined while the entity exists today.
 */
export interface Country {
  readonly iso3: Iso3;
  readonly iso2: string | null;
  readonly isoNumeric: number | null;
  readonly cowCode: number | null;
  readonly gwCode: number | null;
  readonly fromYear: number;
  readonly toYear: number | null;
  readonly region: Region;
  readonly names: Readonly<Record<NameLanguage, string>>;
  /** Other English names data sources use ("Russia", "Ivory Coast"), for matching by name. */
  readonly aliases: readonly string[];
  /** A state with codes in the state-system lists (COW or Gleditsch-Ward), as opposed to a territory. */
  readonly independent: boolean;
}

export type CodeScheme = 'iso3' | 'iso2' | 'isoNumeric' | 'cow' | 'gw';

const ISO3 = /^[A-Z]{3}$/;

export function parseIso3(value: string): Iso3 | undefined {
  const upper = value.trim().toUpperCase();
  return ISO3.test(upper) ? (upper as Iso3) : undefined;
}

export function parseYear(value: number): Year | undefined {
  return Number.isInteger(value) && value >= 1800 && value <= 2200 ? (value as Year) : undefined;
}

function codeOf(c: Country, scheme: CodeScheme): string | number | null {
  switch (scheme) {
    case 'iso3':
      return c.iso3;
    case 'iso2':
      return c.iso2;
    case 'isoNumeric':
      return c.isoNumeric;
    case 'cow':
      return c.cowCode;
    case 'gw':
      return c.gwCode;
  }
}

export const existsIn = (c: Country, year: number): boolean =>
  c.fromYear <= year && (c.toYear === null || year <= c.toYear);

/**
 * The country a code names in a given year. COW 365 is the USSR in 1985 and Russia in 2000;
 * GW 345 is Yugoslavia in 1990, Serbia and Montenegro in 2000 and no state in 2010.
 */
export function findCountryByCode(
  countries: readonly Country[],
  scheme: CodeScheme,
  code: string | number,
  year: number,
): Country | undefined {
  const wanted =
    typeof code === 'string' && scheme !== 'iso3' && scheme !== 'iso2' ? Number(code) : code;
  const norm = typeof wanted === 'string' ? wanted.toUpperCase() : wanted;
  return countries.find((c) => codeOf(c, scheme) === norm && existsIn(c, year));
}

/** Translate a code from one scheme to another as of a year; undefined when either side has no state then. */
export function crosswalk(
  countries: readonly Country[],
  from: CodeScheme,
  code: string | number,
  to: CodeScheme,
  year: number,
): string | number | undefined {
  const c = findCountryByCode(countries, from, code, year);
  if (!c) return undefined;
  return codeOf(c, to) ?? undefined;
}
