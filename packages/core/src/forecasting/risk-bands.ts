import { LENS_SPEC } from '../assessment/lens-structural-1';

/**
 * The bands a two-year onset risk is shown in (forecast map and table, assessments, briefs): lower
 * bounds, light to dark. One vocabulary: the structural lens's probability tiers (ADR 11: 0.5%,
 * 1.5%, 4%, 10%), so a risk has the same band on every page.
 */
export const RISK_BANDS: readonly number[] = [0, ...LENS_SPEC.probabilityTiers];

/** The band (0-4) of a risk. */
export const riskBand = (risk: number): number => {
  let band = 0;
  for (let i = 0; i < RISK_BANDS.length; i++) if (risk >= RISK_BANDS[i]!) band = i;
  return band;
};
