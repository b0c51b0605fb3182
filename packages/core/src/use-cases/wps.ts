import type { IndicatorId } from '../escalation/indicators';
import { INDICATORS } from '../escalation/indicators';
import {
  onsetRatesByStanding,
  wpsChanges,
  wpsReading,
  wpsTrend,
  type WpsBandRate,
  type WpsChange,
  type WpsReading,
  type WpsSeries,
  type WpsTrendPoint,
} from '../wps/wps';
import { WPS_SPEC, wpsIndicators } from '../wps/wps-spec';
import type { UseCaseDeps } from './context';
import { getCountry } from './countries';
import {
  FIRST_ASSESSMENT_YEAR,
  cachedLensData,
  latestAssessments,
  loadIndicatorSeries,
} from './assessment-data';
import { countryEvents } from './escalation-inputs';
import { onsetYears } from './history-check';
import { datasetLabel } from './events';
import { WPS_DATA_KEY } from './structural-cache';

/** The gendered red flags of the escalation engine, counted beside the standing. */
export const WPS_VIOLENCE = ['sexual_violence', 'violence_targeting_women'] as const;
export type WpsViolenceId = (typeof WPS_VIOLENCE)[number] & IndicatorId;

export interface WpsViolenceCount {
  readonly indicator: WpsViolenceId;
  readonly label: string;
  /** Events a published dataset coded, or corroborated and verified reports. */
  readonly evidence: number;
  /** Unverified reports: to verify before they count. */
  readonly toVerify: number;
}

export interface WpsViolenceYear {
  readonly year: number;
  readonly counts: readonly WpsViolenceCount[];
}

export interface CountryWps {
  readonly iso3: string;
  readonly country: string;
  readonly year: number;
  readonly spec: string;
  readonly reading: WpsReading;
  readonly trend: readonly WpsTrendPoint[];
  /** Since the year before, and since `compareYears` before. */
  readonly changes: readonly WpsChange[];
  /** The escalation engine's gendered red flags, year by year over the trend window. */
  readonly violence: readonly WpsViolenceYear[];
  /** The country's events and reports in the window: with none, zeros are no evidence. */
  readonly eventSources: { readonly events: number };
  /** Onset rates by standing band over every country's history, and this country's band. */
  readonly onsetLink: {
    readonly outcomes: string | null;
    readonly years: readonly [number, number] | null;
    readonly bands: readonly WpsBandRate[];
  };
  readonly sources: readonly string[];
}

/** The WPS indicators' series, kept in the adapters' cache until data commit (as the lens's). */
export async function cachedWpsSeries(deps: UseCaseDeps): Promise<WpsSeries> {
  const cache = deps.cache;
  if (!cache) return loadIndicatorSeries(deps, wpsIndicators());
  let hit = cache.get(WPS_DATA_KEY) as Promise<WpsSeries> | undefined;
  if (!hit) {
    hit = loadIndicatorSeries(deps, wpsIndicators());
    cache.set(WPS_DATA_KEY, hit);
    hit.catch(() => cache.delete(WPS_DATA_KEY));
  }
  return hit;
}

const ONSET_MEMO = new WeakMap<WpsSeries, Map<number, CountryWps['onsetLink']>>();

async function onsetLink(deps: UseCaseDeps, series: WpsSeries): Promise<CountryWps['onsetLink']> {
  const outcomes = await deps.store.datasets.latest('ewp-outcomes');
  if (!outcomes) return { outcomes: null, years: null, bands: [] };
  let memo = ONSET_MEMO.get(series);
  if (!memo) ONSET_MEMO.set(series, (memo = new Map<number, CountryWps['onsetLink']>()));
  const hit = memo.get(outcomes.id);
  if (hit) return hit;
  const { onsets, through } = await onsetYears(deps, outcomes);
  const countries = await deps.store.countries.list();
  const to = through - 2;
  const rows: Array<{ standing: number; onsetWithin2: boolean }> = [];
  for (const c of countries)
    for (let y = FIRST_ASSESSMENT_YEAR; y <= to; y++) {
      const s = wpsReading(series, c.iso3, y).standing;
      if (s === null) continue;
      const o = onsets.get(c.iso3);
      rows.push({ standing: s, onsetWithin2: !!o && (o.has(y + 1) || o.has(y + 2)) });
    }
  const link = {
    outcomes: datasetLabel(outcomes),
    years: [FIRST_ASSESSMENT_YEAR, to] as const,
    bands: onsetRatesByStanding(rows),
  };
  memo.set(outcomes.id, link);
  return link;
}

/**
 * A country's women, peace and security standing as of a year (default: the year of its latest
 * assessment), its trend and changes, the gendered red flags known by then, and how the standing
 * relates to mass-killing onsets over history.
 */
export async function countryWps(
  deps: UseCaseDeps,
  input: { iso3: string; year?: number | undefined },
): Promise<CountryWps> {
  const country = (await getCountry(deps.store, input.iso3))[0]!;
  const iso3 = country.iso3;
  const series = await cachedWpsSeries(deps);
  const now = deps.clock.now();
  const year =
    input.year ??
    latestAssessments(await cachedLensData(deps), now.getUTCFullYear(), iso3)?.year ??
    now.getUTCFullYear() - 1;
  const reading = wpsReading(series, iso3, year);
  const changes = [1, WPS_SPEC.compareYears].flatMap((back) =>
    wpsChanges(wpsReading(series, iso3, year - back), reading),
  );
  const from = year - WPS_SPEC.trendYears;
  // Only events up to the end of the year asked: a past year reads what was known then.
  const events = (await countryEvents(deps, iso3, `${from}-01-01`)).filter(
    (e) => e.date <= `${year}-12-31`,
  );
  const violence: WpsViolenceYear[] = [];
  for (let y = from; y <= year; y++) {
    const inYear = events.filter((e) => e.date.startsWith(`${y}-`));
    violence.push({
      year: y,
      counts: WPS_VIOLENCE.map((id) => {
        const hit = inYear.filter((e) => e.hits.some((h) => h.indicator === id));
        return {
          indicator: id,
          label: INDICATORS.find((i) => i.id === id)!.label,
          evidence: hit.filter((e) => e.corroborated).length,
          toVerify: hit.filter((e) => !e.corroborated).length,
        };
      }),
    });
  }
  const sources = new Set<string>();
  for (const d of reading.dimensions)
    for (const i of d.indicators)
      if (i.source && i.raw !== null) sources.add(datasetLabel(i.source));
  sources.add(`Women, peace and security standing ${WPS_SPEC.version}`);
  const link = await onsetLink(deps, series);
  if (link.outcomes) sources.add(link.outcomes);
  return {
    iso3,
    country: country.names.en,
    year,
    spec: WPS_SPEC.version,
    reading,
    trend: wpsTrend(series, iso3, year),
    changes,
    violence,
    eventSources: { events: events.length },
    onsetLink: link,
    sources: [...sources],
  };
}
