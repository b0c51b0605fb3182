import type { Alert } from '../escalation/alert';

/** What the live stream, webhooks and e-mail are told. */
export interface AlertChange {
  readonly type: 'raised' | 'updated' | 'advanced' | 'escalated' | 'commented';
  readonly alert: Alert;
  /** Events that raised or joined the alert (`report:42`, `ucdp-ged:123`). */
  readonly eventRefs?: readonly string[];
}

/** Told of every alert change once it is stored (the server fans out to SSE, webhooks, e-mail). */
export interface AlertNotifier {
  publish(change: AlertChange): void;
}
