import type { FeatureSpec, FeatureStep } from './spec';
import { EWP_2025_NAMES } from './ewp-2025.names';
import { COUNTRY_AGE_STEPS, ONSET_HISTORY_STEPS, outcomeInputs } from './onset-steps';

/**
 * Lens's open model input: the Early Warning Project's model form rebuilt from data the repository
 * may bundle, so a fresh install forecasts without any restricted file (ADR 17).
 *
 * - Outcomes and onset history: the mass-killing onset facts derived from the EWP's 2025 country-year
 *   panel (country, year, onset, ongoing episodes; `data/bundled/ewp-onsets`, attribution to the
 *   Early Warning Project), read with the `ewp-outcomes` importer.
 * - Regime and society: V-Dem v14 (lite key variables, CC BY-SA 4.0): the continuous indicators the
 *   EWP dichotomises (party bans, power by social group, religious freedom, political killings,
 *   freedom of discussion, civil-liberties equality, civil-society repression, media censorship,
 *   women in civil society), plus physical integrity, judicial constraints and social-group exclusion.
 * - Economy and population: World Bank population (CC BY 4.0), V-Dem's child mortality and GDP per
 *   capita series (Maddison-based), region (V-Dem's politico-geographic regions).
 * - Violence: UCDP organized violence country-year 25.1 (state-based and one-sided deaths, CC BY 4.0).
 * - Coups: V-Dem's Powell & Thyne coup count (`e_pt_coup`, which ends in 2020: later years count as
 *   no coup, a known limit stated on the model card).
 *
 * Values a source has not yet published for the latest years (V-Dem's 2024, child mortality after
 * 2022, GDP per capita after 2019) are carried forward from the country's last observed year, never
 * backward: a row uses only data of its year or before.
 */
const VDEM = [
  ['v2x_clphy', 'physical integrity'],
  ['v2clkill', 'freedom from political killings'],
  ['v2cltort', 'freedom from torture'],
  ['v2csreprss', 'civil-society repression'],
  ['v2psparban', 'party bans'],
  ['v2pepwrsoc', 'power by social group'],
  ['v2pepwrses', 'power by socio-economic position'],
  ['v2clsocgrp', 'civil liberties equal across social groups'],
  ['v2clrelig', 'religious freedom'],
  ['v2xcl_disc', 'freedom of discussion'],
  ['v2mecenefm', 'media censorship'],
  ['v2csgender', 'women in civil society'],
  ['v2x_jucon', 'judicial constraints on the executive'],
  ['v2x_polyarchy', 'electoral democracy'],
  ['v2xpe_exlsocgr', 'exclusion by social group'],
] as const;

/** UCDP deaths of a kind, log2(1 + deaths); UCDP starts in 1989, earlier years count as none. */
const ucdpDeaths = (as: string, variable: string): FeatureStep[] => [
  { op: 'input', as, kind: 'ucdp-ovcy', variable },
  {
    op: 'fillMissing',
    column: as,
    value: 0,
    note: 'UCDP starts in 1989: earlier years count as none, as the EWP does (see includesnonstate)',
  },
  { op: 'map', as: `${as}.log2`, of: as, fn: 'log2p1' },
];

const REGIONS = [
  ['reg.eeca', 1],
  ['reg.lac', 2],
  ['reg.mena', 3],
  ['reg.ssa', 4],
  ['reg.asia', 6],
] as const;

/** Readable names of the open spec's predictors (model cards, drivers). */
export const LENS_OPEN_LABELS: Readonly<Record<string, string>> = {
  ...Object.fromEntries(VDEM),
  'reg.eeca': 'Eastern Europe and Central Asia',
  'reg.lac': 'Latin America and the Caribbean',
  'reg.mena': 'Middle East and North Africa',
  'reg.ssa': 'Sub-Saharan Africa',
  'reg.asia': 'Asia and the Pacific',
  'popsize.log2': 'population size',
  childmort_sqrt: 'child mortality',
  'gdppc.log2': 'GDP per capita',
  gdppcgrowth: 'GDP per capita growth',
  'battledeaths.log2': 'battle deaths',
  'onesided.log2': 'one-sided killings of civilians',
  year: 'year (time trend)',
  'coup.try.5yr': 'coup attempt in the last five years',
  includesnonstate: 'years with non-state conflict data',
  'countryage.new.log2': 'years since independence',
  newcountry: 'new country',
  mk_onsets_so_far: 'past mass-killing onsets',
  mk_onset_prev_year: 'mass-killing onset last year',
  mk_ever: 'mass killing in its history',
  mk_ongoing_count_log2: 'ongoing mass killings',
};

export const LENS_OPEN: FeatureSpec = {
  id: 'lens-open',
  version: '1',
  description:
    'Open model input: the EWP model form from bundled open data (V-Dem, World Bank, UCDP) and EWP onset facts, country-years 1970 on',
  inputs: [
    {
      kind: 'ewp-outcomes',
      file: '^ewp_mk_onset_facts.*\\.csv$',
      version: 'EWP 2025 facts (Lens extract)',
      description: 'Mass-killing onset facts derived from the EWP 2025 country-year panel',
    },
    {
      kind: 'vdem',
      file: '^vdemlite.*keyvars.*\\.csv$',
      description: 'V-Dem v14 lite, key variables',
    },
    { kind: 'wdi', file: '^WDI_databank_gdppc_pop.*\\.csv$', description: 'World Bank population' },
    {
      kind: 'ucdp-ovcy',
      file: '^organizedviolencecy.*\\.csv$',
      description: 'UCDP organized violence country-year',
    },
  ],
  panel: { kind: 'ewp-outcomes', key: 'ccode', presence: 'mk_onset' },
  steps: [
    { op: 'year', as: 'year' },
    ...outcomeInputs([
      'ccode',
      'mk_onset',
      'datastartyear',
      'independence_year',
      'mk_ongoing_count',
      'mk_location_ever',
      'mk_responsible_ever',
    ]),
    ...VDEM.flatMap(([v]) => [
      { op: 'input', as: v, kind: 'vdem', variable: v } as const,
      {
        op: 'fill',
        column: v,
        direction: 'forward',
        note: 'carried forward from the last year V-Dem has coded',
      } as const,
    ]),
    { op: 'input', as: 'region6', kind: 'vdem', variable: 'e_regionpol_6C' },
    { op: 'fill', column: 'region6', direction: 'forward' },
    ...REGIONS.map(
      ([as, value]) => ({ op: 'compare', as, of: 'region6', cmp: 'eq', value }) as const,
    ),
    { op: 'input', as: 'wdi_pop', kind: 'wdi', variable: 'SP.POP.TOTL' },
    { op: 'map', as: 'wdi_pop.log2', of: 'wdi_pop', fn: 'log2' },
    { op: 'input', as: 'vdem_pop', kind: 'vdem', variable: 'e_wb_pop' },
    { op: 'map', as: 'vdem_pop.log2', of: 'vdem_pop', fn: 'log2' },
    {
      op: 'impute',
      as: 'popsize.log2',
      column: 'wdi_pop.log2',
      proxy: 'vdem_pop.log2',
      note: "World Bank population, V-Dem's where the World Bank has none",
    },
    { op: 'fill', column: 'popsize.log2', direction: 'forward' },
    { op: 'input', as: 'e_pechmor', kind: 'vdem', variable: 'e_pechmor' },
    { op: 'fill', column: 'e_pechmor', direction: 'forward' },
    { op: 'map', as: 'childmort_sqrt', of: 'e_pechmor', fn: 'sqrt' },
    { op: 'input', as: 'e_gdppc', kind: 'vdem', variable: 'e_gdppc' },
    { op: 'growth', as: 'gdppcgrowth', of: 'e_gdppc' },
    { op: 'fill', column: 'gdppcgrowth', direction: 'forward' },
    { op: 'fill', column: 'e_gdppc', direction: 'forward' },
    { op: 'map', as: 'gdppc.log2', of: 'e_gdppc', fn: 'log2' },
    ...ucdpDeaths('battledeaths', 'sb_total_deaths_best_cy'),
    ...ucdpDeaths('onesided', 'os_total_deaths_best_cy'),
    { op: 'input', as: 'coups', kind: 'vdem', variable: 'e_pt_coup' },
    {
      op: 'fillMissing',
      column: 'coups',
      value: 0,
      note: 'V-Dem codes coups to 2020; later years count as none',
    },
    { op: 'recentAny', as: 'coup.try.5yr', of: 'coups', years: 5 },
    { op: 'compare', as: 'includesnonstate', of: 'year', cmp: 'ge', value: 1989 },
    ...COUNTRY_AGE_STEPS,
    {
      op: 'cumsum',
      as: 'mk_onsets_so_far',
      of: 'mk_onset',
      startColumn: 'datastartyear',
      notBefore: 1960,
    },
    ...ONSET_HISTORY_STEPS,
  ],
  output: {
    fromYear: 1970,
    columns: [
      { name: 'ewp_name', label: 'name' },
      { name: 'year', column: 'year' },
      ...VDEM.map(([v]) => ({ name: v, column: v })),
      ...REGIONS.map(([r]) => ({ name: r, column: r })),
      { name: 'popsize.log2', column: 'popsize.log2' },
      { name: 'childmort_sqrt', column: 'childmort_sqrt' },
      { name: 'gdppc.log2', column: 'gdppc.log2' },
      { name: 'gdppcgrowth', column: 'gdppcgrowth' },
      { name: 'battledeaths.log2', column: 'battledeaths.log2' },
      { name: 'onesided.log2', column: 'onesided.log2' },
      { name: 'coup.try.5yr', column: 'coup.try.5yr' },
      { name: 'includesnonstate', column: 'includesnonstate' },
      { name: 'countryage.new.log2', column: 'countryage.new.log2' },
      { name: 'newcountry', column: 'newcountry' },
      { name: 'mk_onsets_so_far', column: 'mk_onsets_so_far' },
      { name: 'mk_onset_prev_year', column: 'mk_onset_prev_year' },
      { name: 'mk_ever', column: 'mk_ever' },
      { name: 'mk_ongoing_count_log2', column: 'mk_ongoing_count_log2' },
      { name: 'mk_onset_1or2', column: 'mk_onset_1or2' },
      { name: 'mk_onset', column: 'mk_onset' },
      { name: 'ccode', column: 'ccode' },
      { name: 'mk_onset_1', column: 'mk_onset_1' },
      { name: 'mk_onset_2', column: 'mk_onset_2' },
    ],
    names: EWP_2025_NAMES,
  },
  labels: LENS_OPEN_LABELS,
  limits: [
    'Coups are coded by V-Dem (Powell & Thyne) to 2020 only: later years count as no coup, so a recent coup (Myanmar 2021) does not raise the risk.',
    "GDP per capita (V-Dem's Maddison series) ends in 2019 and child mortality in 2022; later years carry the last value forward.",
    'V-Dem v14 ends in 2023: the 2024 row carries 2023 values forward.',
    "Onsets are the Early Warning Project's coding of mass killings (1,000 or more civilians deliberately killed as members of a group); smaller or unrecorded atrocities are not outcomes.",
    'A forecast is a base rate from structure and history, not a prediction of events: a two-year risk of 5% is high among countries, and most high-risk countries have no onset.',
  ],
};
