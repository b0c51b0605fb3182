import { LensError } from '../domain/errors';
import { type Alert, type AlertStep, type AlertWithEvents } from '../escalation/alert';
import type { AlertQuery } from '../ports/escalation';
import type { UseCaseDeps } from './context';

export type { AlertChange, AlertNotifier } from '../ports/notifier';

export async function listAlerts(deps: UseCaseDeps, q: AlertQuery): Promise<Alert[]> {
  return deps.store.escalation.list({ ...q, limit: Math.min(Math.max(q.limit, 1), 5000) });
}

export async function getAlert(
  deps: UseCaseDeps,
  id: number,
): Promise<AlertWithEvents & { steps: AlertStep[] }> {
  const a = await deps.store.escalation.get(id);
  if (!a) throw new LensError('not_found', `No alert ${id}`);
  return { ...a, steps: await deps.store.escalation.steps(id) };
}
