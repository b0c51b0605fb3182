import { reading, type IndicatorReading, type IndicatorSeries } from '../assessment/assess';
import { WPS_SPEC, type WpsDimensionId, type WpsSpec } from './wps-spec';

/**
 * The women, peace and security standing of a country as of a year (ADR 28): each indicator's
 * standing (0 none ... 100 full), each dimension's mean when enough of its indicators have a
 * value, and the mean of the three dimensions. Like the structural lens, a missing value is
 * uncertainty, never a good or bad reading: a dimension without enough data has a range and no
 * standing. Pure: the use case loads the series.
 */

export interface WpsIndicatorReading extends IndicatorReading {
  /** 100 minus the lens score: 100 at the indicator's `safe` value, 0 at its `risky` one. */
  readonly standing: number | null;
  readonly rationale: string;
  readonly catalogRefs: readonly string[];
}

export interface WpsDimension {
  readonly id: WpsDimensionId;
  readonly name: string;
  /** Null when fewer than `minCoverage` of its indicators have a value. */
  readonly standing: number | null;
  readonly coverage: number;
  /** The standing it could have if each missing indicator took any value from 0 to 100. */
  readonly range: readonly [number, number];
  readonly indicators: readonly WpsIndicatorReading[];
}

export interface WpsReading {
  readonly iso3: string;
  readonly year: number;
  /** The mean of the three dimensions; null unless all three are scored. */
  readonly standing: number | null;
  readonly range: readonly [number, number];
  readonly dimensions: readonly WpsDimension[];
}

export type WpsSeries = ReadonlyMap<string, IndicatorSeries>;

const mean = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;

export function wpsReading(
  series: WpsSeries,
  iso3: string,
  year: number,
  spec: WpsSpec = WPS_SPEC,
): WpsReading {
  const dimensions = spec.dimensions.map((d): WpsDimension => {
    const indicators = d.indicators.map((i): WpsIndicatorReading => {
      const s = series.get(i.id);
      const r: IndicatorReading = s
        ? reading(s, iso3, year)
        : { id: i.id, label: i.label, raw: null, valueYear: null, score: null, source: null };
      return {
        ...r,
        standing: r.score === null ? null : 100 - r.score,
        rationale: i.rationale,
        catalogRefs: i.catalogRefs,
      };
    });
    const known = indicators.flatMap((r) => (r.standing === null ? [] : [r.standing]));
    const n = indicators.length;
    const missing = n - known.length;
    const sum = known.reduce((a, b) => a + b, 0);
    const coverage = n > 0 ? known.length / n : 0;
    return {
      id: d.id,
      name: d.name,
      standing: known.length > 0 && coverage >= spec.minCoverage ? sum / known.length : null,
      coverage,
      range: n > 0 ? [sum / n, (sum + 100 * missing) / n] : [0, 100],
      indicators,
    };
  });
  const scored = dimensions.every((d) => d.standing !== null);
  const bounds = (k: 0 | 1) => mean(dimensions.map((d) => d.standing ?? d.range[k]));
  return {
    iso3,
    year,
    standing: scored ? mean(dimensions.map((d) => d.standing!)) : null,
    range: scored ? [bounds(0), bounds(0)] : [bounds(0), bounds(1)],
    dimensions,
  };
}

export interface WpsTrendPoint {
  readonly year: number;
  readonly standing: number | null;
  readonly dimensions: Readonly<Record<WpsDimensionId, number | null>>;
}

/** The standing year by year over the spec's trend window, ending at `year`. */
export function wpsTrend(
  series: WpsSeries,
  iso3: string,
  year: number,
  spec: WpsSpec = WPS_SPEC,
): WpsTrendPoint[] {
  const out: WpsTrendPoint[] = [];
  for (let y = year - spec.trendYears; y <= year; y++) {
    const r = wpsReading(series, iso3, y, spec);
    const dims = Object.fromEntries(r.dimensions.map((d) => [d.id, d.standing])) as Record<
      WpsDimensionId,
      number | null
    >;
    out.push({ year: y, standing: r.standing, dimensions: dims });
  }
  return out;
}

export type WpsDirection = 'improved' | 'deteriorated' | 'steady';

/** What moved an indicator between two readings: its value, from and to. */
export interface WpsMove {
  readonly id: string;
  readonly label: string;
  readonly from: number;
  readonly to: number;
  readonly fromYear: number;
  readonly toYear: number;
  /** Standing points gained (negative: lost). */
  readonly points: number;
}

export interface WpsChange {
  /** A dimension, or null for the standing as a whole. */
  readonly dimension: WpsDimensionId | null;
  readonly since: number;
  readonly from: number;
  readonly to: number;
  readonly direction: WpsDirection;
  /** The indicators whose values changed, largest move first (never one whose value did not). */
  readonly why: readonly WpsMove[];
}

const directionOf = (points: number, spec: WpsSpec): WpsDirection =>
  points >= spec.changePoints
    ? 'improved'
    : points <= -spec.changePoints
      ? 'deteriorated'
      : 'steady';

function movesOf(
  then: readonly WpsIndicatorReading[],
  now: readonly WpsIndicatorReading[],
): WpsMove[] {
  const moves: WpsMove[] = [];
  for (const n of now) {
    const t = then.find((x) => x.id === n.id);
    if (!t || t.raw === null || n.raw === null || t.standing === null || n.standing === null)
      continue;
    // A value carried forward is not a move: both readings must rest on different values that
    // change the standing (two values past an anchor both score 100).
    if (t.raw === n.raw || Math.abs(n.standing - t.standing) < 0.5) continue;
    moves.push({
      id: n.id,
      label: n.label,
      from: t.raw,
      to: n.raw,
      fromYear: t.valueYear!,
      toYear: n.valueYear!,
      points: n.standing - t.standing,
    });
  }
  return moves.sort((a, b) => Math.abs(b.points) - Math.abs(a.points));
}

/** The standing's and each dimension's change from an earlier reading to a later one. */
export function wpsChanges(
  then: WpsReading,
  now: WpsReading,
  spec: WpsSpec = WPS_SPEC,
): WpsChange[] {
  const out: WpsChange[] = [];
  const all: WpsMove[] = [];
  for (const d of now.dimensions) {
    const t = then.dimensions.find((x) => x.id === d.id);
    if (!t) continue;
    const why = movesOf(t.indicators, d.indicators);
    all.push(...why);
    if (d.standing === null || t.standing === null) continue;
    const points = d.standing - t.standing;
    out.push({
      dimension: d.id,
      since: then.year,
      from: t.standing,
      to: d.standing,
      direction: directionOf(points, spec),
      why: why.slice(0, 3),
    });
  }
  if (then.standing !== null && now.standing !== null)
    out.unshift({
      dimension: null,
      since: then.year,
      from: then.standing,
      to: now.standing,
      direction: directionOf(now.standing - then.standing, spec),
      why: all.sort((a, b) => Math.abs(b.points) - Math.abs(a.points)).slice(0, 3),
    });
  return out;
}

/** Country-years in one standing band and how many were followed by a mass-killing onset. */
export interface WpsBandRate {
  /** Lower and upper bound of the band (upper exclusive, except 100). */
  readonly from: number;
  readonly to: number;
  readonly countryYears: number;
  readonly onsets: number;
  readonly rate: number;
}

/**
 * The link to atrocities over history: among country-years with a standing, the share in each
 * band followed by a new mass-killing onset within two years (a country-year already in an
 * episode's onset year counts as followed).
 */
export function onsetRatesByStanding(
  rows: ReadonlyArray<{ readonly standing: number; readonly onsetWithin2: boolean }>,
  spec: WpsSpec = WPS_SPEC,
): WpsBandRate[] {
  const edges = [0, ...spec.bands, 100];
  const out: WpsBandRate[] = [];
  for (let b = 0; b < edges.length - 1; b++) {
    const lo = edges[b]!;
    const hi = edges[b + 1]!;
    const inBand = rows.filter(
      (r) => r.standing >= lo && (r.standing < hi || (hi === 100 && r.standing <= 100)),
    );
    const onsets = inBand.filter((r) => r.onsetWithin2).length;
    out.push({
      from: lo,
      to: hi,
      countryYears: inBand.length,
      onsets,
      rate: inBand.length > 0 ? onsets / inBand.length : 0,
    });
  }
  return out;
}
