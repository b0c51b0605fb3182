import type { InstanceIdentity, ShareTransport } from '../ports/sharing';
import type { Principal } from '../domain/user';
import type { Cache, Clock, Crypto, PasswordHasher } from '../ports/services';
import type { Store } from '../ports/store';
import type {
  DocumentSanitiser,
  EvidenceStore,
  OutboxSealer,
  Gazetteer,
  ReporterVault,
} from '../ports/reports';
import type { AlertNotifier } from '../ports/notifier';
import type { Feed, FeedConnector, FeedNotices } from '../ports/feeds';
import type { ReporterVault as Vault } from '../ports/reports';
import type { CatalogLanguage, CatalogTranslation } from '../frameworks/translations';

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
  /** The key pair devices seal their offline outbox for. */
  readonly outbox?: OutboxSealer;
  /** Rebuilds PDF attachments for showing; without it a PDF attachment is refused. */
  readonly documents?: DocumentSanitiser;
  /** A memo for data read at every request (the assessment inputs); none in most tests. */
  readonly cache?: Cache;
  /** Told when after-commit effects were queued, so a worker runs them soon (ADR 17). */
  readonly effects?: { wake(): void };
  /** Told of alert changes (live stream, webhooks, e-mail). */
  readonly notifier?: AlertNotifier;
  /** The connectors feeds pull through (issue 17); none in most tests. */
  readonly feeds?: Readonly<Partial<Record<FeedConnector, Feed>>>;
  /** Told when a feed has missed its schedule too often. */
  readonly feedNotices?: FeedNotices;
  /** The frameworks catalog's translations (bundled data), by language. */
  readonly catalogTranslations?: ReadonlyMap<CatalogLanguage, CatalogTranslation>;
  /** This instance's name and signing key, when sharing with partner instances is configured. */
  readonly instance?: InstanceIdentity;
  /** Fetches bundles from partners (HTTPS); without it bundles move only as files. */
  readonly shareTransport?: ShareTransport;
}

/** The actor as written in the audit log. */
export const actorName = (p: Principal | undefined): string =>
  p ? `${p.username}#${p.userId}${p.via === 'token' ? ' (token)' : ''}` : 'anonymous';

/** The reporter vault, or an error: reports cannot be stored without it. */
export function vaultOf(deps: UseCaseDeps): Vault {
  if (!deps.vault) throw new Error('No reporter key is configured: reports cannot be stored');
  return deps.vault;
}
