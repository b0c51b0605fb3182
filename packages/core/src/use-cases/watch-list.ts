import { existsIn } from '../domain/country';
import type { Assessment } from '../assessment/assess';
import { TIERS, type Tier } from '../assessment/lens-spec';
import type { Alert } from '../escalation/alert';
import { addDays, stageAt, stageChanges } from '../escalation/engine';
import { stageRank, type Stage } from '../escalation/indicators';
import type { MonitoringLevel, TriggerKind } from '../triggers/trigger';
import type { UseCaseDeps } from './context';
import { monitoringByCountry } from './triggers';
import { cachedLensData, assessRange, latestAssessments } from './assessment-data';
import { dataThroughOf, episodesOn, STALE_AFTER_DAYS } from './escalation-stage';

/** Which way a country moved over a period (as CrisisWatch marks it). */
export type Direction = 'deteriorated' | 'improved' | 'unchanged';

/** One reason a country moved, as data: the page words it in the reader's language. */
export type WatchReason =
  | { readonly kind: 'stage'; readonly from: Stage; readonly to: Stage; readonly on: string }
  | { readonly kind: 'new-alerts'; readonly count: number }
  | { readonly kind: 'tier'; readonly from: Tier | null; readonly to: Tier | null }
  | {
      readonly kind: 'probability';
      readonly from: number;
      readonly to: number;
      readonly fromTier: Tier | null;
      readonly toTier: Tier | null;
    }
  | {
      readonly kind: 'factor';
      readonly factorId: string;
      readonly name: string;
      readonly from: number | null;
      readonly to: number | null;
    };

export interface WatchChange {
  readonly direction: Direction;
  /** Why, most telling first; empty when nothing moved. */
  readonly reasons: readonly WatchReason[];
}

export interface WatchEntry {
  readonly iso3: string;
  readonly country: string;
  readonly region: string;
  /** The structural tier (an analyst's override where there is one). */
  readonly tier: Tier | null;
  readonly overridden: boolean;
  readonly score: number | null;
  /** The default model's two-year onset probability from the assessment year's data. */
  readonly probability: {
    readonly risk2y: number;
    readonly interval: readonly [number, number] | null;
    readonly modelId: string;
    readonly fromYear: number;
  } | null;
  readonly probabilityTier: Tier | null;
  /** The escalation stage on the day, the day it began, and when the event data stopped. */
  readonly stage: Stage;
  readonly stageSince: string | null;
  readonly noDataSince: string | null;
  /** The monthly escalation model's three-month risk for the whole country, latest month to the day. */
  readonly escalationRisk: number | null;
  readonly openAlerts: number;
  /** Heightened while a trigger ahead is inside its window (issue 23); the next trigger. */
  readonly monitoring: MonitoringLevel;
  readonly nextTrigger: {
    readonly on: string;
    readonly kind: TriggerKind;
    readonly title: string;
    readonly daysUntil: number;
  } | null;
  /** Since a month before the day: the stage and alerts raised. */
  readonly month: WatchChange;
  /** Since the year before the assessment year: tier, probability band and the factors that moved. */
  readonly year: WatchChange;
}

export interface WatchList {
  readonly asOf: string;
  /**
   * Why that day: asked for; today; or, when no event data reaches within STALE_AFTER_DAYS of
   * today, the last day any event data covers (so the month's changes are those of real data).
   */
  readonly asOfBasis: 'requested' | 'today' | 'latest data';
  readonly monthFrom: string;
  /** The assessment year (the latest with data up to the day) and the one it is compared with. */
  readonly year: number | null;
  readonly entries: readonly WatchEntry[];
}

const tierIndex = (t: Tier | null): number => (t === null ? -1 : TIERS.indexOf(t));
const sign = (d: number): Direction => (d > 0 ? 'deteriorated' : d < 0 ? 'improved' : 'unchanged');
/** A month before a day, the same day of the month where there is one (31 Mar -> 28/29 Feb). */
export function monthBefore(day: string): string {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  const first = new Date(Date.UTC(y, m - 2, 1));
  const last = new Date(Date.UTC(y, m - 1, 0)).getUTCDate();
  first.setUTCDate(Math.min(d, last));
  return first.toISOString().slice(0, 10);
}

/** The month's change: a move between stages, else alerts raised in it (each worsens). */
function monthChange(eps: { now: Stage; before: Stage; on: string | null }, raised: number) {
  const reasons: WatchReason[] = [];
  const d = stageRank(eps.now) - stageRank(eps.before);
  if (d !== 0) reasons.push({ kind: 'stage', from: eps.before, to: eps.now, on: eps.on ?? '' });
  if (raised > 0) reasons.push({ kind: 'new-alerts', count: raised });
  return { direction: d !== 0 ? sign(d) : raised > 0 ? 'deteriorated' : 'unchanged', reasons };
}

/**
 * The year's change: a move between structural tiers, else between probability tiers (both sets
 * of thresholds fitted out of sample, ADR 21; no other threshold is added here), with the factors
 * that moved most as the why.
 */
function yearChange(a: Assessment, before: Assessment | undefined): WatchChange {
  const reasons: WatchReason[] = [];
  const tierMove = tierIndex(a.tier) - tierIndex(a.previousTier);
  if (tierMove !== 0) reasons.push({ kind: 'tier', from: a.previousTier, to: a.tier });
  const p0 = before?.probability?.risk2y;
  const p1 = a.probability?.risk2y;
  const bandMove =
    p0 === undefined || p1 === undefined || !before
      ? 0
      : tierIndex(a.probabilityTier) - tierIndex(before.probabilityTier);
  if (p0 !== undefined && p1 !== undefined && bandMove !== 0)
    reasons.push({
      kind: 'probability',
      from: p0,
      to: p1,
      fromTier: before?.probabilityTier ?? null,
      toTier: a.probabilityTier,
    });
  const direction = sign(tierMove !== 0 ? tierMove : bandMove);
  if (direction !== 'unchanged')
    for (const c of [...a.changes]
      .filter((c) => c.from !== null && c.to !== null && sign(c.to - c.from) === direction)
      .sort((x, y) => Math.abs(y.to! - y.from!) - Math.abs(x.to! - x.from!))
      .slice(0, 2)) {
      const f = a.factors.find((x) => x.id === c.factorId);
      reasons.push({
        kind: 'factor',
        factorId: c.factorId,
        name: f?.name ?? c.factorId,
        from: c.from,
        to: c.to,
      });
    }
  return { direction, reasons };
}

const group = (alerts: readonly Alert[]) => {
  const by = new Map<string, Alert[]>();
  for (const a of alerts) {
    const list = by.get(a.iso3);
    if (list) list.push(a);
    else by.set(a.iso3, [a]);
  }
  return by;
};

/**
 * The watch list: every assessed country with its tier, probability and interval, escalation
 * stage and open alerts, and what changed since a month before the day and since the year before.
 */
export async function watchList(
  deps: UseCaseDeps,
  input: { asOf?: string | undefined } = {},
): Promise<WatchList> {
  const byCountry = group(await deps.store.escalation.forPlace({}));
  const through = new Map<string, string | null>();
  for (const iso3 of byCountry.keys()) through.set(iso3, await dataThroughOf(deps, iso3));
  const today = deps.clock.now().toISOString().slice(0, 10);
  let asOf = input.asOf ?? today;
  let asOfBasis: WatchList['asOfBasis'] = input.asOf ? 'requested' : 'today';
  if (!input.asOf) {
    const lastDays = [
      ...[...through.values()].filter((d): d is string => d !== null),
      ...[...byCountry.values()].flat().map((a) => a.lastEventDate),
    ];
    const latest = lastDays.reduce<string | null>((m, d) => (m === null || d > m ? d : m), null);
    if (latest !== null && addDays(latest, STALE_AFTER_DAYS) < today) {
      asOf = latest;
      asOfBasis = 'latest data';
    }
  }
  const monthFrom = monthBefore(asOf);
  const data = await cachedLensData(deps);
  const latest = latestAssessments(data, Number(asOf.slice(0, 4)));
  const year = latest?.year ?? null;
  const before = new Map(
    year === null
      ? []
      : assessRange(data, { from: year - 1, to: year - 1 }).map((a) => [a.iso3, a]),
  );
  const risks = new Map(
    (await deps.store.escalation.latestRisks())
      .filter((r) => r.admin1Code === '' && r.month <= asOf.slice(0, 7))
      .map((r) => [r.iso3, r.risk]),
  );
  // Triggers are read from the day asked for, else today: an election next month matters now,
  // even when the event data stopped long ago.
  const watched = await monitoringByCountry(deps, input.asOf ?? today);
  const nextOf = (iso3: string): WatchEntry['nextTrigger'] => {
    const n = watched.get(iso3)?.next;
    return n
      ? { on: n.on, kind: n.trigger.kind, title: n.trigger.title, daysUntil: n.daysUntil }
      : null;
  };
  const entry = (
    c: { iso3: string; country: string; region: string },
    a: Assessment | undefined,
  ): WatchEntry => {
    const alerts = (byCountry.get(c.iso3) ?? []).filter((x) => x.raisedAt.slice(0, 10) <= asOf);
    const now = episodesOn(alerts, through.get(c.iso3) ?? null, asOf);
    const then = episodesOn(alerts, through.get(c.iso3) ?? null, monthFrom);
    const stage = stageAt(now.episodes, asOf);
    const changes = stageChanges(now.episodes, asOf);
    const raised = alerts.filter(
      (x) => x.kind === 'alert' && x.raisedAt.slice(0, 10) > monthFrom,
    ).length;
    const p = a?.probability;
    return {
      ...c,
      tier: a?.tier ?? null,
      overridden: (a?.override ?? null) !== null,
      score: a?.score ?? null,
      probability: p
        ? { risk2y: p.risk2y, interval: p.interval ?? null, modelId: p.modelId, fromYear: p.year }
        : null,
      probabilityTier: a?.probabilityTier ?? null,
      stage,
      stageSince: stage === 'none' ? null : (changes.at(-1)?.date ?? null),
      noDataSince: now.noDataSince,
      escalationRisk: risks.get(c.iso3) ?? null,
      openAlerts: alerts.filter((x) => x.kind === 'alert' && x.status !== 'closed').length,
      monitoring: watched.get(c.iso3)?.monitoring ?? 'routine',
      nextTrigger: nextOf(c.iso3),
      month: monthChange(
        {
          now: stage,
          before: stageAt(then.episodes, monthFrom),
          on: changes.at(-1)?.date ?? null,
        },
        raised,
      ),
      year: a ? yearChange(a, before.get(c.iso3)) : { direction: 'unchanged', reasons: [] },
    };
  };
  // Countries of the watched year only: not Yugoslavia or Serbia and Montenegro in 2025.
  const countries = (await deps.store.countries.list()).filter((c) =>
    existsIn(c, year ?? Number(asOf.slice(0, 4))),
  );
  const existing = new Set<string>(countries.map((c) => c.iso3));
  const assessed = (latest?.assessments ?? []).filter((a) => existing.has(a.iso3));
  const entries = assessed.map((a) => entry(a, a));
  // A country with alerts, or a trigger ahead, but too little structural data to assess is
  // watched all the same.
  const seen = new Set(assessed.map((a) => a.iso3));
  const others = [
    ...byCountry.keys(),
    ...[...watched].filter(([, w]) => w.next !== null).map(([iso3]) => iso3),
  ].filter((iso3) => !seen.has(iso3));
  if (others.length > 0)
    for (const c of countries)
      if (others.includes(c.iso3) && !seen.has(c.iso3)) {
        seen.add(c.iso3);
        entries.push(entry({ iso3: c.iso3, country: c.names.en, region: c.region }, undefined));
      }
  entries.sort(
    (x, y) =>
      tierIndex(y.tier) - tierIndex(x.tier) ||
      stageRank(y.stage) - stageRank(x.stage) ||
      (y.probability?.risk2y ?? -1) - (x.probability?.risk2y ?? -1) ||
      x.country.localeCompare(y.country),
  );
  return { asOf, asOfBasis, monthFrom, year, entries };
}
