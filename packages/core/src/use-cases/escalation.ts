import { LensError } from '../domain/errors';
import type { Assessment } from '../assessment/assess';
import type { NewAlert } from '../ports/escalation';
import type { AlertEvent } from '../escalation/alert';
import { compileClassifier, type Classifier } from '../escalation/classify';
import { CLASSIFIER_1 } from '../escalation/classifier-1';
import {
  addDays,
  runRules,
  stageAt,
  type Episode,
  type EscalationEvent,
  type StructuralContext,
} from '../escalation/engine';
import type { Stage } from '../escalation/indicators';
import { fromDatasetEvent, fromReport } from '../escalation/inputs';
import { parseRuleSet, RULES_1, type RuleSet } from '../escalation/rules';
import type { UseCaseDeps } from './context';
import { requireIso3 } from './countries';
import { assessRange, cachedLensData } from './assessments';
import type { AlertChange } from './alerts';
import { importedEvents } from './events';

const CLASSIFIER = compileClassifier(CLASSIFIER_1);
export const escalationClassifier = (): Classifier => CLASSIFIER;

/** The rule set in force: the last one an admin stored, else Lens's own. */
export async function activeRuleSet(deps: UseCaseDeps): Promise<RuleSet> {
  const stored = await deps.store.escalation.latestRuleSet();
  return stored ? parseRuleSet(JSON.parse(stored.body)) : RULES_1;
}

/** Stores an edited rule set as the one in force (a new version; audited). */
export async function saveRuleSet(
  deps: UseCaseDeps,
  body: unknown,
  actor: string,
): Promise<RuleSet> {
  const rules = parseRuleSet(body);
  if (rules.version === RULES_1.version || (await deps.store.escalation.ruleSet(rules.version)))
    throw new LensError(
      'conflict',
      `Rule set ${rules.version} exists: give the edited set a new version`,
      {
        version: 'already used',
      },
    );
  const at = deps.clock.now().toISOString();
  await deps.store.transaction(async (s) => {
    await s.escalation.saveRuleSet({
      version: rules.version,
      body: JSON.stringify(rules),
      createdAt: at,
      createdBy: actor,
    });
    await s.audit.append({
      at,
      actor,
      action: 'escalation.rules.save',
      recordType: 'escalation_ruleset',
      recordId: rules.version,
      detail: { rules: rules.rules.map((r) => r.id) },
    });
  });
  return rules;
}

async function structuralContext(deps: UseCaseDeps): Promise<StructuralContext> {
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
async function countryEvents(
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
  return out;
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
const REFS_KEY = 'escalation.alert-refs';
function alertRefsOf(deps: UseCaseDeps): Map<number, Set<string>> {
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

const alertEvent = (e: EscalationEvent): AlertEvent => ({
  ref: e.ref,
  date: e.date,
  summary: e.summary,
  indicators: e.hits.map((h) => `${h.indicator}:${h.evidence}`),
});

function toNewAlert(
  ep: Episode,
  rules: RuleSet,
  o: {
    origin: 'replay' | 'live';
    raisedAt: string;
    now: string;
    closed: boolean;
    structure: StructuralContext;
  },
): NewAlert {
  const rule = rules.rules.find((r) => r.id === ep.ruleId)!;
  const year = Number(ep.raisedOn.slice(0, 4)) - 1;
  const t = o.structure.tierOf(ep.iso3, year);
  return {
    origin: o.origin,
    kind: ep.alert ? 'alert' : 'signal',
    iso3: ep.iso3,
    admin1Code: ep.admin1Code,
    admin1Name: ep.admin1Name,
    ruleId: ep.ruleId,
    ruleName: rule.name,
    rulesetVersion: rules.version,
    classifierVersion: CLASSIFIER.version,
    stage: ep.stage,
    severity: ep.severity,
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
    },
    updatedAt: o.now,
    events: ep.events.map(alertEvent),
  };
}

export interface ReplaySummary {
  readonly iso3: string;
  readonly events: number;
  readonly alerts: number;
  readonly signals: number;
  readonly rulesetVersion: string;
  readonly classifierVersion: string;
  readonly stage: Stage;
  readonly asOf: string;
}

/** Runs the rules over a country's stored history and replaces its replayed alerts (audited). */
export async function replayEscalation(
  deps: UseCaseDeps,
  input: { iso3: string; actor: string; asOf?: string },
): Promise<ReplaySummary> {
  const iso3 = requireIso3(input.iso3);
  const now = deps.clock.now().toISOString();
  const asOf = input.asOf ?? now.slice(0, 10);
  const rules = await activeRuleSet(deps);
  const structure = await structuralContext(deps);
  const events = await countryEvents(deps, iso3);
  const eps = runRules(rules, events, asOf, structure);
  const rows = eps.map((ep) =>
    toNewAlert(ep, rules, {
      origin: 'replay',
      raisedAt: ep.raisedOn,
      now,
      closed: ep.holdsUntil < asOf,
      structure,
    }),
  );
  await deps.store.transaction(async (s) => {
    await s.escalation.replaceReplay(iso3, rows);
    await s.audit.append({
      at: now,
      actor: input.actor,
      action: 'escalation.replay',
      recordType: 'country',
      recordId: iso3,
      detail: { events: events.length, episodes: rows.length, rules: rules.version, asOf },
    });
  });
  return {
    iso3,
    events: events.length,
    alerts: rows.filter((r) => r.kind === 'alert').length,
    signals: rows.filter((r) => r.kind === 'signal').length,
    rulesetVersion: rules.version,
    classifierVersion: CLASSIFIER.version,
    stage: stageAt(eps, asOf),
    asOf,
  };
}

/** How far back live evaluation reads: the longest a rule looks back, with room for merging. */
const lookbackDays = (rules: RuleSet) =>
  Math.max(
    ...rules.rules.map(
      (r) =>
        r.mergeDays +
        ('windowDays' in r ? r.windowDays : 0) +
        ('withinDays' in r ? r.withinDays : 0),
    ),
  ) + 1;

// One evaluation at a time per country, so that two reports cannot raise the same alert twice;
// and at most one waiting: a report that arrives while a run waits joins it (that run has not read
// the events yet, so it sees this report too). Under a burst the work per country stays bounded.
const lanes = new Map<string, { tail: Promise<unknown>; waiting: Promise<unknown> | null }>();
function coalesced<T>(key: string, work: () => Promise<T>): Promise<T> {
  let lane = lanes.get(key);
  if (lane?.waiting) return lane.waiting as Promise<T>;
  if (!lane) lanes.set(key, (lane = { tail: Promise.resolve(), waiting: null }));
  const l = lane;
  const start = () => {
    l.waiting = null;
    return work();
  };
  const next = l.tail.then(start, start);
  l.waiting = next;
  const settled = next.catch(() => undefined);
  l.tail = settled;
  void settled.then(() => {
    if (l.tail === settled && !l.waiting) lanes.delete(key);
  });
  return next;
}

/**
 * Evaluates the rules over a country's recent events after something arrived (a report, an
 * import): raises new alerts and adds new events to open ones. Returns what changed, for the
 * live stream and webhooks.
 */
export function evaluateEscalation(
  deps: UseCaseDeps,
  input: { iso3: string },
): Promise<AlertChange[]> {
  return coalesced(input.iso3, async () => {
    const now = deps.clock.now().toISOString();
    const today = now.slice(0, 10);
    const rules = await activeRuleSet(deps);
    const structure = await structuralContext(deps);
    const from = addDays(today, -lookbackDays(rules));
    const events = await countryEvents(deps, input.iso3, from);
    if (events.length === 0) return [];
    const eps = runRules(rules, events, today, structure);
    if (eps.length === 0) return [];
    const changes: AlertChange[] = [];
    // Only alerts an episode of this window could join (its first event is on or after `from`).
    const stored = await deps.store.escalation.forPlace({
      iso3: input.iso3,
      lastEventFrom: addDays(from, -Math.max(...rules.rules.map((r) => r.mergeDays))),
    });
    const refsCache = alertRefsOf(deps);
    await deps.store
      .transaction(async (s) => {
        for (const ep of eps) {
          const rule = rules.rules.find((r) => r.id === ep.ruleId)!;
          const same = stored.find(
            (a) =>
              a.ruleId === ep.ruleId &&
              a.admin1Code === ep.admin1Code &&
              a.firstEventDate <= ep.lastEventDate &&
              ep.firstEventDate <= addDays(a.lastEventDate, rule.mergeDays),
          );
          if (!same) {
            const row = toNewAlert(ep, rules, {
              origin: 'live',
              raisedAt: now,
              now,
              closed: false,
              structure,
            });
            const id = await s.escalation.insert(row);
            await s.audit.append({
              at: now,
              actor: 'lens (escalation rules)',
              action: 'alert.raise',
              recordType: 'alert',
              recordId: String(id),
              detail: {
                rule: ep.ruleId,
                iso3: ep.iso3,
                admin1: ep.admin1Code,
                events: row.events.map((e) => e.ref),
              },
            });
            const { events: evs, ...rest } = row;
            changes.push({
              type: 'raised',
              alert: { ...rest, id, eventCount: evs.length },
              eventRefs: evs.map((e) => e.ref),
            });
            continue;
          }
          let known = refsCache.get(same.id);
          if (!known) refsCache.set(same.id, (known = await s.escalation.refsOf(same.id)));
          const fresh = ep.events.filter((e) => !known.has(e.ref));
          if (fresh.length === 0) continue;
          const newest = fresh.reduce((m, e) => (e.date > m ? e.date : m), same.lastEventDate);
          const holdsUntil = addDays(newest, rule.holdDays);
          for (const e of fresh) known.add(e.ref);
          await s.escalation.extend(same.id, {
            events: fresh.map(alertEvent),
            lastEventDate: newest,
            holdsUntil,
            updatedAt: now,
          });
          changes.push({
            type: 'updated',
            alert: {
              ...same,
              lastEventDate: newest,
              holdsUntil,
              eventCount: same.eventCount + fresh.length,
              updatedAt: now,
            },
            eventRefs: fresh.map((e) => e.ref),
          });
        }
      })
      .catch((error: unknown) => {
        deps.cache?.delete(REFS_KEY);
        throw error;
      });
    for (const c of changes) deps.notifier?.publish(c);
    return changes;
  });
}
