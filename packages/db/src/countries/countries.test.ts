import { existsSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { crosswalk, findCountryByCode, NAME_LANGUAGES, parseCsv, REGIONS } from '@lens/core';
import { bundledCountries } from './bundled-countries';
import { readFileSync } from 'node:fs';

const restricted = path.resolve(import.meta.dirname, '../../../../../shared/data/restricted');
const countrycode = path.join(restricted, 'countrycode/countrycode_codelist_panel_slim.csv');
const peacesciencer = path.join(restricted, 'peacesciencer/cow_gw_years.csv');
const countries = bundledCountries();

/** A small CSV file as objects keyed by column name. */
function readCsv(file: string): Array<Record<string, string>> {
  const [header, ...rows] = parseCsv(readFileSync(file, 'utf8'), { source: file });
  return rows.map((r) => Object.fromEntries(header!.fields.map((h, i) => [h, r.fields[i] ?? ''])));
}

/**
 * Where Lens and the oracles disagree on purpose. Each has a reason a reviewer can check.
 * - countrycode gives the USSR's years the successor's ISO code (RUS); ISO 3166-3 says SUN.
 * - In a year when one state became another (Germany, Yemen 1990) the oracle lists both codes;
 *   Lens gives each year to the state that held it at the year's end.
 * - Zanzibar (COW/GW 511, 1963-64) has no ISO code and no data after 1964, so Lens omits it.
 */
const KNOWN = [
  (k: string) => /^(cow|gw) 365 RUS 19[4-8]\d|^(cow|gw) 365 RUS 199[01]/.test(k),
  (k: string) =>
    /^cow 260 -> gw 260 1990|^cow 67[89] -> gw 678 1990|^cow 680 -> gw 680 1990/.test(k),
  (k: string) => /^cow 511 /.test(k),
];

describe('country reference table', () => {
  it('has ISO, COW and GW codes, a region and four names for every current state', () => {
    const current = countries.filter((c) => c.toYear === null && c.independent);
    expect(current.length).toBeGreaterThanOrEqual(195);
    for (const c of current) {
      expect(c.iso3).toMatch(/^[A-Z]{3}$/);
      expect(c.cowCode).toBeGreaterThan(0);
      expect(c.gwCode).toBeGreaterThan(0);
      expect(REGIONS).toContain(c.region);
      for (const lang of NAME_LANGUAGES) expect(c.names[lang].length).toBeGreaterThan(1);
    }
    // Names as readers in each language write them (CLDR), not an older exonym or a code.
    const named = (iso3: string) => countries.find((c) => c.iso3 === iso3 && c.toYear === null)!;
    expect(named('MMR').names.ar).toBe('ميانمار');
    expect(named('SYR').names.es).toBe('Siria');
    expect(named('COD').names.fr).toBe('République démocratique du Congo');
    expect(named('USA').names.fr).toBe('États-Unis');
  });

  it('knows which state a code meant in a given year', () => {
    expect(findCountryByCode(countries, 'cow', 365, 1985)?.iso3).toBe('SUN');
    expect(findCountryByCode(countries, 'cow', 365, 2000)?.iso3).toBe('RUS');
    expect(findCountryByCode(countries, 'gw', 345, 1990)?.iso3).toBe('YUG');
    expect(findCountryByCode(countries, 'gw', 345, 2000)?.iso3).toBe('SCG');
    expect(findCountryByCode(countries, 'gw', 345, 2010)).toBeUndefined();
    expect(findCountryByCode(countries, 'gw', 340, 2010)?.iso3).toBe('SRB');
    expect(crosswalk(countries, 'iso3', 'DEU', 'cow', 1980)).toBe(260);
    expect(crosswalk(countries, 'iso3', 'DEU', 'cow', 2000)).toBe(255);
    expect(crosswalk(countries, 'cow', 265, 'iso3', 1980)).toBe('DDR');
    expect(crosswalk(countries, 'cow', 265, 'iso3', 1995)).toBeUndefined();
    expect(crosswalk(countries, 'cow', 625, 'iso3', 2005)).toBe('SDN');
    expect(crosswalk(countries, 'iso3', 'SSD', 'gw', 2010)).toBeUndefined();
    expect(crosswalk(countries, 'iso3', 'SSD', 'gw', 2012)).toBe(626);
    expect(crosswalk(countries, 'gw', 531, 'iso3', 1992)).toBeUndefined();
    expect(crosswalk(countries, 'gw', 531, 'iso3', 1993)).toBe('ERI');
    expect(crosswalk(countries, 'cow', 680, 'iso3', 1980)).toBe('YMD');
    expect(crosswalk(countries, 'cow', 679, 'iso3', 1995)).toBe('YEM');
    expect(crosswalk(countries, 'gw', 678, 'iso3', 1980)).toBe('YEM');
    expect(crosswalk(countries, 'cow', 315, 'iso3', 1990)).toBe('CSK');
    expect(crosswalk(countries, 'cow', 316, 'iso3', 1993)).toBe('CZE');
  });

  it.skipIf(!existsSync(countrycode))(
    'agrees with the countrycode panel on ISO <-> COW and ISO <-> GW for every year 1946-2024',
    () => {
      let compared = 0;
      const differences = new Set<string>();
      for (const r of readCsv(countrycode)) {
        const year = Number(r.year);
        if (year < 1946 || !r.iso3c) continue;
        for (const [scheme, column] of [
          ['cow', 'cown'],
          ['gw', 'gwn'],
        ] as const) {
          const code = r[column];
          if (!code) continue;
          compared += 1;
          const iso = crosswalk(countries, scheme, Number(code), 'iso3', year);
          const back = crosswalk(countries, 'iso3', r.iso3c, scheme, year);
          if (iso !== r.iso3c || back !== Number(code)) {
            const key = `${scheme} ${code} ${r.iso3c} ${year}`;
            if (!KNOWN.some((k) => k(key)))
              differences.add(`${key}: Lens says ${String(iso)} / ${String(back)}`);
          }
        }
      }
      expect(compared).toBeGreaterThan(20_000);
      expect([...differences]).toEqual([]);
    },
  );

  it.skipIf(!existsSync(peacesciencer))(
    'agrees with the peacesciencer COW <-> GW year crosswalk wherever both lists have the state',
    () => {
      let compared = 0;
      const differences = new Set<string>();
      for (const r of readCsv(peacesciencer)) {
        const year = Number(r.year);
        if (year < 1946 || !/^\d+$/.test(r.ccode ?? '') || !/^\d+$/.test(r.gwcode ?? '')) continue;
        compared += 1;
        const gw = crosswalk(countries, 'cow', Number(r.ccode), 'gw', year);
        const key = `cow ${r.ccode} -> gw ${r.gwcode} ${year}`;
        if (gw !== Number(r.gwcode) && !KNOWN.some((k) => k(key)))
          differences.add(`${key}: Lens says ${String(gw)}`);
      }
      expect(compared).toBeGreaterThan(10_000);
      expect([...differences]).toEqual([]);
    },
  );
});

if (!existsSync(restricted)) {
  console.warn(
    `${restricted} is absent: the country crosswalk is not checked against countrycode and peacesciencer.`,
  );
}
