import { countryYearTable } from './country-year-table';
import { fields, type ImporterSpec } from './importer';

/**
 * The Early Warning Project's component inputs, in the layouts its replication files use
 * (2025 Statistical Risk Assessment). Each is keyed by Correlates of War code, ISO code or name.
 */
const coupsCountryYear = countryYearTable({
  kind: 'coups',
  source: 'Powell & Thyne coup attempts, country-year (as prepared by the Early Warning Project)',
  licence: 'free with citation',
  country: { scheme: 'cow', column: 'ccode', nameColumn: 'country' },
  year: 'year',
  variables: ['cou.any'],
});

/**
 * Powell & Thyne coup attempts in either layout: their event list (`powell_thyne_coups_final.txt`,
 * tab-separated: country, ccode, year, month, day, coup with 2 = successful and 1 = failed), stored
 * per country-year as `cou.any` (any attempt), `cou.s` (successful) and `cou.f` (failed) counts;
 * or the EWP's country-year table (`cou.any`).
 */
export const coupsImporter: ImporterSpec = {
  ...coupsCountryYear,
  importerVersion: '2',
  requiredColumns: ['ccode', 'year'],
  start(header, ctx) {
    if (!header.has('coup')) {
      if (!header.has('cou.any'))
        ctx.fail(
          1,
          1,
          'the header lacks column coup (Powell & Thyne events) or cou.any (country-year)',
        );
      return coupsCountryYear.start(header, ctx);
    }
    const f = fields(ctx, header);
    const years = new Map<string, { iso3: string; year: number; s: number; f: number }>();
    return {
      row(r) {
        const year = f.number(r, 'year', { integer: true, min: 1900, max: 2100 });
        const coup = f.number(r, 'coup', { integer: true, min: 1, max: 2 });
        const code = f.text(r, 'ccode');
        const iso3 = ctx.resolver.byCode('cow', code, year);
        if (!iso3) {
          ctx.unmatched(
            `${header.has('country') ? f.text(r, 'country') : ''} (COW ${code})`.trim(),
            year,
          );
          return;
        }
        const t = years.get(`${iso3}|${year}`) ?? { iso3, year, s: 0, f: 0 };
        if (coup === 2) t.s += 1;
        else t.f += 1;
        years.set(`${iso3}|${year}`, t);
      },
      finish(sink) {
        for (const t of years.values()) {
          sink.value({ iso3: t.iso3, year: t.year, variable: 'cou.any', value: 1 });
          sink.value({ iso3: t.iso3, year: t.year, variable: 'cou.s', value: t.s });
          sink.value({ iso3: t.iso3, year: t.year, variable: 'cou.f', value: t.f });
        }
      },
    };
  },
};

export const iccprImporter = countryYearTable({
  kind: 'iccpr',
  source:
    'ICCPR first optional protocol ratification, country-year (UN Treaty Collection, via the Early Warning Project)',
  licence: 'public facts',
  country: { scheme: 'cow', column: 'ccode', nameColumn: 'country' },
  year: 'year',
  variables: ['ios.iccpr1'],
});

export const hiefImporter = countryYearTable({
  kind: 'hief',
  source: 'Historical Index of Ethnic Fractionalization (Drazanova)',
  licence: 'CC BY 4.0',
  country: { byName: 'Country' },
  year: 'Year',
  variables: ['efindex'],
});

export const eprImporter = countryYearTable({
  kind: 'epr',
  source:
    'Ethnic Power Relations: share of population politically discriminated (as prepared by the Early Warning Project)',
  licence: 'free with citation',
  country: { scheme: 'cow', column: 'ccode' },
  year: 'year',
  variables: ['discrimpop'],
});

export const unImrImporter = countryYearTable({
  kind: 'un-imr',
  source: 'UN World Population Prospects: infant mortality rate per 1,000 live births',
  licence: 'CC BY 3.0 IGO',
  // The EWP's cleaned file adds COW codes with its own mapping of ambiguous rows; else ISO3.
  country: [
    { scheme: 'cow', column: 'ccode', nameColumn: 'iso3c' },
    { scheme: 'iso3', column: 'iso3c' },
  ],
  year: 'year',
  variables: ['un_imr'],
  importerVersion: '2',
});

/** The EWP's country-year outcome panel (basedata): onsets, ongoing episodes, targeting. */
export const ewpOutcomesImporter = countryYearTable({
  kind: 'ewp-outcomes',
  source:
    'Early Warning Project country-year mass-killing outcome panel (US Holocaust Memorial Museum)',
  licence: 'facts; attribution to the Early Warning Project',
  country: { scheme: 'cow', column: 'ccode', nameColumn: 'country' },
  year: 'year',
  variables: [
    'mk_onset',
    'mk_ongoing',
    'mk_offset',
    'mk_onset_count',
    'mk_offset_count',
    'mk_ongoing_count',
    'mk_location_ever',
    'mk_responsible_ever',
    'mk_ongoing_widescope',
    'widetargeting',
    'narrowtargeting',
    // The panel's own country key and bookkeeping years, which the EWP's features use.
    'ccode',
    'datastartyear',
    'dataendyear',
    'independence_year',
  ],
  importerVersion: '2',
});

/** Maddison Project GDP per capita and population, as the EWP prepared them (COW codes). */
export const maddisonImporter = countryYearTable({
  kind: 'maddison',
  source: 'Maddison Project Database: GDP per capita and population (as prepared by the EWP)',
  licence: 'CC BY 4.0',
  country: { scheme: 'cow', column: 'ccode', nameColumn: 'country' },
  year: 'year',
  variables: ['mad_gdppc', 'mad_pop'],
});

/** The EWP's US State Department regions (dummies; Africa is the reference category). */
export const ewpRegionsImporter = countryYearTable({
  kind: 'ewp-regions',
  source: 'Early Warning Project region dummies (US State Department bureaus)',
  licence: 'facts; attribution to the Early Warning Project',
  country: { scheme: 'cow', column: 'ccode', nameColumn: 'country' },
  year: 'year',
  variables: ['reg.na', 'reg.eap', 'reg.sca', 'reg.mna', 'reg.eur'],
});
