import { isCalendarDateTime } from '../domain/calendar';
import { LensError, refuseIfAny } from '../domain/errors';
import {
  ALERT_STATUSES,
  nextStatus,
  raiseSeverity,
  type Alert,
  type AlertStatus,
  type AlertStep,
  type AlertWithEvents,
} from '../escalation/alert';
import type { UseCaseDeps } from './context';
import { getAlert } from './alert-reading';

export interface AdvanceInput {
  readonly to: AlertStatus;
  readonly owner?: string | null;
  readonly deadline?: string | null;
  readonly comment?: string | null;
  readonly decision?: string | null;
}

/**
 * Moves an alert one step along early warning -> assessment -> advice -> decision -> closed (or
 * closes it from any step). Each open step has an owner and a deadline; the decision step records
 * the decision taken; closing says why. Audited.
 */
export async function advanceAlert(
  deps: UseCaseDeps,
  id: number,
  input: AdvanceInput,
  actor: string,
): Promise<AlertWithEvents & { steps: AlertStep[] }> {
  const now = deps.clock.now().toISOString();
  const a = await deps.store.escalation.get(id);
  if (!a) throw new LensError('not_found', `No alert ${id}`);
  const e: Record<string, string> = {};
  if (a.kind !== 'alert') e.to = 'a stage signal does not enter the workflow';
  if (!ALERT_STATUSES.includes(input.to)) e.to = `must be one of ${ALERT_STATUSES.join(', ')}`;
  else if (a.status === 'closed') e.to = 'the alert is closed';
  else if (input.to !== 'closed' && input.to !== nextStatus(a.status))
    e.to = `from ${a.status} the next step is ${nextStatus(a.status)} (or closed)`;
  const owner = input.owner?.trim() || null;
  const comment = input.comment?.trim() || null;
  const decision = input.decision?.trim() || null;
  if (input.to !== 'closed') {
    if (!owner) e.owner = 'each step needs an owner (a user name)';
    else if (!(await deps.store.users.findByUsername(owner))) e.owner = `no user ${owner}`;
    if (!input.deadline) e.deadline = 'each step needs a deadline';
    else if (!isCalendarDateTime(input.deadline) || Number.isNaN(Date.parse(input.deadline)))
      e.deadline = 'must be a date (YYYY-MM-DD) or date-time';
    else if (input.deadline.slice(0, 10) < now.slice(0, 10)) e.deadline = 'is in the past';
  }
  if (input.to === 'decision' && !decision) e.decision = 'record the decision taken';
  if (input.to === 'closed' && !comment && !decision) e.comment = 'say why the alert is closed';
  for (const [k, v] of [
    ['comment', comment],
    ['decision', decision],
  ] as const)
    if (v && v.length > 10_000) e[k] = 'is longer than 10,000 characters';
  refuseIfAny('alert step', e);
  const deadline = input.to === 'closed' ? null : input.deadline!;
  await deps.store.transaction(async (s) => {
    await s.escalation.update(id, {
      status: input.to,
      owner: input.to === 'closed' ? a.owner : owner,
      deadline,
      ...(decision ? { decision } : {}),
      updatedAt: now,
    });
    await s.escalation.addStep({
      alertId: id,
      at: now,
      by: actor,
      kind: 'step',
      status: input.to,
      owner,
      deadline,
      comment,
      decision,
    });
    await s.audit.append({
      at: now,
      actor,
      action: 'alert.advance',
      recordType: 'alert',
      recordId: String(id),
      detail: { from: a.status, to: input.to, owner, deadline, decision },
    });
  });
  const after = await getAlert(deps, id);
  deps.notifier?.publish({ type: 'advanced', alert: after });
  return after;
}

export async function commentOnAlert(
  deps: UseCaseDeps,
  id: number,
  text: string,
  actor: string,
): Promise<AlertStep> {
  const now = deps.clock.now().toISOString();
  const comment = text.trim();
  if (!comment || comment.length > 10_000)
    throw new LensError('invalid', 'a comment is 1 to 10,000 characters', {
      comment: 'empty or too long',
    });
  const a = await deps.store.escalation.get(id);
  if (!a) throw new LensError('not_found', `No alert ${id}`);
  const step = await deps.store.transaction(async (s) => {
    const st = await s.escalation.addStep({
      alertId: id,
      at: now,
      by: actor,
      kind: 'comment',
      status: a.status,
      owner: null,
      deadline: null,
      comment,
      decision: null,
    });
    await s.escalation.update(id, { updatedAt: now });
    await s.audit.append({
      at: now,
      actor,
      action: 'alert.comment',
      recordType: 'alert',
      recordId: String(id),
      detail: {},
    });
    return st;
  });
  deps.notifier?.publish({ type: 'commented', alert: a });
  return step;
}

/**
 * Escalates every open alert past its step's deadline: severity up one level, escalation level
 * counted, a step written and audited; once per step. Run every minute by the server and by
 * `lens alerts escalate`.
 */
export async function escalateOverdue(deps: UseCaseDeps): Promise<Alert[]> {
  const now = deps.clock.now().toISOString();
  const late = await deps.store.escalation.overdue(now);
  const out: Alert[] = [];
  for (const a of late) {
    const severity = raiseSeverity(a.severity);
    await deps.store.transaction(async (s) => {
      await s.escalation.update(a.id, {
        severity,
        escalationLevel: a.escalationLevel + 1,
        escalatedStep: a.status,
        updatedAt: now,
      });
      await s.escalation.addStep({
        alertId: a.id,
        at: now,
        by: 'lens (deadline)',
        kind: 'escalation',
        status: a.status,
        owner: a.owner,
        deadline: a.deadline,
        comment: `Deadline ${a.deadline} passed at step ${a.status}; severity ${a.severity} -> ${severity}`,
        decision: null,
      });
      await s.audit.append({
        at: now,
        actor: 'lens (deadline)',
        action: 'alert.escalate',
        recordType: 'alert',
        recordId: String(a.id),
        detail: { step: a.status, deadline: a.deadline, severity },
      });
    });
    const after = { ...a, severity, escalationLevel: a.escalationLevel + 1, updatedAt: now };
    out.push(after);
    deps.notifier?.publish({ type: 'escalated', alert: after });
  }
  return out;
}
