import type { Principal } from '../domain/user';
import type { Clock, Crypto, PasswordHasher } from '../ports/services';
import type { Store } from '../ports/store';
import type { EvidenceStore, Gazetteer, ReporterVault } from '../ports/reports';
import type { AlertNotifier } from './alerts';

/** What every use case is given: the store and the services it may not create for itself. */
export interface UseCaseDeps {
  readonly store: Store;
  readonly clock: Clock;
  readonly crypto: Crypto;
  readonly passwords: PasswordHasher;
  /** Seals reporters' identities; field reports cannot be taken without it. */
  readonly vault?: ReporterVault;
  /** Admin-1 units for assigning coordinates to a province. */
  readonly gazetteer?: Gazetteer;
  /** Where attachments are kept (files, outside the database). */
  readonly evidence?: EvidenceStore;
  /** Told of alert changes (live stream, webhooks, e-mail). */
  readonly notifier?: AlertNotifier;
}

/** The actor as written in the audit log. */
export const actorName = (p: Principal | undefined): string =>
  p ? `${p.username}#${p.userId}${p.via === 'token' ? ' (token)' : ''}` : 'anonymous';
