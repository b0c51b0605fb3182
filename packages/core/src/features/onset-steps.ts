import type { FeatureStep } from './spec';

/** Variables of the onset panel (`ewp-outcomes`), each joined under its own name. */
export const outcomeInputs = (variables: readonly string[]): FeatureStep[] =>
  variables.map((v) => ({ op: 'input', as: v, kind: 'ewp-outcomes', variable: v }));

/** A country's age from its year of independence, as the EWP codes it. */
export const COUNTRY_AGE_STEPS: readonly FeatureStep[] = [
  { op: 'subtract', as: 'countryage_new', a: 'year', b: 'independence_year' },
  { op: 'map', as: 'countryage.new.log2', of: 'countryage_new', fn: 'log2p1' },
  { op: 'compare', as: 'newcountry', of: 'countryage_new', cmp: 'le', value: 2 },
];

/**
 * The outcome (an onset in the next one or two years) and the onset history the EWP's model
 * reads: last year's onset, any mass killing in the country's history, ongoing episodes.
 */
export const ONSET_HISTORY_STEPS: readonly FeatureStep[] = [
  { op: 'shift', as: 'mk_onset_1', of: 'mk_onset', by: -1 },
  { op: 'shift', as: 'mk_onset_2', of: 'mk_onset', by: -2 },
  { op: 'anyOne', as: 'mk_onset_1or2', of: ['mk_onset_1', 'mk_onset_2'], missingAs: 0 },
  { op: 'shift', as: 'mk_onset_prev_year', of: 'mk_onset', by: 1, missingAs: 0 },
  { op: 'anyOne', as: 'mk_ever', of: ['mk_responsible_ever', 'mk_location_ever'] },
  { op: 'map', as: 'mk_ongoing_count_log2', of: 'mk_ongoing_count', fn: 'log2p1' },
];
