import { LensError } from '../domain/errors';
import type { CatalogItem, CatalogTension, FrameworkCatalog } from './catalog';

/**
 * The frameworks catalog in another language (issue 20 item 5): each English text of the catalog
 * (item names and texts, list groups, framework names, tensions) mapped to its translation, with
 * who made the translation and whether anyone reviewed it. Keyed by the English text, so a
 * catalog text that changes is a missing translation, not a stale one.
 */

export const CATALOG_LANGUAGES = ['en', 'fr', 'es', 'ar'] as const;
export type CatalogLanguage = (typeof CATALOG_LANGUAGES)[number];
export const isCatalogLanguage = (v: string): v is CatalogLanguage =>
  (CATALOG_LANGUAGES as readonly string[]).includes(v);

export interface TranslationProvenance {
  readonly language: CatalogLanguage;
  readonly translatedBy: string;
  readonly reviewed: boolean;
  readonly reviewedBy: string | null;
}

export interface CatalogTranslation extends TranslationProvenance {
  /** The sha256 of the catalog file it was made from (informative: matching is by text). */
  readonly catalogSha256: string | null;
  readonly strings: ReadonlyMap<string, string>;
}

/** Reads a translation file; names the file and the field when it is not one. */
export function parseCatalogTranslation(text: string, file: string): CatalogTranslation {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (e) {
    throw new LensError('invalid', `${file}: not JSON (${(e as Error).message})`);
  }
  const o = raw as Record<string, unknown>;
  const fail = (field: string, why: string) => {
    throw new LensError('invalid', `${file}: "${field}" ${why}`);
  };
  if (typeof o !== 'object' || o === null) return fail('(top)', 'must be an object');
  const language = o.language;
  if (typeof language !== 'string' || !isCatalogLanguage(language) || language === 'en')
    return fail('language', 'must be fr, es or ar');
  if (typeof o.translatedBy !== 'string' || o.translatedBy.trim() === '')
    return fail('translatedBy', 'must say who made the translation');
  if (typeof o.reviewed !== 'boolean') return fail('reviewed', 'must be true or false');
  if (o.reviewedBy !== null && typeof o.reviewedBy !== 'string')
    return fail('reviewedBy', 'must be a name or null');
  if (o.reviewed && !o.reviewedBy) return fail('reviewedBy', 'must name the reviewer');
  if (typeof o.strings !== 'object' || o.strings === null || Array.isArray(o.strings))
    return fail('strings', 'must map each English text to its translation');
  const strings = new Map<string, string>();
  for (const [en, t] of Object.entries(o.strings as Record<string, unknown>)) {
    if (typeof t !== 'string' || t.trim() === '')
      return fail(`strings.${en.slice(0, 40)}`, 'must be a non-empty text');
    strings.set(en, t);
  }
  return {
    language,
    translatedBy: o.translatedBy,
    reviewed: o.reviewed,
    reviewedBy: o.reviewedBy ?? null,
    catalogSha256: typeof o.catalogSha256 === 'string' ? o.catalogSha256 : null,
    strings,
  };
}

/** Every English text of a catalog a reader can see. */
export function catalogTexts(
  c: Pick<FrameworkCatalog, 'items' | 'tensions'> & { cases?: FrameworkCatalog['cases'] },
): string[] {
  const out = new Set<string>();
  for (const i of c.items)
    for (const s of [i.frameworkName, i.group, i.name, i.text]) if (s) out.add(s);
  for (const t of c.tensions) for (const s of [t.sideA, t.sideB, t.description]) out.add(s);
  for (const k of c.cases ?? []) for (const s of [k.summary, k.outcome, k.lesson]) out.add(s);
  return [...out];
}

/** The catalog texts a translation lacks (each a reason a test fails). */
export const missingTranslations = (
  c: Pick<FrameworkCatalog, 'items' | 'tensions'> & { cases?: FrameworkCatalog['cases'] },
  t: CatalogTranslation,
): string[] => catalogTexts(c).filter((s) => !t.strings.has(s));

export interface LocalizedItem extends CatalogItem {
  /** The item's English name and text, when they were translated. */
  readonly original?: { readonly name: string | null; readonly text: string };
  /** False when some of its texts had no translation and are shown in English. */
  readonly translated: boolean;
}

export type LocalizedCatalog<C extends FrameworkCatalog> = Omit<C, 'items' | 'tensions'> & {
  readonly items: readonly LocalizedItem[];
  readonly tensions: readonly CatalogTension[];
  readonly language: CatalogLanguage;
  /** Who translated what is shown, and whether it was reviewed; null for English. */
  readonly translation: TranslationProvenance | null;
};

/**
 * A framework's name as a person reads it: the catalog writes some with its sources' keys
 * ("... (WPS_AP_BRIEF)", "predecessor of UNFOA2014"); a key in brackets is dropped and a key in
 * the text reads as its source's title.
 */
const readableName =
  (sources: FrameworkCatalog['sources']) =>
  (name: string): string =>
    name
      .replace(/\s*\(([A-Z][A-Z0-9_]+)\)/g, (m, k: string) => (k in sources ? '' : m))
      .replace(/\b[A-Z][A-Z0-9_]*[0-9_][A-Z0-9_]*\b/g, (k) => sources[k]?.title ?? k);

/**
 * The catalog in a translation's language. A text without a translation stays in English and its
 * item says so (`translated: false`); ids, sources and verification never change.
 */
export function localizeCatalog<C extends FrameworkCatalog>(
  c: C,
  t: CatalogTranslation | null,
): LocalizedCatalog<C> {
  const readable = readableName(c.sources);
  if (!t)
    return {
      ...c,
      items: c.items.map((i) => ({
        ...i,
        frameworkName: readable(i.frameworkName),
        translated: true,
      })),
      language: 'en',
      translation: null,
    };
  const tr = (s: string) => t.strings.get(s);
  const items = c.items.map((i): LocalizedItem => {
    const name = i.name === null ? null : tr(i.name);
    const text = tr(i.text);
    const group = i.group ? tr(i.group) : undefined;
    return {
      ...i,
      frameworkName: readable(tr(i.frameworkName) ?? i.frameworkName),
      ...(i.group !== undefined ? { group: i.group === null ? null : (group ?? i.group) } : {}),
      name: i.name === null ? null : (name ?? i.name),
      text: text ?? i.text,
      original: { name: i.name, text: i.text },
      translated: text !== undefined && (i.name === null || name !== undefined),
    };
  });
  const tensions = c.tensions.map((x) => ({
    ...x,
    sideA: tr(x.sideA) ?? x.sideA,
    sideB: tr(x.sideB) ?? x.sideB,
    description: tr(x.description) ?? x.description,
  }));
  const cases = c.cases.map((k) => ({
    ...k,
    summary: tr(k.summary) ?? k.summary,
    outcome: tr(k.outcome) ?? k.outcome,
    lesson: tr(k.lesson) ?? k.lesson,
  }));
  const { strings: _s, catalogSha256: _h, ...provenance } = t;
  return { ...c, items, tensions, cases, language: t.language, translation: provenance };
}
