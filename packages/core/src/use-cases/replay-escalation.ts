import { runRules, stageAt, type Episode } from '../escalation/engine';
import { MONTHLY_RISK_SPEC, monthIndexOf, monthOf } from '../escalation/monthly-risk';
import { DEFAULT_ALERT_BUDGET, triageAlerts } from '../escalation/triage';
import type { Stage } from '../escalation/indicators';
import type { UseCaseDeps } from './context';
import { requireIso3 } from './countries';
import { CLASSIFIER, activeRuleSet } from './escalation-rules';
import { countryEvents, structuralContext, toNewAlert } from './escalation-inputs';
import { countryMonthlyRisk } from './escalation-risk';

export interface ReplaySummary {
  readonly iso3: string;
  readonly events: number;
  readonly alerts: number;
  readonly signals: number;
  readonly rulesetVersion: string;
  readonly classifierVersion: string;
  readonly stage: Stage;
  readonly asOf: string;
  /** Place-months the monthly escalation model scored. */
  readonly riskMonths: number;
}

/** The month before a day (YYYY-MM): the risk known when it began. */
const monthBefore = (day: string) => {
  return monthOf(monthIndexOf(day) - 1);
};

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
  // The monthly model's risk of each place: each alert carries the risk known the month before.
  const risk = await countryMonthlyRisk(deps, { iso3, episodes: eps, structure });
  const byPlaceMonth = new Map(risk.places.map((r) => [`${r.admin1Code}|${r.month}`, r.risk]));
  const riskOf = (ep: Episode) =>
    byPlaceMonth.get(`${ep.admin1Code ?? ''}|${monthBefore(ep.raisedOn)}`) ?? null;
  const rows = triageAlerts(
    eps.map((ep) => ({
      episode: ep,
      alarm: risk.alarm[ep.admin1Code ? 'admin1' : 'country'],
      alert: toNewAlert(ep, rules, {
        origin: 'replay',
        raisedAt: ep.raisedOn,
        now,
        closed: ep.holdsUntil < asOf,
        structure,
        risk: riskOf(ep),
      }),
    })),
    rules.alertBudget ?? DEFAULT_ALERT_BUDGET,
  );
  await deps.store.transaction(async (s) => {
    await s.escalation.replaceReplay(iso3, rows);
    await s.escalation.replaceRisk(
      iso3,
      risk.places.map((r) => ({
        ...r,
        alarm: risk.alarm[r.admin1Code ? 'admin1' : 'country'] ?? 1,
        modelVersion: MONTHLY_RISK_SPEC.version,
        computedAt: now,
      })),
    );
    await s.audit.append({
      at: now,
      actor: input.actor,
      action: 'escalation.replay',
      recordType: 'country',
      recordId: iso3,
      detail: {
        events: events.length,
        episodes: rows.length,
        rules: rules.version,
        model: MONTHLY_RISK_SPEC.version,
        asOf,
      },
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
    riskMonths: risk.places.length,
  };
}
