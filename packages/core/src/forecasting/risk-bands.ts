/**
 * The bands a two-year onset risk is shown in (forecast map and table): lower bounds, light to dark.
 * Chosen for reading, not for decisions: the structural tiers (ADR 11) and the model card say what
 * a risk means; about one country in eight of the EWP's 2024 ranking is above 4%.
 */
export const RISK_BANDS = [0, 0.01, 0.025, 0.05, 0.08] as const;

/** The band (0-4) of a risk. */
export const riskBand = (risk: number): number => {
  let band = 0;
  for (let i = 0; i < RISK_BANDS.length; i++) if (risk >= RISK_BANDS[i]!) band = i;
  return band;
};
