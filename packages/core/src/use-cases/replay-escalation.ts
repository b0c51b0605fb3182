import { runRules, stageAt } from '../escalation/engine';
import type { Stage } from '../escalation/indicators';
import type { UseCaseDeps } from './context';
import { requireIso3 } from './countries';
import { CLASSIFIER, activeRuleSet } from './escalation-rules';
import { countryEvents, structuralContext, toNewAlert } from './escalation-inputs';

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
