import { raiseSeverity } from '../escalation/alert';
import { addDays, runRules } from '../escalation/engine';
import { DEFAULT_ALERT_BUDGET } from '../escalation/triage';
import { type RuleSet } from '../escalation/rules';
import type { NewAlert } from '../ports/escalation';
import type { UseCaseDeps } from './context';
import type { AlertChange } from './alerts';
import { activeRuleSet } from './escalation-rules';
import {
  REFS_KEY,
  alertEvent,
  alertRefsOf,
  countryEvents,
  structuralContext,
  toNewAlert,
} from './escalation-inputs';
import { knownRisk } from './escalation-risk';

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
 * A live alert with the model's risk: at twice the alarm level its severity rises; when the
 * country already has its budget of open alerts, one below the alarm level is a stage signal.
 */
function triageLive(
  a: NewAlert,
  known: { risk: number; alarm: number } | null,
  open: number,
  budget = DEFAULT_ALERT_BUDGET,
): NewAlert {
  if (a.kind !== 'alert' || !known) return a;
  if (open >= budget && known.risk < known.alarm)
    return {
      ...a,
      kind: 'signal',
      context: { ...a.context, triage: 'over the country’s alert budget, below the alarm level' },
    };
  return known.risk >= 2 * known.alarm ? { ...a, severity: raiseSeverity(a.severity) } : a;
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
  // Across server processes too (PostgreSQL): one evaluation of a country at a time.
  return coalesced(
    input.iso3,
    async () =>
      (await deps.store.exclusive(`escalation:${input.iso3}`, () => evaluate(deps, input))) ?? [],
  );
}

async function evaluate(deps: UseCaseDeps, input: { iso3: string }): Promise<AlertChange[]> {
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
  let openAlerts = (await deps.store.escalation.forPlace({ iso3: input.iso3 })).filter(
    (a) => a.kind === 'alert' && a.status !== 'closed',
  ).length;
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
          const known = await knownRisk(s.escalation, {
            iso3: ep.iso3,
            admin1Code: ep.admin1Code,
            day: today,
          });
          const base = toNewAlert(ep, rules, {
            origin: 'live',
            raisedAt: now,
            now,
            closed: false,
            structure,
            risk: known?.risk ?? null,
          });
          const row = triageLive(base, known, openAlerts, rules.alertBudget);
          if (row.kind === 'alert') openAlerts++;
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
        // The memo holds as many refs as the stored alert has events unless another server (on
        // the same PostgreSQL) extended it since: then they are read again.
        let known = refsCache.get(same.id);
        if (!known || known.size !== same.eventCount)
          refsCache.set(same.id, (known = await s.escalation.refsOf(same.id)));
        const fresh = ep.events.filter((e) => !known.has(e.ref));
        // A report verified since: the alert now rests on evidence and moves the stage.
        const confirmed = same.basis !== 'evidence' && ep.basis === 'evidence';
        if (confirmed) {
          await s.escalation.update(same.id, { basis: 'evidence', updatedAt: now });
          await s.audit.append({
            at: now,
            actor: 'lens (escalation rules)',
            action: 'alert.confirm',
            recordType: 'alert',
            recordId: String(same.id),
            detail: { from: same.basis, to: 'evidence' },
          });
        }
        if (fresh.length === 0) {
          if (confirmed)
            changes.push({
              type: 'updated',
              alert: { ...same, basis: 'evidence', updatedAt: now },
              eventRefs: [],
            });
          continue;
        }
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
            basis: confirmed ? 'evidence' : same.basis,
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
}
