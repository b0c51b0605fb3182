import { existsIn, type CodeScheme, type Country } from './country';

/**
 * Many datasets (World Bank, V-Dem, countrycode) give a dissolved union's years the code of its
 * continuing state: RUS for the USSR, SRB for Yugoslavia and Serbia and Montenegro. When an ISO
 * code names no state in a year, these predecessors are tried.
 */
const CONTINUING_STATE: Readonly<Record<string, readonly string[]>> = {
  RUS: ['SUN'],
  SRB: ['SCG', 'YUG'],
  CZE: ['CSK'],
  VNM: [],
};

/**
 * Correlates of War numbers that datasets use beyond COW's own years: 255 for West Germany
 * (V-Dem, the EWP), 260 for Germany in 1990 (COW's West Germany lasts to 2 October 1990, which
 * V-Dem follows; the country table starts unified Germany in 1990), 340 for Serbia and its
 * predecessors (the EWP, following Gleditsch-Ward).
 */
const COW_ALIASES: Readonly<Record<number, string>> = { 255: 'DEU', 260: 'DEU', 340: 'SRB' };

/** Names in data sources that differ from the ISO English short names, normalised. */
const NAME_ALIASES: Readonly<Record<string, string>> = {
  'russia (soviet union)': 'RUS',
  'serbia (yugoslavia)': 'SRB',
  'yemen (north yemen)': 'YEM',
  'yemen (south yemen)': 'YMD',
  'dr congo (zaire)': 'COD',
  'democratic republic of the congo': 'COD',
  'democratic republic of congo': 'COD',
  'republic of the congo': 'COG',
  congo: 'COG',
  'ivory coast': 'CIV',
  "cote d'ivoire": 'CIV',
  'myanmar (burma)': 'MMR',
  burma: 'MMR',
  'cambodia (kampuchea)': 'KHM',
  'madagascar (malagasy)': 'MDG',
  'zimbabwe (rhodesia)': 'ZWE',
  'kingdom of eswatini (swaziland)': 'SWZ',
  eswatini: 'SWZ',
  swaziland: 'SWZ',
  'east timor': 'TLS',
  'timor-leste': 'TLS',
  'bosnia-herzegovina': 'BIH',
  'bosnia and herzegovina': 'BIH',
  'north macedonia': 'MKD',
  macedonia: 'MKD',
  'united states of america': 'USA',
  'united states': 'USA',
  russia: 'RUS',
  'south korea': 'KOR',
  'north korea': 'PRK',
  iran: 'IRN',
  syria: 'SYR',
  laos: 'LAO',
  vietnam: 'VNM',
  'vietnam (north vietnam)': 'VNM',
  'republic of vietnam': 'XSV',
  'republic of vietnam (south vietnam)': 'XSV',
  'south vietnam': 'XSV',
  'german democratic republic': 'DDR',
  'east germany': 'DDR',
  'west germany': 'DEU',
  czechoslovakia: 'CSK',
  'soviet union': 'SUN',
  ussr: 'SUN',
  yugoslavia: 'YUG',
  'serbia and montenegro': 'SCG',
  kosovo: 'XKX',
  'cape verde': 'CPV',
  'cabo verde': 'CPV',
  turkey: 'TUR',
  turkiye: 'TUR',
  tanzania: 'TZA',
  venezuela: 'VEN',
  bolivia: 'BOL',
  moldova: 'MDA',
  taiwan: 'TWN',
  'the gambia': 'GMB',
  gambia: 'GMB',
  'iran (persia)': 'IRN',
  'turkey (ottoman empire)': 'TUR',
  'italy/sardinia': 'ITA',
  'vietnam, democratic republic of': 'VNM',
  'vietnam, republic of': 'XSV',
  "korea, people's republic of": 'PRK',
  'korea, republic of': 'KOR',
  'germany (prussia)': 'DEU',
  'german federal republic': 'DEU',
  'yemen (arab republic of yemen)': 'YEM',
  "yemen, people's republic of": 'YMD',
  'congo, democratic republic of (zaire)': 'COD',
  'congo, republic of': 'COG',
  'sri lanka (ceylon)': 'LKA',
  'burkina faso (upper volta)': 'BFA',
  'tanzania/tanganyika': 'TZA',
  'macedonia (former yugoslav republic of)': 'MKD',
  'belarus (byelorussia)': 'BLR',
  'kyrgyz republic': 'KGZ',
  surinam: 'SUR',
  'benin (dahomey)': 'BEN',
  'swaziland (eswatini)': 'SWZ',
};

export function normaliseName(name: string): string {
  return name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[’`]/g, "'")
    .replace(/\s+/g, ' ')
    .trim();
}

export interface CountryResolver {
  /** The ISO3 of the country a code named in `year`, or undefined. */
  byCode(scheme: CodeScheme, code: string | number, year: number): string | undefined;
  byName(name: string, year: number): string | undefined;
}

/** Fast year-aware lookups over the country table, for importers that resolve millions of rows. */
export function createCountryResolver(countries: readonly Country[]): CountryResolver {
  const index = new Map<string, Country[]>();
  const add = (key: string, c: Country) => {
    const list = index.get(key);
    if (list) list.push(c);
    else index.set(key, [c]);
  };
  for (const c of countries) {
    add(`iso3:${c.iso3}`, c);
    if (c.iso2) add(`iso2:${c.iso2}`, c);
    if (c.isoNumeric !== null) add(`isoNumeric:${c.isoNumeric}`, c);
    if (c.cowCode !== null) add(`cow:${c.cowCode}`, c);
    if (c.gwCode !== null) add(`gw:${c.gwCode}`, c);
    for (const n of [...Object.values(c.names), ...(c.aliases ?? [])])
      add(`name:${normaliseName(n)}`, c);
  }
  const find = (key: string, year: number) => index.get(key)?.find((c) => existsIn(c, year))?.iso3;
  const byCode = (scheme: CodeScheme, code: string | number, year: number): string | undefined => {
    const norm =
      scheme === 'iso3' || scheme === 'iso2' ? String(code).trim().toUpperCase() : Number(code);
    const hit = find(`${scheme}:${norm}`, year);
    if (hit) return hit;
    if (scheme === 'cow') {
      const alias = COW_ALIASES[norm as number];
      return alias ? byCode('iso3', alias, year) : undefined;
    }
    if (scheme !== 'iso3') return undefined;
    for (const predecessor of CONTINUING_STATE[norm as string] ?? []) {
      const p = find(`iso3:${predecessor}`, year);
      if (p) return p;
    }
    return undefined;
  };
  return {
    byCode,
    byName(name, year) {
      const n = normaliseName(name);
      const alias = NAME_ALIASES[n];
      return (alias ? byCode('iso3', alias, year) : undefined) ?? find(`name:${n}`, year);
    },
  };
}
