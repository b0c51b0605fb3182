import type { Alert } from '../escalation/alert';
import {
  addDays,
  stageAt,
  stageChanges,
  type Episode,
  type StagePoint,
} from '../escalation/engine';
import type { Stage } from '../escalation/indicators';
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
}

export interface CountryEscalation {
  readonly iso3: string;
  readonly asOf: string;
  /**
   * Why that day: asked for, today, or the country's last event when its data stopped more than a
   * year ago (a bundled file that ends in 2023 shows the picture as of its last event).
   */
  readonly asOfBasis: 'requested' | 'today' | 'last-event';
  readonly stage: Stage;
  /** Stage changes of the whole country (the highest of its places). */
  readonly timeline: readonly StagePoint[];
  /** Each province's stage on the day, with the day it began. */
  readonly places: readonly PlaceStage[];
  readonly openAlerts: number;
}

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
});

/** After this long without an event, a country's stage is shown as of its last event. */
export const STALE_AFTER_DAYS = 365;

/** A country's escalation stage on a day, per province, and its stage timeline. */
export async function countryEscalation(
  deps: UseCaseDeps,
  input: { iso3: string; asOf?: string },
): Promise<CountryEscalation> {
  const iso3 = (await getCountry(deps.store, input.iso3))[0]!.iso3;
  const rows = await deps.store.escalation.forPlace({ iso3 });
  const today = deps.clock.now().toISOString().slice(0, 10);
  const lastEvent = rows.reduce<string | null>(
    (m, r) => (m === null || r.lastEventDate > m ? r.lastEventDate : m),
    null,
  );
  const asOfBasis: CountryEscalation['asOfBasis'] = input.asOf
    ? 'requested'
    : lastEvent !== null && addDays(lastEvent, STALE_AFTER_DAYS) < today
      ? 'last-event'
      : 'today';
  const asOf = input.asOf ?? (asOfBasis === 'last-event' ? lastEvent! : today);
  const eps = rows.map(asEpisode);
  const byPlace = new Map<string, Episode[]>();
  for (const e of eps) {
    const k = e.admin1Code ?? '';
    const list = byPlace.get(k);
    if (list) list.push(e);
    else byPlace.set(k, [e]);
  }
  const countryWide = byPlace.get('') ?? [];
  const points = new Map((deps.gazetteer?.admin1(iso3) ?? []).map((p) => [p.code, p]));
  // Every province of the gazetteer, and any other a source named.
  const codes = new Set([...points.keys(), ...[...byPlace.keys()].filter((k) => k !== '')]);
  const places: PlaceStage[] = [];
  for (const k of codes) {
    const list = byPlace.get(k) ?? [];
    const changes = stageChanges([...list, ...countryWide], asOf);
    const stage = stageAt([...list, ...countryWide], asOf);
    const p = points.get(k);
    places.push({
      admin1Code: k,
      admin1Name: list[0]?.admin1Name ?? p?.name ?? null,
      stage,
      since: stage === 'none' ? null : (changes[changes.length - 1]?.date ?? null),
      latitude: p?.latitude ?? null,
      longitude: p?.longitude ?? null,
    });
  }
  places.sort((a, b) => (a.admin1Name ?? '').localeCompare(b.admin1Name ?? ''));
  return {
    iso3,
    asOf,
    asOfBasis,
    stage: stageAt(eps, asOf),
    timeline: stageChanges(eps, asOf),
    places,
    openAlerts: rows.filter((r) => r.kind === 'alert' && r.status !== 'closed').length,
  };
}
