import type { Insertable, Selectable } from 'kysely';
import type { Alert, AlertEvent, AlertStatus, NewAlert, Severity } from '@lens/core';
import type { AlertsTable } from '../schema';

/** Alert rows to and from the domain. */
export function toAlert(r: Selectable<AlertsTable>): Alert {
  return {
    id: r.id,
    origin: r.origin as Alert['origin'],
    kind: r.kind as Alert['kind'],
    iso3: r.iso3,
    admin1Code: r.admin1_code,
    admin1Name: r.admin1_name,
    ruleId: r.rule_id,
    ruleName: r.rule_name,
    rulesetVersion: r.ruleset_version,
    classifierVersion: r.classifier_version,
    stage: r.stage as Alert['stage'],
    severity: r.severity as Severity,
    basis: r.basis as Alert['basis'],
    risk: r.risk,
    firstEventDate: r.first_event_date,
    lastEventDate: r.last_event_date,
    raisedAt: r.raised_at,
    holdsUntil: r.holds_until,
    status: r.status as AlertStatus,
    owner: r.owner,
    deadline: r.deadline,
    decision: r.decision,
    escalationLevel: r.escalation_level,
    context: JSON.parse(r.context) as Alert['context'],
    eventCount: r.event_count,
    updatedAt: r.updated_at,
  };
}

export const eventRows = (alertId: number, events: readonly AlertEvent[]) =>
  events.map((e) => ({
    alert_id: alertId,
    ref: e.ref,
    date: e.date,
    summary: e.summary,
    indicators: JSON.stringify(e.indicators),
  }));

export function row(a: NewAlert): Insertable<AlertsTable> {
  return {
    origin: a.origin,
    kind: a.kind,
    iso3: a.iso3,
    admin1_code: a.admin1Code,
    admin1_name: a.admin1Name,
    rule_id: a.ruleId,
    rule_name: a.ruleName,
    ruleset_version: a.rulesetVersion,
    classifier_version: a.classifierVersion,
    stage: a.stage,
    severity: a.severity,
    basis: a.basis,
    risk: a.risk,
    first_event_date: a.firstEventDate,
    last_event_date: a.lastEventDate,
    raised_at: a.raisedAt,
    holds_until: a.holdsUntil,
    status: a.status,
    owner: a.owner,
    deadline: a.deadline,
    decision: a.decision,
    escalation_level: a.escalationLevel,
    escalated_step: null,
    context: JSON.stringify(a.context),
    event_count: a.events.length,
    updated_at: a.updatedAt,
  };
}
