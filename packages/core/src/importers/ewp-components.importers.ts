import { countryYearTable } from './country-year-table';

/**
 * The Early Warning Project's component inputs, in the layouts its replication files use
 * (2025 Statistical Risk Assessment). Each is keyed by Correlates of War code, ISO code or name.
 */
export const coupsImporter = countryYearTable({
  kind: 'coups',
  source: 'Powell & Thyne coup attempts, country-year (as prepared by the Early Warning Project)',
  licence: 'free with citation',
  country: { scheme: 'cow', column: 'ccode', nameColumn: 'country' },
  year: 'year',
  variables: ['cou.any'],
});

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
  country: { scheme: 'iso3', column: 'iso3c' },
  year: 'year',
  variables: ['un_imr'],
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
  ],
});
