/**
 * Builds packages/db/data/countries.json, the country reference table, from open sources:
 * i18n-iso-countries (ISO codes, names in en/fr/es/ar), Natural Earth admin-0 (UN regions),
 * UCDP country-year 25.1 (Gleditsch-Ward codes), and packages/db/data/country-sources.json
 * (facts the open sources lack: historical states, COW codes that differ from GW, independence years).
 * Run by maintainers with `npm run countries:build`; the output is checked in.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import countries from 'i18n-iso-countries';
import type { Country, NameLanguage, Region } from '@lens/core';
import { readCsv } from '../packages/node/src/csv/read-csv-sync';

const require = createRequire(import.meta.url);
for (const lang of ['en', 'fr', 'es', 'ar']) {
  countries.registerLocale(require(`i18n-iso-countries/langs/${lang}.json`));
}

const root = path.resolve(import.meta.dirname, '..');
const shared = path.resolve(root, '..', 'shared', 'data', 'open');
const sources = JSON.parse(
  readFileSync(path.join(root, 'packages/db/data/country-sources.json'), 'utf8'),
) as {
  ucdpNameToIso3: Record<string, string>;
  cowDiffersFromGw: Record<string, number>;
  independenceSince1946: Record<string, number>;
  periods: Array<Omit<Partial<Country>, 'iso3'> & { iso3: string; fromYear: number }>;
  regionOverrides: Record<string, Region>;
  nameOverrides: Record<string, Partial<Record<NameLanguage, string>> | string>;
};

const gwByIso3 = new Map<string, number>();
for (const row of readCsv(
  path.join(shared, 'ucdp-organized-violence-cy-25.1/organizedviolencecy_v25_1.csv'),
)) {
  const name = row.country_cy ?? '';
  const iso3 = sources.ucdpNameToIso3[name] ?? countries.getAlpha3Code(name, 'en');
  if (!iso3) throw new Error(`No ISO code for UCDP country "${name}": add it to ucdpNameToIso3`);
  gwByIso3.set(iso3, Number(row.country_id_cy));
}

interface NeFeature {
  properties: { ISO_A3: string; ADM0_A3: string; REGION_UN: string; SUBREGION: string };
}
const ne = JSON.parse(
  readFileSync(path.join(shared, 'natural-earth/ne_50m_admin_0_countries.json'), 'utf8'),
) as { features: NeFeature[] };
const MENA_ASIA = new Set(['Western Asia']);
const regionByIso3 = new Map<string, Region>();
for (const f of ne.features) {
  const p = f.properties;
  const iso3 = p.ISO_A3 !== '-99' ? p.ISO_A3 : p.ADM0_A3;
  let region: Region;
  if (p.SUBREGION === 'Northern Africa' || MENA_ASIA.has(p.SUBREGION))
    region = 'Middle East and North Africa';
  else if (p.REGION_UN === 'Africa') region = 'Africa';
  else if (p.REGION_UN === 'Americas') region = 'Americas';
  else if (p.REGION_UN === 'Europe') region = 'Europe';
  else if (p.REGION_UN === 'Oceania') region = 'Oceania';
  else region = 'Asia';
  regionByIso3.set(iso3, region);
}
regionByIso3.set('IRN', 'Middle East and North Africa');
for (const [iso3, region] of Object.entries(sources.regionOverrides))
  regionByIso3.set(iso3, region);

/**
 * Names people read: English from i18n-iso-countries (the names data sources are matched by);
 * French, Spanish and Arabic from the Unicode CLDR through Node's ICU (CLDR 48.0 when built): its
 * short form where that is a name and not an abbreviation, else its long one, with CLDR's
 * parenthesised alternative left out ("ميانمار (بورما)" -> "ميانمار"); `nameOverrides` in
 * country-sources.json where CLDR's default is not what the UN writes (the two Congos). Codes
 * CLDR does not name as current regions (states that no longer exist) keep i18n-iso-countries'
 * names.
 */
const display = (style: 'long' | 'short') =>
  Object.fromEntries(
    (['fr', 'es', 'ar'] as const).map((l) => [
      l,
      new Intl.DisplayNames([l], { type: 'region', style, fallback: 'none' }),
    ]),
  ) as Record<'fr' | 'es' | 'ar', Intl.DisplayNames>;
const CLDR = display('long');
const CLDR_SHORT = display('short');
// A short form that is an abbreviation ("É.-U.", "RU") is not a name to show.
const isName = (s: string) => !s.includes('.') && !/^\p{Lu}{1,3}$/u.test(s);
const CLDR_EN = new Intl.DisplayNames(['en'], { type: 'region', fallback: 'none' });

function cldrName(iso2: string | null, lang: 'fr' | 'es' | 'ar'): string | null {
  if (!iso2) return null;
  // A deprecated code ICU maps to its successor (SU -> Russia) is not this entity's name.
  const en = CLDR_EN.of(iso2);
  if (!en || en === iso2) return null;
  const long = CLDR[lang].of(iso2);
  if (!long || long === iso2) return null;
  const short = CLDR_SHORT[lang].of(iso2);
  const n = short && short !== iso2 && isName(short) ? short : long;
  return n.replace(/\s*\([^)]*\)$/u, '').trim();
}

function names(iso3: string): Record<NameLanguage, string> {
  const out = {} as Record<NameLanguage, string>;
  const iso2 = countries.alpha3ToAlpha2(iso3) ?? null;
  for (const lang of ['en', 'fr', 'es', 'ar'] as const) {
    const fixed = sources.nameOverrides[iso3];
    const n =
      (typeof fixed === 'object' ? fixed[lang] : undefined) ??
      (lang === 'en' ? null : cldrName(iso2, lang)) ??
      countries.getName(iso3, lang);
    if (!n) throw new Error(`No ${lang} name for ${iso3}`);
    out[lang] = n;
  }
  return out;
}

function aliases(iso3: string): string[] {
  const official = countries.getName(iso3, 'en');
  return (countries.getName(iso3, 'en', { select: 'all' }) ?? []).filter((n) => n !== official);
}

const base = new Map<string, Country>();
for (const iso3 of Object.keys(countries.getAlpha3Codes())) {
  const gw = gwByIso3.get(iso3) ?? null;
  base.set(iso3, {
    iso3: iso3 as Country['iso3'],
    iso2: countries.alpha3ToAlpha2(iso3) ?? null,
    isoNumeric: Number(countries.alpha3ToNumeric(iso3)),
    gwCode: gw,
    cowCode: gw === null ? null : (sources.cowDiffersFromGw[iso3] ?? gw),
    // States independent before 1946 are given 1900: the table does not model earlier changes.
    fromYear: sources.independenceSince1946[iso3] ?? (gw === null ? 1946 : 1900),
    toYear: null,
    region: regionByIso3.get(iso3) ?? 'Asia',
    names: names(iso3),
    aliases: aliases(iso3),
    independent: gw !== null,
  });
}

const out: Country[] = [];
const split = new Set(sources.periods.filter((p) => base.has(p.iso3)).map((p) => p.iso3));
for (const [iso3, c] of base) if (!split.has(iso3)) out.push(c);
for (const p of sources.periods) {
  const b = base.get(p.iso3);
  const gw = p.gwCode ?? b?.gwCode ?? gwByIso3.get(p.iso3) ?? null;
  out.push({
    iso3: p.iso3 as Country['iso3'],
    iso2: p.iso2 ?? b?.iso2 ?? null,
    isoNumeric: p.isoNumeric ?? b?.isoNumeric ?? null,
    gwCode: gw,
    cowCode: p.cowCode ?? b?.cowCode ?? gw,
    fromYear: p.fromYear,
    toYear: p.toYear ?? null,
    region: p.region ?? b?.region ?? 'Asia',
    names: { ...(b?.names ?? {}), ...(p.names ?? {}) } as Record<NameLanguage, string>,
    aliases: p.aliases ?? (p.names ? [] : (b?.aliases ?? [])),
    independent: gw !== null,
  });
}
for (const iso3 of gwByIso3.keys()) {
  if (!out.some((c) => c.iso3 === iso3)) throw new Error(`UCDP state ${iso3} has no country row`);
}
out.sort((a, b) => (a.iso3 === b.iso3 ? a.fromYear - b.fromYear : a.iso3 < b.iso3 ? -1 : 1));
const target = path.join(root, 'packages/db/data/countries.json');
writeFileSync(target, `${JSON.stringify(out, null, 1)}\n`);
console.log(`Wrote ${out.length} country periods to ${path.relative(root, target)}`);
