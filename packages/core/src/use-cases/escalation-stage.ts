import type { Alert } from '../escalation/alert';
import {
  addDays,
  stageAt,
  stageChanges,
  type Episode,
  type StagePoint,
} from '../escalation/engine';
import type { Stage } from '../escalation/indicators';
import { escalationMap, type ProvinceMapLayout } from '../escalation/province-map';
import type { UseCaseDeps } from './context';
import { getCountry } from './countries';

export interface PlaceStage {
  readonly admin1Code: string | null;
  readonly admin1Name: string | null;
  readonly stage: Stage;
  readonly since: string | null;
  /** The province's label point (Natural Earth), for the map; null when not in the gazetteer. */
  readonly latitude: number | null;
  readonly longitude: number | null;
  /** The monthly model's risk for the province in the latest scored month up to the day. */
  readonly risk: number | null;
}

export interface CountryEscalation {
  readonly iso3: string;
  readonly asOf: string;
  /** Why that day: asked for, or today. */
  readonly asOfBasis: 'requested' | 'today';
  /** The last day the country's event datasets cover (null: no event data at all). */
  readonly dataThrough: string | null;
  /**
   * Set when the event data stopped more than 90 days before the day asked about: the stage is
   * then the last one known, held (a stage decays only on evidence of calm), never "none".
   */
  readonly noDataSince: string | null;
  readonly stage: Stage;
  /** Stage changes of the whole country (the highest of its places). */
  readonly timeline: readonly StagePoint[];
  /**
   * Each province's stage on the day, with the day it began. A province moves only on events
   * placed in it; events without a province move the country's stage alone.
   */
  readonly places: readonly PlaceStage[];
  readonly openAlerts: number;
  /**
   * The monthly escalation model's risk for the whole country, month by month up to the day
   * (probability of atrocity-scale violence against civilians in the next three months).
   */
  readonly risk: ReadonlyArray<{ readonly month: string; readonly risk: number }>;
  /** The model's alarm level for the country (risk at or above it is flagged), when scored. */
  readonly riskAlarm: number | null;
  /** The provinces as shapes to colour by stage or risk, labelled without overlap. */
  readonly map: ProvinceMapLayout | null;
}

/** The size the web page draws a country's province map at. */
export const PAGE_MAP = { width: 760, height: 440, fontSize: 11 } as const;

const asEpisode = (a: Alert): Episode => ({
  ruleId: a.ruleId,
  stage: a.stage,
  severity: a.severity,
  alert: a.kind === 'alert',
  iso3: a.iso3,
  admin1Code: a.admin1Code,
  admin1Name: a.admin1Name,
  raisedOn: a.raisedAt.slice(0, 10),
  firstEventDate: a.firstEventDate,
  lastEventDate: a.lastEventDate,
  holdsUntil: a.holdsUntil,
  events: [],
  context: a.context,
  basis: a.basis,
});

/** Event data older than this (days) before the day asked about: "no data since". */
export const STALE_AFTER_DAYS = 90;

/** The last day a country's event datasets cover (kept by the cache: datasets never change). */
export async function dataThroughOf(deps: UseCaseDeps, iso3: string): Promise<string | null> {
  let last: string | null = null;
  for (const id of await deps.store.datasets.eventDatasetsOf(iso3)) {
    const key = `dataset-span:${id}`;
    let span = deps.cache?.get(key) as { first: string; last: string } | null | undefined;
    if (span === undefined) {
      span = (await deps.store.datasets.eventSpan(id)) ?? null;
      deps.cache?.set(key, span);
    }
    if (span && (last === null || span.last > last)) last = span.last;
  }
  return last;
}

/**
 * A country's alerts and signals as the stage engine reads them on a day. When its event data
 * stopped more than STALE_AFTER_DAYS before that day (`noDataSince`), nothing says the violence
 * stopped: what held then holds to the day.
 */
export function episodesOn(
  alerts: readonly Alert[],
  dataThrough: string | null,
  day: string,
): { episodes: Episode[]; noDataSince: string | null } {
  const noDataSince =
    dataThrough !== null && addDays(dataThrough, STALE_AFTER_DAYS) < day ? dataThrough : null;
  const episodes = alerts
    .map(asEpisode)
    .map((e) =>
      noDataSince !== null && e.holdsUntil >= noDataSince && e.raisedOn <= noDataSince
        ? { ...e, holdsUntil: e.holdsUntil > day ? e.holdsUntil : day }
        : e,
    );
  return { episodes, noDataSince };
}

/** A country's escalation stage on a day, per province, and its stage timeline. */
export async function countryEscalation(
  deps: UseCaseDeps,
  input: { iso3: string; asOf?: string },
): Promise<CountryEscalation> {
  const iso3 = (await getCountry(deps.store, input.iso3))[0]!.iso3;
  const rows = await deps.store.escalation.forPlace({ iso3 });
  const today = deps.clock.now().toISOString().slice(0, 10);
  const asOf = input.asOf ?? today;
  const dataThrough = await dataThroughOf(deps, iso3);
  const { episodes: eps, noDataSince } = episodesOn(rows, dataThrough, asOf);
  const byPlace = new Map<string, Episode[]>();
  for (const e of eps) {
    if (e.admin1Code === null) continue;
    const list = byPlace.get(e.admin1Code);
    if (list) list.push(e);
    else byPlace.set(e.admin1Code, [e]);
  }
  const points = new Map((deps.gazetteer?.admin1(iso3) ?? []).map((p) => [p.code, p]));
  const risks = (await deps.store.escalation.risks({ iso3 })).filter(
    (r) => r.month <= asOf.slice(0, 7),
  );
  const latestRisk = new Map<string, number>();
  for (const r of risks) latestRisk.set(r.admin1Code, r.risk);
  const countryRisk = risks.filter((r) => r.admin1Code === '');
  // Every province of the gazetteer, and any other a source named.
  const codes = new Set([...points.keys(), ...byPlace.keys()]);
  const places: PlaceStage[] = [];
  for (const k of codes) {
    const list = byPlace.get(k) ?? [];
    const changes = stageChanges(list, asOf);
    const stage = stageAt(list, asOf);
    const p = points.get(k);
    places.push({
      admin1Code: k,
      admin1Name: list[0]?.admin1Name ?? p?.name ?? null,
      stage,
      since: stage === 'none' ? null : (changes[changes.length - 1]?.date ?? null),
      latitude: p?.latitude ?? null,
      longitude: p?.longitude ?? null,
      risk: latestRisk.get(k) ?? null,
    });
  }
  places.sort((a, b) => (a.admin1Name ?? '').localeCompare(b.admin1Name ?? ''));
  return {
    iso3,
    asOf,
    asOfBasis: input.asOf ? 'requested' : 'today',
    dataThrough,
    noDataSince,
    stage: stageAt(eps, asOf),
    timeline: stageChanges(eps, asOf),
    places,
    openAlerts: rows.filter((r) => r.kind === 'alert' && r.status !== 'closed').length,
    risk: countryRisk.map((r) => ({ month: r.month, risk: r.risk })),
    riskAlarm: countryRisk.at(-1)?.alarm ?? null,
    map: escalationMap(deps.gazetteer?.shapes?.(iso3) ?? [], places, PAGE_MAP),
  };
}
