import { LensError } from '../domain/errors';
import { type Alert, type AlertStep, type AlertWithEvents } from '../escalation/alert';
import type { AlertQuery } from '../ports/escalation';
import type { Role } from '../domain/roles';
import type { UseCaseDeps } from './context';
import {
  alertCatalogItems,
  readableEvents,
  type AlertCatalogItem,
  type ReadableEvent,
} from './alert-detail';

export type { AlertChange, AlertNotifier } from '../ports/notifier';

export async function listAlerts(deps: UseCaseDeps, q: AlertQuery): Promise<Alert[]> {
  return deps.store.escalation.list({ ...q, limit: Math.min(Math.max(q.limit, 1), 5000) });
}

export interface AlertPage {
  readonly alerts: Alert[];
  /** How many match the filters. */
  readonly total: number;
  readonly offset: number;
  /** What the filters hide: closed alerts ("open only") and stage signals (alerts only). */
  readonly hidden: { readonly closed: number; readonly signals: number };
}

/** A page of the alert queue with its count, and what the filters leave out. */
export async function alertPage(deps: UseCaseDeps, q: AlertQuery): Promise<AlertPage> {
  const { limit: _limit, offset = 0, order: _order, ...filters } = q;
  const [alerts, total, closed, signals] = await Promise.all([
    listAlerts(deps, { ...q, order: q.order ?? 'priority' }),
    deps.store.escalation.count(filters),
    filters.status === 'open'
      ? deps.store.escalation.count({ ...filters, status: 'closed' })
      : Promise.resolve(0),
    (filters.kind ?? 'alert') === 'alert'
      ? deps.store.escalation.count({ ...filters, kind: 'signal' })
      : Promise.resolve(0),
  ]);
  return { alerts, total, offset, hidden: { closed, signals } };
}

export async function getAlert(
  deps: UseCaseDeps,
  id: number,
): Promise<AlertWithEvents & { steps: AlertStep[] }> {
  const a = await deps.store.escalation.get(id);
  if (!a) throw new LensError('not_found', `No alert ${id}`);
  return { ...a, steps: await deps.store.escalation.steps(id) };
}

/**
 * One alert as a person reads it: its events with their records (who, what, where, deaths,
 * source), the catalog items its rule stands for, and its workflow steps.
 */
export async function readAlert(
  deps: UseCaseDeps,
  id: number,
  role: Role,
  lang = 'en',
): Promise<
  Omit<AlertWithEvents, 'events'> & {
    events: ReadableEvent[];
    catalogItems: AlertCatalogItem[];
    steps: AlertStep[];
  }
> {
  const a = await getAlert(deps, id);
  const [events, catalogItems] = await Promise.all([
    readableEvents(deps, a, role),
    alertCatalogItems(deps, a, lang),
  ]);
  return { ...a, events, catalogItems };
}
