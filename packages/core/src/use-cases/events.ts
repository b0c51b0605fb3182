import type { Dataset, EventRecord } from '../domain/dataset';
import type { Role } from '../domain/roles';
import type { UseCaseDeps } from './context';
import { listReports } from './reports';

/**
 * One event store, read as one list: imported events (UCDP GED, ACLED, GDELT) and field reports,
 * in a common shape, newest first. Reports come as the caller's role may see them (never with
 * their reporter; coordinates only for analysts and admins).
 */
export interface EventItem {
  readonly source: 'dataset' | 'report';
  /** `ucdp-ged:12345` for imported events, `report:42` for field reports. */
  readonly ref: string;
  /** The dataset (kind and version) or `field report`. */
  readonly origin: string;
  readonly date: string;
  readonly dateEnd: string;
  readonly iso3: string;
  readonly admin1: string | null;
  readonly admin1Code: string | null;
  readonly latitude: number | null;
  readonly longitude: number | null;
  readonly type: string | null;
  readonly actors: readonly string[];
  readonly deathsBest: number | null;
  readonly deathsLow: number | null;
  readonly deathsHigh: number | null;
  readonly civiliansTargeted: boolean;
  readonly description: string | null;
  /** Verification status of a field report; null for imported events. */
  readonly status: string | null;
}

const SEES_EXACT: readonly Role[] = ['admin', 'analyst'];

/** How a dataset is named to readers: its source and version. */
export const datasetLabel = (d: { readonly source: string; readonly version: string }): string =>
  `${d.source} ${d.version}`;

/**
 * Stored (imported) events with their ref (`ucdp-ged:12345`) and the dataset they came from: the
 * one reader the event feed, escalation and the network share.
 */
export async function importedEvents(
  deps: UseCaseDeps,
  q: { iso3?: string; from?: string; to?: string; limit: number },
): Promise<
  Array<EventRecord & { id: number; datasetId: number; ref: string; dataset: Dataset | undefined }>
> {
  const datasets = new Map((await deps.store.datasets.list()).map((d) => [d.id, d]));
  return (await deps.store.datasets.listEvents(q)).map((e) => {
    const dataset = datasets.get(e.datasetId);
    return { ...e, ref: `${dataset?.kind ?? 'dataset'}:${e.sourceId}`, dataset };
  });
}

export async function eventFeed(
  deps: UseCaseDeps,
  q: { role: Role; iso3?: string; from?: string; to?: string; limit: number },
): Promise<EventItem[]> {
  const imported = await importedEvents(deps, q);
  const exact = SEES_EXACT.includes(q.role);
  const items: EventItem[] = imported.map((e) => {
    const d = e.dataset;
    return {
      source: 'dataset',
      ref: e.ref,
      origin: d ? datasetLabel(d) : `dataset ${e.datasetId}`,
      date: e.dateStart,
      dateEnd: e.dateEnd,
      iso3: e.iso3,
      admin1: e.admin1,
      admin1Code: e.admin1Code ?? null,
      latitude: exact ? e.latitude : null,
      longitude: exact ? e.longitude : null,
      type: e.violenceType,
      actors: [e.actorA, e.actorB].filter((a): a is string => !!a),
      deathsBest: e.deathsBest,
      deathsLow: e.deathsLow,
      deathsHigh: e.deathsHigh,
      civiliansTargeted: e.civilianTargeting,
      description: e.description,
      status: null,
    };
  });
  const reports = (
    await listReports(deps, {
      role: q.role,
      limit: q.limit,
      ...(q.iso3 ? { iso3: q.iso3 } : {}),
    })
  ).filter((r) => (!q.from || r.occurredOn >= q.from) && (!q.to || r.occurredOn <= q.to));
  for (const r of reports)
    items.push({
      source: 'report',
      ref: `report:${r.id}`,
      origin: 'field report',
      date: r.occurredOn,
      dateEnd: r.occurredOn,
      iso3: r.iso3,
      admin1: r.admin1Name,
      admin1Code: r.admin1Code,
      latitude: r.latitude,
      longitude: r.longitude,
      type: r.violenceType,
      actors: r.actors,
      deathsBest: r.fatalitiesBest,
      deathsLow: r.fatalitiesLow,
      deathsHigh: r.fatalitiesHigh,
      civiliansTargeted: r.civiliansTargeted,
      description: r.description,
      status: r.status,
    });
  return items
    .sort((a, b) => (a.date < b.date ? 1 : a.date > b.date ? -1 : a.ref.localeCompare(b.ref)))
    .slice(0, q.limit);
}
