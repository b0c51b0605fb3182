import type { Assessment } from '../assessment/assess';
import type { NewAlert } from '../ports/escalation';
import type { AlertEvent } from '../escalation/alert';
import { type Episode, type EscalationEvent, type StructuralContext } from '../escalation/engine';
import { fromDatasetEvent, fromReport } from '../escalation/inputs';
import { fromPartnerEvent } from '../sharing/partner-events';
import { type RuleSet } from '../escalation/rules';
import type { UseCaseDeps } from './context';
import { assessRange, cachedLensData } from './assessments';
import { importedEvents } from './events';
import { CLASSIFIER } from './escalation-rules';

export async function structuralContext(deps: UseCaseDeps): Promise<StructuralContext> {
  // Read once and kept by the adapters' cache: live evaluation runs at every report.
  const data = await cachedLensData(deps);
  const memo = new Map<string, Assessment | null>();
  const at = (iso3: string, year: number) => {
    const k = `${iso3}:${year}`;
    if (!memo.has(k)) memo.set(k, assessRange(data, { from: year, to: year, iso3 })[0] ?? null);
    const a = memo.get(k);
    return a && (a.tier ?? a.structuralTier) ? a : null;
  };
  return {
    tierOf(iso3, year) {
      // Data arrive a year or two late: the latest assessment known on the day.
      for (let y = year; y >= year - 3; y--) {
        const a = at(iso3, y);
        if (a) return { tier: a.tier ?? a.structuralTier, score: a.score, year: y };
      }
      return null;
    },
  };
}

/** A country's events (imported and reported, rejected reports left out) from a day on. */
export async function countryEvents(
  deps: UseCaseDeps,
  iso3: string,
  from?: string,
): Promise<EscalationEvent[]> {
  const imported = await importedEvents(deps, {
    iso3,
    ...(from ? { from } : {}),
    limit: 10_000_000,
  });
  const cache = classifiedOf(deps);
  const out = imported.map((e) =>
    memo(cache, `d${e.id}:${e.sourceId}:${e.dateStart}`, () => fromDatasetEvent(e, CLASSIFIER)),
  );
  // Ids and statuses first; whole reports only for those not yet classified.
  const keys = (
    await deps.store.reports.recentKeys({ iso3, occurredFrom: from ?? '0000-01-01' })
  ).filter((k) => k.status !== 'rejected');
  // Bounded: emptied between evaluations, never during one.
  if (cache.size >= 200_000) cache.clear();
  const keyOf = (k: { id: number; status: string; occurredOn: string }) =>
    `r${k.id}:${k.status}:${k.occurredOn}`;
  const missing = keys.filter((k) => !cache.has(keyOf(k))).map((k) => k.id);
  for (const r of missing.length > 0 ? await deps.store.reports.byIds(missing) : [])
    memo(cache, keyOf(r), () => fromReport(r, CLASSIFIER));
  for (const k of keys) {
    const e = cache.get(keyOf(k));
    if (e) out.push(e);
  }
  out.push(...(await partnerEvents(deps, iso3, from, imported)));
  return out;
}

/**
 * Partners' shared events (issue 22), weighted by the trust of the partner they came through;
 * withdrawn ones and copies of events this instance holds itself (the same dataset row) left out.
 */
async function partnerEvents(
  deps: UseCaseDeps,
  iso3: string,
  from: string | undefined,
  own: ReadonlyArray<{ ref: string; admin1: string | null; admin1Code?: string | null }>,
): Promise<EscalationEvent[]> {
  const received = (await deps.store.sharing.received({ kind: 'event', iso3 })).filter(
    (i) => from === undefined || i.day >= from,
  );
  if (received.length === 0) return [];
  const trust = new Map((await deps.store.sharing.partners({})).map((p) => [p.name, p.trust]));
  const ownRefs = new Set(own.map((e) => e.ref));
  const codes = new Map<string, string>();
  for (const e of own)
    if (e.admin1 && e.admin1Code) codes.set(e.admin1.toLowerCase(), e.admin1Code);
  return received
    .filter((i) => !ownRefs.has(i.originId) && trust.has(i.via))
    .map((i) =>
      fromPartnerEvent(i, trust.get(i.via)!, CLASSIFIER, (n) => codes.get(n.toLowerCase()) ?? null),
    );
}

/** A value kept in the adapters' cache (none in most tests: then made afresh each call). */
function cached<T>(deps: UseCaseDeps, key: string, make: () => T): T {
  if (!deps.cache) return make();
  let v = deps.cache.get(key) as T | undefined;
  if (v === undefined) {
    v = make();
    deps.cache.set(key, v);
  }
  return v;
}

// The event refs of alerts live evaluation has extended, by alert (ids are never reused), so that
// an episode of hundreds of events is not looked up again at every report. A failed transaction
// drops them.
export const REFS_KEY = 'escalation.alert-refs';

export function alertRefsOf(deps: UseCaseDeps): Map<number, Set<string>> {
  const m = cached(deps, REFS_KEY, () => new Map<number, Set<string>>());
  if (m.size <= 10_000) return m;
  deps.cache?.delete(REFS_KEY);
  return alertRefsOf(deps);
}

// Classified events by row (a report's text never changes; its status is in the key): live
// evaluation re-reads a country's recent events at every report and need not re-read their words.
const classifiedOf = (deps: UseCaseDeps): Map<string, EscalationEvent> =>
  cached(deps, 'escalation.classified', () => new Map<string, EscalationEvent>());

function memo(
  classified: Map<string, EscalationEvent>,
  key: string,
  make: () => EscalationEvent,
): EscalationEvent {
  let e = classified.get(key);
  if (!e) {
    e = make();
    classified.set(key, e);
  }
  return e;
}

export const alertEvent = (e: EscalationEvent): AlertEvent => ({
  ref: e.ref,
  date: e.date,
  summary: e.summary,
  indicators: e.hits.map((h) => `${h.indicator}:${h.evidence}`),
});

export function toNewAlert(
  ep: Episode,
  rules: RuleSet,
  o: {
    origin: 'replay' | 'live';
    raisedAt: string;
    now: string;
    closed: boolean;
    structure: StructuralContext;
    /** The monthly model's probability for the episode's place and month, when scored. */
    risk?: number | null;
  },
): NewAlert {
  const rule = rules.rules.find((r) => r.id === ep.ruleId)!;
  const year = Number(ep.raisedOn.slice(0, 4)) - 1;
  const t = o.structure.tierOf(ep.iso3, year);
  // Impunity that no source could have recorded is a low signal, not an alert.
  const unknown = ep.basis === 'accountability_unknown';
  return {
    origin: o.origin,
    kind: ep.alert && !unknown ? 'alert' : 'signal',
    basis: ep.basis,
    risk: o.risk ?? null,
    iso3: ep.iso3,
    admin1Code: ep.admin1Code,
    admin1Name: ep.admin1Name,
    ruleId: ep.ruleId,
    ruleName: rule.name,
    rulesetVersion: rules.version,
    classifierVersion: CLASSIFIER.version,
    stage: ep.stage,
    severity: unknown ? 'low' : ep.severity,
    firstEventDate: ep.firstEventDate,
    lastEventDate: ep.lastEventDate,
    raisedAt: o.raisedAt,
    holdsUntil: ep.holdsUntil,
    status: o.closed ? 'closed' : 'early_warning',
    owner: null,
    deadline: null,
    decision: o.closed
      ? 'Historical: raised by a replay over stored events; its stage had lapsed by the replay'
      : null,
    escalationLevel: 0,
    context: {
      ...ep.context,
      structuralTier: t?.tier ?? null,
      structuralScore:
        t?.score === null || t?.score === undefined ? null : Math.round(t.score * 10) / 10,
      assessedYear: t?.year ?? null,
      catalog: rule.catalog.join(' '),
      // Closed by the replay that raised it (its decision says so in English; readers' pages
      // word it in their language).
      ...(o.closed ? { replay: 'lapsed' } : {}),
    },
    updatedAt: o.now,
    events: ep.events.map(alertEvent),
  };
}
