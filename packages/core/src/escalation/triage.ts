import type { NewAlert } from '../ports/escalation';
import type { Episode } from './engine';
import { MONTHLY_RISK_SPEC } from './monthly-risk';
import { raiseSeverity } from './alert';
import { SEVERITIES } from './rules';

/** Alerts a country may raise in a year before lower-priority ones become stage signals. */
export const DEFAULT_ALERT_BUDGET = 12;

const deathsOf = (ep: Episode) => ep.events.reduce((s, e) => s + (e.deaths ?? 0), 0);
const thresholdOf = (ep: Episode) =>
  MONTHLY_RISK_SPEC.threshold[ep.admin1Code ? 'admin1' : 'country'];

/** The deaths behind an episode reach the monthly model's outcome threshold for its place. */
export const atrocityScale = (ep: Episode): boolean => deathsOf(ep) >= thresholdOf(ep);

/**
 * The model's information in the alert queue (issue 18). For each alert the rules raised, with
 * the monthly model's risk for its place in the month before it (what was known):
 * - below the model's alarm level, and not itself atrocity-scale, it becomes a stage signal;
 * - at twice the alarm level or more, its severity rises one step; an episode whose deaths reach
 *   ten times the outcome threshold (100 in a province, 250 in a country) is critical whatever
 *   the risk was before it;
 * - then, per country and year, alerts beyond the budget (lowest severity, then risk, first)
 *   become stage signals.
 * Signals still set the stage; they do not enter the workflow queue. Each says why in its context.
 */
export function triageAlerts(
  items: ReadonlyArray<{ alert: NewAlert; episode: Episode; alarm: number | undefined }>,
  budget: number = DEFAULT_ALERT_BUDGET,
): NewAlert[] {
  const out = items.map(({ alert, episode, alarm }) => {
    if (alert.kind === 'alert' && deathsOf(episode) >= 10 * thresholdOf(episode))
      return { ...alert, severity: 'critical' as const };
    if (alert.kind !== 'alert' || alert.risk === null || alarm === undefined) return alert;
    if (alert.risk < alarm && !atrocityScale(episode))
      return {
        ...alert,
        kind: 'signal' as const,
        context: { ...alert.context, triage: 'below the escalation model’s alarm level' },
      };
    return alert.risk >= 2 * alarm ? { ...alert, severity: raiseSeverity(alert.severity) } : alert;
  });
  const byYear = new Map<string, number[]>();
  out.forEach((a, i) => {
    if (a.kind !== 'alert') return;
    const k = `${a.iso3}|${a.raisedAt.slice(0, 4)}`;
    const l = byYear.get(k) ?? [];
    l.push(i);
    byYear.set(k, l);
  });
  for (const list of byYear.values()) {
    if (list.length <= budget) continue;
    const rank = (i: number) => SEVERITIES.indexOf(out[i]!.severity);
    list.sort((a, b) => rank(b) - rank(a) || (out[b]!.risk ?? 0) - (out[a]!.risk ?? 0));
    for (const i of list.slice(budget))
      out[i] = {
        ...out[i]!,
        kind: 'signal',
        context: { ...out[i]!.context, triage: 'over the country’s yearly alert budget' },
      };
  }
  return out;
}
