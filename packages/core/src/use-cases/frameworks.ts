import { LensError } from '../domain/errors';
import { catalogVersion, parseCatalog, type FrameworkCatalog } from '../frameworks/catalog';
import {
  isCatalogLanguage,
  localizeCatalog,
  type LocalizedCatalog,
} from '../frameworks/translations';
import type { UseCaseDeps } from './context';

/** Stores a version of the frameworks catalog (idempotent by hash) and audits the load. */
export async function loadFrameworkCatalog(
  deps: UseCaseDeps,
  input: { text: string; file: string; actor: string },
): Promise<{ version: string; items: number; unverified: number; stored: boolean }> {
  const catalog = parseCatalog(input.text, input.file);
  const sha256 = deps.crypto.sha256Hex(input.text);
  const version = catalogVersion(catalog, sha256);
  return deps.store.transaction(async (store) => {
    const before = await store.assessments.latestCatalog();
    const saved = await store.assessments.saveCatalog({
      version,
      sha256,
      content: input.text,
      loadedAt: deps.clock.now().toISOString(),
      loadedBy: input.actor,
    });
    const stored = before?.sha256 !== saved.sha256 && saved.loadedBy === input.actor;
    if (stored)
      await store.audit.append({
        at: saved.loadedAt,
        actor: input.actor,
        action: 'frameworks.load',
        recordType: 'framework_catalog',
        recordId: String(saved.id),
        detail: { version, file: input.file, items: catalog.items.length },
      });
    return {
      version,
      items: catalog.items.length,
      unverified: catalog.items.filter((i) => !i.authoritative).length,
      stored,
    };
  });
}

type StoredCatalog = FrameworkCatalog & { version: string; loadedAt: string };

/**
 * The newest stored frameworks catalog, in a language the app offers (default English): texts
 * with a bundled translation are translated, the others stay in English and say so.
 */
export async function frameworkCatalog(
  deps: UseCaseDeps,
  lang: string = 'en',
): Promise<LocalizedCatalog<StoredCatalog>> {
  if (!isCatalogLanguage(lang))
    throw new LensError('invalid', `lang must be one of en, fr, es, ar (found "${lang}")`, {
      lang: 'en|fr|es|ar',
    });
  const stored = await deps.store.assessments.latestCatalog();
  if (!stored)
    throw new LensError(
      'not_found',
      'No frameworks catalog is stored: load it with `lens frameworks load`',
    );
  const c: StoredCatalog = {
    ...parseCatalog(stored.content),
    version: stored.version,
    loadedAt: stored.loadedAt,
  };
  return localizeCatalog(c, lang === 'en' ? null : (deps.catalogTranslations?.get(lang) ?? null));
}
