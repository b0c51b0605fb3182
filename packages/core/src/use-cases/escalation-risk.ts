import { TIERS } from '../assessment/lens-spec';
import type { EventRecord } from '../domain/dataset';
import type { Report } from '../domain/report';
import type { Episode, StructuralContext } from '../escalation/engine';
import {
  backtestMonthly,
  buildPanel,
  fitMonthlyModel,
  monthIndexOf,
  monthlyRisk,
  monthOf,
  MONTHLY_RISK_SPEC,
  scoreMonthly,
  type MonthlyEvent,
  type MonthlyScores,
  type PanelRow,
  type RaisedAlert,
  type RiskLevel,
} from '../escalation/monthly-risk';
import type { GbtModel } from '../forecasting/gbt';
import type { EscalationRepository } from '../ports/escalation';
import type { UseCaseDeps } from './context';
import { importedEvents } from './events';

/** Event kinds that are not events on the ground (EWP episodes are country-years). */
const NOT_EVENTS = new Set(['ewp-episodes']);

/** An imported event as the monthly model reads it (civilian and other deaths). */
export function monthlyEventOf(e: EventRecord): MonthlyEvent {
  const best = e.deathsBest ?? 0;
  const oneSided = e.violenceType === 'one-sided';
  const civilian = oneSided ? best : (e.deathsCivilians ?? (e.civilianTargeting ? best : 0));
  return {
    date: e.dateStart,
    iso3: e.iso3,
    admin1Code: e.admin1Code ?? null,
    civilianDeaths: civilian,
    battleDeaths: Math.max(0, best - civilian),
    civiliansTargeted: e.civilianTargeting || oneSided,
    perpetrator: e.actorA,
  };
}

/** A corroborated or verified report (unverified ones are not evidence; they are not read). */
export function monthlyEventOfReport(r: Report): MonthlyEvent | null {
  if (r.status !== 'verified' && r.status !== 'corroborated') return null;
  const dead = r.fatalitiesBest ?? 0;
  return {
    date: r.occurredOn,
    iso3: r.iso3,
    admin1Code: r.admin1Code,
    civilianDeaths: r.civiliansTargeted ? dead : 0,
    battleDeaths: r.civiliansTargeted ? 0 : dead,
    civiliansTargeted: r.civiliansTargeted,
    perpetrator: r.actors[0] ?? null,
  };
}

export const tierIndexOf =
  (structure: StructuralContext) =>
  (iso3: string, year: number): number | null => {
    const t = structure.tierOf(iso3, year)?.tier;
    return t ? TIERS.indexOf(t) : null;
  };

/** Every stored event on the ground (all countries, or one), and the evidence among reports. */
export async function monthlyEvents(deps: UseCaseDeps, iso3?: string): Promise<MonthlyEvent[]> {
  const imported = await importedEvents(deps, { ...(iso3 ? { iso3 } : {}), limit: 100_000_000 });
  const out = imported.filter((e) => !NOT_EVENTS.has(e.dataset?.kind ?? '')).map(monthlyEventOf);
  const keys = (
    await deps.store.reports.recentKeys({ ...(iso3 ? { iso3 } : {}), occurredFrom: '0000-01-01' })
  ).filter((k) => k.status === 'verified' || k.status === 'corroborated');
  if (keys.length > 0)
    for (const r of await deps.store.reports.byIds(keys.map((k) => k.id))) {
      const m = monthlyEventOfReport(r);
      if (m) out.push(m);
    }
  return out;
}

/** Alerts on evidence stored for every country: the rules' part of the model's inputs. */
async function storedAlerts(deps: UseCaseDeps, iso3s: readonly string[]): Promise<RaisedAlert[]> {
  const out: RaisedAlert[] = [];
  for (const iso3 of iso3s)
    for (const a of await deps.store.escalation.forPlace({ iso3 }))
      if (a.kind === 'alert' && a.basis === 'evidence')
        out.push({ iso3: a.iso3, admin1Code: a.admin1Code, raisedOn: a.raisedAt.slice(0, 10) });
  return out;
}

export const alertsOfEpisodes = (eps: readonly Episode[]): RaisedAlert[] =>
  eps
    .filter((e) => e.alert && e.basis === 'evidence')
    .map((e) => ({ iso3: e.iso3, admin1Code: e.admin1Code, raisedOn: e.raisedOn }));

export interface PlaceRisk {
  readonly iso3: string;
  /** '' for the whole country. */
  readonly admin1Code: string;
  readonly month: string;
  readonly risk: number;
  readonly civilianDeaths3m: number;
}

export interface PooledModel {
  readonly model: GbtModel;
  /**
   * The alarm level: the risk above which the model flags as many of its training place-months as
   * had the outcome (chosen on training data only, so that flags match the base rate).
   */
  readonly alarm: number;
}

/**
 * The model, pooled over every country with events, refitted when the stored events change
 * (kept by the adapters' cache under the count of events and alerts it was fitted on).
 */
function pooledModel(
  deps: UseCaseDeps,
  level: RiskLevel,
  inputs: {
    events: MonthlyEvent[];
    alerts: RaisedAlert[];
    tierOf: (i: string, y: number) => number | null;
  },
): PooledModel | null {
  const key = `monthly-model:${level}:${inputs.events.length}:${inputs.alerts.length}`;
  const hit = deps.cache?.get(key) as PooledModel | null | undefined;
  if (hit !== undefined) return hit;
  const rows = buildPanel(inputs.events, { level, tierOf: inputs.tierOf, alerts: inputs.alerts });
  const known = rows.filter((r) => r.y !== null);
  const pos = known.filter((r) => r.y === 1).length;
  let pooled: PooledModel | null = null;
  if (pos > 0 && pos < known.length) {
    const model = fitMonthlyModel(rows);
    const fitted = Float64Array.from(known, (r) => monthlyRisk(model, r))
      .sort()
      .reverse();
    pooled = { model, alarm: fitted[pos - 1]! };
  }
  deps.cache?.set(key, pooled);
  return pooled;
}

export interface CountryRisk {
  readonly places: readonly PlaceRisk[];
  /** Alarm level per level ('country', 'admin1'), when a model could be fitted. */
  readonly alarm: Partial<Record<RiskLevel, number>>;
}

/**
 * A country's monthly risk, province by province and as a whole, from a model pooled over every
 * country with events (its own alerts as just computed, the others' as stored).
 */
export async function countryMonthlyRisk(
  deps: UseCaseDeps,
  input: { iso3: string; episodes: readonly Episode[]; structure: StructuralContext },
): Promise<CountryRisk> {
  const events = await monthlyEvents(deps);
  const countries = [...new Set(events.map((e) => e.iso3))];
  const alerts = [
    ...(await storedAlerts(
      deps,
      countries.filter((c) => c !== input.iso3),
    )),
    ...alertsOfEpisodes(input.episodes),
  ];
  const tierOf = tierIndexOf(input.structure);
  const own = events.filter((e) => e.iso3 === input.iso3);
  const places: PlaceRisk[] = [];
  const alarm: CountryRisk['alarm'] = {};
  if (own.length === 0) return { places, alarm };
  for (const level of ['country', 'admin1'] as const) {
    const pooled = pooledModel(deps, level, { events, alerts, tierOf });
    if (!pooled) continue;
    alarm[level] = pooled.alarm;
    const rows = buildPanel(own, {
      level,
      tierOf,
      alerts: alerts.filter((a) => a.iso3 === input.iso3),
    });
    for (const r of rows)
      places.push({
        iso3: r.iso3,
        admin1Code: r.admin1Code,
        month: r.month,
        risk: monthlyRisk(pooled.model, r),
        civilianDeaths3m: r.civ3,
      });
  }
  return { places, alarm };
}

export interface EscalationBacktest {
  readonly spec: typeof MONTHLY_RISK_SPEC;
  readonly countries: readonly string[];
  readonly levels: ReadonlyArray<{
    readonly level: RiskLevel;
    readonly overall: MonthlyScores;
    readonly byCountry: ReadonlyArray<{ readonly iso3: string } & MonthlyScores>;
  }>;
}

/** Scores of a back-test, overall and per country. */
export function scoreByCountry(
  rows: readonly PanelRow[],
  level: RiskLevel,
): EscalationBacktest['levels'][number] {
  const scored = backtestMonthly(rows);
  const byCountry = [...new Set(scored.map((r) => r.iso3))].sort().map((iso3) => ({
    iso3,
    ...scoreMonthly(
      scored.filter((r) => r.iso3 === iso3),
      level,
    ),
  }));
  return { level, overall: scoreMonthly(scored, level), byCountry };
}

/**
 * `lens escalation backtest`: the monthly model beside persistence and the rules, rolling origin,
 * over the stored events (one country, or every country with events, pooled).
 */
export async function escalationBacktest(
  deps: UseCaseDeps,
  input: { iso3?: string; structure: StructuralContext },
): Promise<EscalationBacktest> {
  const events = await monthlyEvents(deps, input.iso3);
  const countries = [...new Set(events.map((e) => e.iso3))].sort();
  const alerts = await storedAlerts(deps, countries);
  const tierOf = tierIndexOf(input.structure);
  return {
    spec: MONTHLY_RISK_SPEC,
    countries,
    levels: (['country', 'admin1'] as const).map((level) =>
      scoreByCountry(buildPanel(events, { level, tierOf, alerts }), level),
    ),
  };
}

/**
 * (Takes the repository, so that it reads inside the caller's transaction.)
 * The risk known for a place at the start of a day's month: its latest stored month before it,
 * if no older than three months (otherwise the model has not seen the place lately: none).
 */
export async function knownRisk(
  escalation: Pick<EscalationRepository, 'risks'>,
  input: { iso3: string; admin1Code: string | null; day: string },
): Promise<{ risk: number; alarm: number; month: string } | null> {
  const i = monthIndexOf(input.day);
  const rows = await escalation.risks({
    iso3: input.iso3,
    admin1Code: input.admin1Code ?? '',
    fromMonth: monthOf(i - 3),
  });
  const before = rows.filter((r) => r.month < input.day.slice(0, 7)).at(-1);
  return before ? { risk: before.risk, alarm: before.alarm, month: before.month } : null;
}
