import type { AlertEvent, AlertWithEvents } from '../escalation/alert';
import { INDICATORS } from '../escalation/indicators';
import type { Role } from '../domain/roles';
import type { UseCaseDeps } from './context';
import { datasetLabel, importedEvents } from './events';
import { frameworkCatalog } from './frameworks';
import { reportFor } from './report-reading';

/** Why the classifier read an indicator into an event: a coded field, or a term in its text. */
export interface ReadableHit {
  /** An indicator id (`IndicatorId`), or what a stored alert recorded. */
  readonly indicator: string;
  /** The indicator's name (English; interfaces translate by `indicator`). */
  readonly label: string;
  /** `violence-type` (UCDP), `event-type` (ACLED), `cameo` (GDELT), `civilians` (the coded flag), `text`. */
  readonly via: 'violence-type' | 'event-type' | 'cameo' | 'civilians' | 'text';
  /** The coded value or the words that matched. */
  readonly value: string;
}

/** An alert's event as a person reads it: who did what to whom, where, deaths, from which record. */
export interface ReadableEvent extends AlertEvent {
  /** The dataset with its version (`UCDP GED 23.1`), or `field report`. */
  readonly source: string | null;
  /** The record's id in its source (a GED event id, an ACLED event id, a report number). */
  readonly record: string;
  /** A field report's number, to open it in Lens. */
  readonly reportId: number | null;
  readonly place: string | null;
  readonly type: string | null;
  readonly actors: readonly string[];
  readonly target: string | null;
  readonly deaths: number | null;
  /** The source's own words (GED's headline, ACLED's notes); never a field report's text. */
  readonly text: string | null;
  /** A link to the source's article (GDELT) where the source gives one. */
  readonly url: string | null;
  readonly hits: readonly ReadableHit[];
}

/** A catalog item an alert's rule stands for, with its name and source. */
export interface AlertCatalogItem {
  readonly id: string;
  readonly name: string;
  readonly framework: string;
  readonly citation: string | null;
  /** False for recalled, unverified items: never shown as authoritative. */
  readonly authoritative: boolean;
}

const labels = new Map<string, string>(INDICATORS.map((i) => [i.id, i.label]));

/** `civilians_targeted:type_of_violence=one-sided` -> its indicator, how it was found and the value. */
export function readHit(s: string): ReadableHit {
  const at = s.indexOf(':');
  const indicator = at < 0 ? s : s.slice(0, at);
  const evidence = at < 0 ? '' : s.slice(at + 1);
  const label = labels.get(indicator) ?? indicator;
  const field = /^(type_of_violence|event_type|cameo)=(.*)$/.exec(evidence);
  if (field) {
    const via = (
      { type_of_violence: 'violence-type', event_type: 'event-type', cameo: 'cameo' } as const
    )[field[1] as 'type_of_violence' | 'event_type' | 'cameo'];
    return { indicator, label, via, value: field[2]! };
  }
  if (evidence === 'civilian_targeting') return { indicator, label, via: 'civilians', value: '' };
  return { indicator, label, via: 'text', value: evidence };
}

const bare = (e: AlertEvent, source: string | null): ReadableEvent => {
  const at = e.ref.indexOf(':');
  return {
    ...e,
    source,
    record: at < 0 ? e.ref : e.ref.slice(at + 1),
    reportId: null,
    place: null,
    type: null,
    actors: [],
    target: null,
    deaths: null,
    text: null,
    url: null,
    hits: e.indicators.map(readHit),
  };
};

/**
 * The events behind an alert, each with its record in the event store (as the caller's role may
 * see it: a report never with its reporter, its text or exact place), so that a page can say who
 * did what to whom, where, with how many dead, and link to the record.
 */
export async function readableEvents(
  deps: UseCaseDeps,
  alert: AlertWithEvents,
  role: Role,
): Promise<ReadableEvent[]> {
  if (alert.events.length === 0) return [];
  const dates = alert.events.map((e) => e.date).sort();
  const imported = alert.events.some((e) => !e.ref.startsWith('report:'))
    ? await importedEvents(deps, {
        iso3: alert.iso3,
        from: dates[0]!,
        to: dates.at(-1)!,
        limit: 1_000_000,
      })
    : [];
  const byRef = new Map(imported.map((e) => [e.ref, e]));
  const out: ReadableEvent[] = [];
  for (const e of alert.events) {
    if (e.ref.startsWith('report:')) {
      const id = Number(e.ref.slice(7));
      const stored = await deps.store.reports.get(id);
      const r = stored ? reportFor(stored, role) : null;
      out.push({
        ...bare(e, 'field report'),
        reportId: r ? id : null,
        place: r?.admin1Name ?? null,
        type: r?.violenceType ?? null,
        actors: r?.actors ?? [],
        target: r?.targetGroup ?? null,
        deaths: r?.fatalitiesBest ?? null,
      });
      continue;
    }
    const x = byRef.get(e.ref);
    if (!x) {
      out.push(bare(e, null));
      continue;
    }
    const isUrl = !!x.description && /^https?:\/\//.test(x.description);
    out.push({
      ...bare(e, x.dataset ? datasetLabel(x.dataset) : null),
      place: x.admin1,
      type: x.violenceType,
      actors: [x.actorA, x.actorB].filter((a): a is string => !!a),
      target: null,
      deaths: x.deathsBest,
      text: isUrl ? null : x.description,
      url: isUrl ? x.description : null,
    });
  }
  return out;
}

/** The catalog items a rule stands for (its `catalog` context), named and cited. */
export async function alertCatalogItems(
  deps: UseCaseDeps,
  alert: AlertWithEvents,
  lang = 'en',
): Promise<AlertCatalogItem[]> {
  const ids = String(alert.context.catalog ?? '')
    .split(/\s+/)
    .filter(Boolean);
  if (ids.length === 0) return [];
  const catalog = await frameworkCatalog(deps, lang).catch(() => null);
  if (!catalog) return [];
  return ids.flatMap((id) => {
    const item = catalog.items.find((i) => i.id === id);
    if (!item) return [];
    return [
      {
        id,
        name: item.name ?? item.text,
        framework: item.frameworkName,
        citation: item.source?.citation ?? item.source?.title ?? null,
        authoritative: item.authoritative,
      },
    ];
  });
}
