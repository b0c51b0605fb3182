import type { DatasetKind } from '../domain/dataset';

/**
 * The structural lens as data: each risk factor of the UN Framework of Analysis (and the gender
 * lens) linked to measurable indicators in the stored data, each with its direction, the raw
 * values that score 0 (no sign of the risk) and 100 (the risk at its clearest), and a rationale.
 * Factors without measurable indicators (RF8, RF10-RF14) take analysts' dated judgements.
 * Changing any threshold, indicator or weight is a new version (`LENS_SPEC.version`).
 */

export interface IndicatorSpec {
  /** `<kind>.<variable>`, unique in the spec. */
  readonly id: string;
  readonly kind: DatasetKind;
  readonly variable: string;
  readonly label: string;
  /** Raw value (after `transform`) that scores 0 ... and 100; `risky < safe` when lower is worse. */
  readonly safe: number;
  readonly risky: number;
  readonly transform?: 'log10p1';
  /** How many years an older value may stand in when the year itself has none. */
  readonly maxAge?: number;
  /** Catalog items the indicator measures (UN Framework indicators, Bellamy, gender). */
  readonly catalogRefs: readonly string[];
  readonly rationale: string;
}

export interface FactorSpec {
  /** A UN Framework risk factor (RF1..RF14) or `G` (the gender lens). */
  readonly id: string;
  readonly name: string;
  readonly catalogRefs: readonly string[];
  readonly weight: number;
  readonly indicators: readonly IndicatorSpec[];
}

export interface LensSpec {
  readonly version: string;
  readonly factors: readonly FactorSpec[];
  /** Structural score (0-100) at or above which each tier starts: low, moderate, high, extreme. */
  readonly scoreTiers: readonly [number, number, number, number];
  /** Two-year forecast probability at or above which each tier starts: low, moderate, high, extreme. */
  readonly probabilityTiers: readonly [number, number, number, number];
  /**
   * How the thresholds were fitted (ADR 21): on which years' out-of-sample forecasts, to what
   * limit on the top two tiers' share, from which unfitted thresholds. Years after `fitYears`
   * are the test.
   */
  readonly tierFit?: {
    readonly fitYears: readonly [number, number];
    readonly maxTopShare: number;
    readonly base: {
      readonly scoreTiers: readonly [number, number, number, number];
      readonly probabilityTiers: readonly [number, number, number, number];
    };
  };
}

export const TIERS = ['negligible', 'low', 'moderate', 'high', 'extreme'] as const;
export type Tier = (typeof TIERS)[number];
export const isTier = (v: string): v is Tier => (TIERS as readonly string[]).includes(v);

/** A V-Dem indicator (values carried forward one year at most). */
export const vdemIndex = (
  variable: string,
  label: string,
  safe: number,
  risky: number,
  catalogRefs: string[],
  rationale: string,
): IndicatorSpec => ({
  id: `vdem.${variable}`,
  kind: 'vdem',
  variable,
  label,
  safe,
  risky,
  catalogRefs,
  rationale,
});

/** A UCDP country-year count, scored on a log scale; only the year itself counts. */
export const deaths = (
  variable: string,
  label: string,
  risky: number,
  catalogRefs: string[],
  rationale: string,
): IndicatorSpec => ({
  id: `ucdp-ovcy.${variable}`,
  kind: 'ucdp-ovcy',
  variable,
  label,
  safe: 0,
  risky,
  transform: 'log10p1',
  maxAge: 0,
  catalogRefs,
  rationale,
});

/** A World Bank WDI series (values up to three years old stand in). */
export const wdi = (
  variable: string,
  label: string,
  safe: number,
  risky: number,
  catalogRefs: string[],
  rationale: string,
): IndicatorSpec => ({
  id: `wdi.${variable}`,
  kind: 'wdi',
  variable,
  label,
  safe,
  risky,
  maxAge: 3,
  catalogRefs,
  rationale,
});
