import type { EventRecord } from '../domain/dataset';
import { buildNetwork, type Network, type NetworkEvent } from '../network/build';
import type { UseCaseDeps } from './context';
import { requireIso3 } from './countries';
import { importedEvents } from './events';

/** A stored event (with its ref) as the network reads it. */
export const toNetworkEvent = (e: EventRecord & { readonly ref: string }): NetworkEvent => ({
  ref: e.ref,
  date: e.dateStart,
  iso3: e.iso3,
  admin1: e.admin1,
  actorA: e.actorA,
  actorB: e.actorB,
  violenceType: e.violenceType,
  deaths: e.deathsBest,
  civiliansTargeted: e.civilianTargeting,
  associatedA: e.associatedA ?? [],
  associatedB: e.associatedB ?? [],
});

export interface NetworkQuery {
  readonly iso3: string;
  readonly from?: string;
  readonly to?: string;
}

/**
 * A country's perpetrator network between two dates, from its stored events (UCDP GED, ACLED) and
 * field reports (their first two actors; rejected reports left out), with the actor registry's
 * names and types and analysts' relationships in force. Ties inferred from events say so.
 */
export async function actorNetwork(
  deps: UseCaseDeps,
  q: NetworkQuery,
): Promise<Network & { iso3: string; from: string | null; to: string | null; eventsRead: number }> {
  const iso3 = requireIso3(q.iso3);
  const stored = await importedEvents(deps, {
    iso3,
    ...(q.from ? { from: q.from } : {}),
    ...(q.to ? { to: q.to } : {}),
    limit: 10_000_000,
  });
  const events: NetworkEvent[] = stored.map(toNetworkEvent);
  const reports = await deps.store.reports.list({
    iso3,
    limit: 100_000,
    ...(q.from ? { occurredFrom: q.from } : {}),
  });
  for (const r of reports)
    if (r.status !== 'rejected' && (!q.to || r.occurredOn <= q.to))
      events.push({
        ref: `report:${r.id}`,
        date: r.occurredOn,
        iso3: r.iso3,
        admin1: r.admin1Name,
        actorA: r.actors[0] ?? null,
        actorB: r.actors[1] ?? null,
        violenceType: r.violenceType,
        deaths: r.fatalitiesBest,
        civiliansTargeted: r.civiliansTargeted,
      });
  // The registry's names, types and merged aliases, and analysts' relationships in force.
  const actors = await deps.store.actors.list({ iso3, withInternational: true });
  const relations = (
    await deps.store.actors.relations({ actors: actors.map((a) => a.key) })
  ).filter(
    (r) =>
      (!q.from || !r.endedOn || r.endedOn >= q.from) &&
      (!q.to || !r.startedOn || r.startedOn <= q.to),
  );
  return {
    iso3,
    from: q.from ?? null,
    to: q.to ?? null,
    eventsRead: events.length,
    ...buildNetwork(events, { actors, relations }),
  };
}
