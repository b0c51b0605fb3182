import { LensError } from '../domain/errors';
import {
  DEFAULT_TRIGGER_WINDOW_DAYS,
  monitoringLevel,
  nextOccurrence,
  upcomingTriggers,
  validateTrigger,
  type MonitoringLevel,
  type NewTrigger,
  type Trigger,
  type TriggerKind,
  type UpcomingTrigger,
} from '../triggers/trigger';
import type { UseCaseDeps } from './context';
import { getCountry, requireIso3 } from './countries';
import { datasetLabel, importedEvents } from './events';

export interface CountryTriggers {
  readonly iso3: string;
  readonly asOf: string;
  /** Heightened while a trigger is inside its window. */
  readonly monitoring: MonitoringLevel;
  /** The year ahead, soonest first. */
  readonly upcoming: readonly UpcomingTrigger[];
  /** Occurrences in the year before, newest first (for a yearly trigger, its last anniversary). */
  readonly recent: ReadonlyArray<{ readonly trigger: Trigger; readonly on: string }>;
}

const today = (deps: UseCaseDeps) => deps.clock.now().toISOString().slice(0, 10);
const yearBefore = (d: string) => `${Number(d.slice(0, 4)) - 1}${d.slice(4)}`;

/** A country's triggers around a day (default today): what is ahead, what just passed. */
export async function countryTriggers(
  deps: UseCaseDeps,
  input: { iso3: string; asOf?: string | undefined },
): Promise<CountryTriggers> {
  const iso3 = (await getCountry(deps.store, input.iso3))[0]!.iso3;
  const asOf = input.asOf ?? today(deps);
  const all = await deps.store.planning.triggers({ iso3, includeRetired: true });
  const upcoming = upcomingTriggers(all, asOf);
  const from = yearBefore(asOf);
  const recent = all
    .flatMap((t) => {
      if (t.retiredAt !== null && t.retiredAt.slice(0, 10) <= asOf) return [];
      const on = t.yearly ? nextOccurrence(t, from) : t.date;
      return on !== null && on >= from && on < asOf ? [{ trigger: t, on }] : [];
    })
    .sort((a, b) => b.on.localeCompare(a.on));
  return { iso3, asOf, monitoring: monitoringLevel(upcoming), upcoming, recent };
}

/** Every country's monitoring level and next trigger on a day (the watch list). */
export async function monitoringByCountry(
  deps: UseCaseDeps,
  asOf: string,
): Promise<Map<string, { monitoring: MonitoringLevel; next: UpcomingTrigger | null }>> {
  const byCountry = new Map<string, Trigger[]>();
  for (const t of await deps.store.planning.triggers({}))
    byCountry.set(t.iso3, [...(byCountry.get(t.iso3) ?? []), t]);
  const out = new Map<string, { monitoring: MonitoringLevel; next: UpcomingTrigger | null }>();
  for (const [iso3, ts] of byCountry) {
    const upcoming = upcomingTriggers(ts, asOf);
    out.set(iso3, { monitoring: monitoringLevel(upcoming), next: upcoming[0] ?? null });
  }
  return out;
}

/** An analyst's trigger, with its source (required). Audited. */
export async function addTrigger(
  deps: UseCaseDeps,
  input: {
    iso3: string;
    date: string;
    kind: TriggerKind;
    title: string;
    source: string;
    windowDays?: number | undefined;
    yearly?: boolean | undefined;
  },
  by: string,
): Promise<Trigger> {
  const iso3 = requireIso3(input.iso3);
  await getCountry(deps.store, iso3);
  const t = validateTrigger({
    iso3,
    date: input.date,
    kind: input.kind,
    title: input.title,
    source: input.source,
    windowDays: input.windowDays ?? DEFAULT_TRIGGER_WINDOW_DAYS,
    yearly: input.yearly ?? (input.kind === 'anniversary' || input.kind === 'commemoration'),
    origin: 'analyst',
  });
  const at = deps.clock.now().toISOString();
  return deps.store.transaction(async (s) => {
    const [saved] = await s.planning.addTriggers([{ ...t, createdAt: at, createdBy: by }]);
    await s.audit.append({
      at,
      actor: by,
      action: 'trigger.create',
      recordType: 'trigger',
      recordId: String(saved!.id),
      detail: { iso3, date: t.date, kind: t.kind },
    });
    return saved!;
  });
}

/** Retires a trigger (kept, no longer counted). Audited. */
export async function retireTrigger(deps: UseCaseDeps, id: number, by: string): Promise<Trigger> {
  const at = deps.clock.now().toISOString();
  return deps.store.transaction(async (s) => {
    const t = await s.planning.trigger(id);
    if (!t) throw new LensError('not_found', `No trigger ${id}`);
    await s.planning.retireTrigger(id, at);
    await s.audit.append({
      at,
      actor: by,
      action: 'trigger.retire',
      recordType: 'trigger',
      recordId: String(id),
      detail: { iso3: t.iso3 },
    });
    return (await s.planning.trigger(id))!;
  });
}

/**
 * Anniversaries of past atrocities from the events Lens holds: each one-sided attack on civilians
 * (UCDP's kind of violence, dated to the day) with at least `minDeaths` dead is a yearly trigger
 * on its day, sourced to its dataset record. Run twice, it stores each once.
 */
export async function importAtrocityAnniversaries(
  deps: UseCaseDeps,
  input: { minDeaths: number; iso3?: string | undefined },
  by: string,
): Promise<{ added: number; considered: number }> {
  if (!Number.isInteger(input.minDeaths) || input.minDeaths < 1)
    throw new LensError('invalid', 'minDeaths must be a whole number of 1 or more', {
      minDeaths: 'at least 1',
    });
  const events = (
    await importedEvents(deps, {
      ...(input.iso3 ? { iso3: requireIso3(input.iso3) } : {}),
      limit: 10_000_000,
    })
  ).filter(
    (e) =>
      e.violenceType === 'one-sided' &&
      (e.deathsBest ?? 0) >= input.minDeaths &&
      e.dateStart === e.dateEnd,
  );
  const at = deps.clock.now().toISOString();
  const rows: Array<NewTrigger & { createdAt: string; createdBy: string }> = events.map((e) => ({
    iso3: e.iso3,
    date: e.dateStart,
    kind: 'anniversary',
    title: `${e.deathsBest} civilians killed${e.admin1 ? ` in ${e.admin1}` : ''}${e.actorA ? ` by ${e.actorA}` : ''} on ${e.dateStart}`,
    source: `${e.dataset ? datasetLabel(e.dataset) : 'dataset'}, record ${e.sourceId}`,
    windowDays: 30,
    yearly: true,
    origin: e.dataset?.kind ?? 'dataset',
    createdAt: at,
    createdBy: by,
  }));
  return deps.store.transaction(async (s) => {
    const added = await s.planning.addTriggers(rows);
    await s.audit.append({
      at,
      actor: by,
      action: 'trigger.import',
      recordType: 'trigger',
      recordId: input.iso3 ?? '*',
      detail: { minDeaths: input.minDeaths, added: added.length, considered: rows.length },
    });
    return { added: added.length, considered: rows.length };
  });
}
