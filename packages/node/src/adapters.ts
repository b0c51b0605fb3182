import { openLens, vaultOf, type Lens, type Store, type UseCaseDeps } from '@lens/core';
import { argon2Passwords, nodeCrypto, systemClock } from './services';
import { configuredVault } from './crypto/reporter-vault';
import { loadGazetteer } from './files/gazetteer';
import { loadCatalogTranslations } from './files/catalog-translations';
import { instanceKey, verifyEd25519 } from './crypto/instance-key';
import { httpShareTransport } from './sharing/http-transport';
import { fileEvidenceStore } from './files/evidence-store';
import { pdfSanitiser } from './pdf/pdf-sanitiser';
import { outboxSealer } from './crypto/outbox-sealer';
import { feedConnectors, type FeedHttpOptions } from './feeds';

export interface NodeAdapterOptions {
  /** Environment variables (LENS_REPORTER_KEY, LENS_REPORTER_KEY_FILE); default process.env. */
  readonly env?: NodeJS.ProcessEnv;
  /** Create the reporter keyring file when there is none (the server's first start). */
  readonly createKeys?: boolean;
  /** Password hashing cost (tests lower it). */
  readonly passwordCost?: { memoryCost: number; timeCost: number };
  /** Where attachment files are kept (default var/evidence). */
  readonly evidenceDir?: string;
  /** Feeds' HTTP timeouts and retry waits (the tests shorten them). */
  readonly feedHttp?: FeedHttpOptions;
  /** Replace any adapter (a test's clock, vault, notifier). */
  readonly overrides?: Partial<UseCaseDeps>;
}

/**
 * The one place Lens's ports are bound to this machine (ADR 17): clock, crypto, password hashing,
 * the reporter vault (when a key is configured, or `createKeys`), the gazetteer, evidence files.
 * The server, the command line, the workers, the benches and the tests all start here.
 */
export function nodeAdapters(
  store: Store,
  options: NodeAdapterOptions = {},
): UseCaseDeps & { keySource?: string; keyCreated?: boolean } {
  const env = options.env ?? process.env;
  let vault: UseCaseDeps['vault'];
  let keySource: string | undefined;
  let keyCreated: boolean | undefined;
  if (!options.overrides?.vault) {
    try {
      const keys = configuredVault(env, { create: options.createKeys ?? false });
      vault = keys.vault;
      keySource = keys.source;
      keyCreated = keys.created;
    } catch (error) {
      // No key yet: everything but field reports works; taking a report says what to set.
      if (options.createKeys) throw error;
    }
  }
  const deps: UseCaseDeps & { keySource?: string; keyCreated?: boolean } = {
    store,
    clock: systemClock,
    crypto: nodeCrypto,
    passwords: argon2Passwords(options.passwordCost),
    ...(vault ? { vault } : {}),
    gazetteer: loadGazetteer(),
    evidence: fileEvidenceStore(options.evidenceDir),
    documents: pdfSanitiser,
    cache: new Map<string, unknown>(),
    feeds: feedConnectors(options.feedHttp),
    catalogTranslations: loadCatalogTranslations(),
    // Sharing with partner instances (issue 22) when the instance is named; its key in a file.
    ...(env.LENS_INSTANCE_NAME
      ? {
          instance: { name: env.LENS_INSTANCE_NAME, ...instanceKey(env), verify: verifyEd25519 },
          shareTransport: httpShareTransport(),
        }
      : {}),
    ...options.overrides,
    ...(keySource !== undefined ? { keySource, keyCreated } : {}),
  };
  // Devices seal their outbox for this server's key pair, itself sealed with the reporter keys.
  return { outbox: outboxSealer(store, () => vaultOf(deps)), ...deps };
}

/** The application over a store, with this machine's adapters: `openLens(nodeAdapters(store))`. */
export function openNodeLens(store: Store, options: NodeAdapterOptions = {}): Lens {
  return openLens(nodeAdapters(store, options));
}
