import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parseCatalogTranslation, type CatalogLanguage, type CatalogTranslation } from '@lens/core';
import { BUNDLED_CATALOG } from './bundled-data';

/** Where the catalog's translations are kept: data/frameworks/translations/<lang>.json. */
export const CATALOG_TRANSLATIONS_DIR = path.join(path.dirname(BUNDLED_CATALOG), 'translations');

let loaded: Map<CatalogLanguage, CatalogTranslation> | undefined;

/** The bundled translations of the frameworks catalog, read once per process. */
export function loadCatalogTranslations(
  dir = CATALOG_TRANSLATIONS_DIR,
): ReadonlyMap<CatalogLanguage, CatalogTranslation> {
  if (loaded && dir === CATALOG_TRANSLATIONS_DIR) return loaded;
  const out = new Map<CatalogLanguage, CatalogTranslation>();
  for (const f of readdirSync(dir)
    .filter((n) => n.endsWith('.json'))
    .sort()) {
    const t = parseCatalogTranslation(readFileSync(path.join(dir, f), 'utf8'), f);
    out.set(t.language, t);
  }
  if (dir === CATALOG_TRANSLATIONS_DIR) loaded = out;
  return out;
}
