/**
 * Resilience beside risk (issue 23 item 2): what could prevent or lessen atrocities in a country,
 * scored 0-100 (higher = more resilient) from the same indicators the structural assessment
 * reads, turned round, and from the capacity audit. The factors are the catalog's: the UN
 * Framework's mitigating factors (RF6), Ferguson & Carver's resilient societies (strong inclusive
 * institutions, cohesive equitable communities; FC.APP.4, with Bellamy's needs assessment
 * BEL.NA.2) and local capacities (Peace Insight's local first responders PI.C.3, Bellamy's layers
 * of resilience BEL.SWISS). A resilience score is the mirror of risk indicators, not new evidence:
 * it is shown beside risk, never added to it.
 */
import { MIN_FACTOR_COVERAGE, type Assessment, type IndicatorReading } from './assess';

export type ResilienceFactorId = 'mitigating' | 'institutions' | 'cohesion' | 'local';

export interface ResilienceFactorSpec {
  readonly id: ResilienceFactorId;
  /** Catalog items it stands for. */
  readonly catalogRefs: readonly string[];
  /** The structural lens's indicators it reads (turned round), or its whole factor. */
  readonly indicators: readonly string[];
  readonly factor?: string;
  /** Whether the capacity audit counts (local prevention capacity). */
  readonly capacity?: boolean;
}

export const RESILIENCE_FACTORS: readonly ResilienceFactorSpec[] = [
  { id: 'mitigating', catalogRefs: ['RF6'], indicators: [], factor: 'RF6' },
  {
    id: 'institutions',
    catalogRefs: ['FC.APP.4'],
    indicators: ['vdem.v2x_rule', 'vdem.v2x_jucon', 'vdem.v2pepwrsoc'],
  },
  {
    id: 'cohesion',
    catalogRefs: ['FC.APP.4', 'BEL.NA.2'],
    indicators: ['vdem.v2xpe_exlsocgr', 'vdem.v2clsocgrp'],
  },
  {
    id: 'local',
    catalogRefs: ['PI.C.3', 'BEL.SWISS'],
    indicators: ['vdem.v2csreprss'],
    capacity: true,
  },
];

export interface ResilienceIndicator {
  readonly id: string;
  readonly label: string;
  readonly raw: number | null;
  readonly valueYear: number | null;
  /** 100 minus the indicator's risk score; null without a value. */
  readonly resilience: number | null;
  readonly source: IndicatorReading['source'];
}

export interface ResilienceFactor {
  readonly id: ResilienceFactorId;
  readonly catalogRefs: readonly string[];
  /** Null when too few of its indicators have a value (the same rule as risk factors). */
  readonly score: number | null;
  readonly coverage: number;
  readonly indicators: readonly ResilienceIndicator[];
  /** The capacity audit's share of measures someone can apply (local capacity), when judged. */
  readonly capacity: { covered: number; limited: number; measures: number; score: number } | null;
}

export interface Resilience {
  readonly iso3: string;
  readonly year: number;
  readonly factors: readonly ResilienceFactor[];
  /** The mean of the scored factors; null when none is scored. */
  readonly overall: number | null;
}

/** The capacity audit as resilience: covered measures count fully, limited ones half. */
export const capacityScore = (c: { covered: number; limited: number; measures: number }) =>
  c.measures > 0 ? Math.round((100 * (c.covered + c.limited / 2)) / c.measures) : 0;

export function resilienceOf(
  a: Assessment,
  capacity: { covered: number; limited: number; measures: number } | null,
): Resilience {
  const readings = new Map(a.factors.flatMap((f) => f.indicators).map((i) => [i.id, i]));
  const factors = RESILIENCE_FACTORS.map((spec): ResilienceFactor => {
    const ids = spec.factor
      ? (a.factors.find((f) => f.id === spec.factor)?.indicators.map((i) => i.id) ?? [])
      : spec.indicators;
    const indicators = ids
      .map((id) => readings.get(id))
      .filter((r): r is IndicatorReading => r !== undefined)
      .map((r) => ({
        id: r.id,
        label: r.label,
        raw: r.raw,
        valueYear: r.valueYear,
        resilience: r.score === null ? null : Math.round(100 - r.score),
        source: r.source,
      }));
    const judged = spec.capacity && capacity && capacity.covered + capacity.limited > 0;
    const cap = judged ? { ...capacity, score: capacityScore(capacity) } : null;
    const scores = [
      ...indicators.flatMap((i) => (i.resilience === null ? [] : [i.resilience])),
      ...(cap ? [cap.score] : []),
    ];
    const parts = ids.length + (cap ? 1 : 0);
    const coverage = parts > 0 ? scores.length / parts : 0;
    return {
      id: spec.id,
      catalogRefs: spec.catalogRefs,
      score:
        scores.length > 0 && coverage >= MIN_FACTOR_COVERAGE
          ? Math.round(scores.reduce((s, x) => s + x, 0) / scores.length)
          : null,
      coverage,
      indicators,
      capacity: cap,
    };
  });
  const scored = factors.flatMap((f) => (f.score === null ? [] : [f.score]));
  return {
    iso3: a.iso3,
    year: a.year,
    factors,
    overall:
      scored.length > 0 ? Math.round(scored.reduce((s, x) => s + x, 0) / scored.length) : null,
  };
}
