import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  CATALOG_LANGUAGES,
  localizeCatalog,
  missingTranslations,
  parseCatalog,
  parseCatalogTranslation,
} from '@lens/core';
import { catalogWithSupplement } from './bundled-data';
import { CATALOG_TRANSLATIONS_DIR, loadCatalogTranslations } from './catalog-translations';

const catalog = parseCatalog(catalogWithSupplement());

describe('the frameworks catalog in the four languages the app offers', () => {
  it('has every catalog text translated into French, Spanish and Arabic, each file saying who made it', () => {
    const all = loadCatalogTranslations();
    for (const lang of CATALOG_LANGUAGES.filter((l) => l !== 'en')) {
      const t = all.get(lang);
      expect(t, `no ${lang} translation of the catalog`).toBeDefined();
      expect(missingTranslations(catalog, t!)).toEqual([]);
      expect(t!.translatedBy).toMatch(/language model/);
      // Not reviewed by a translator yet: the app says so wherever it shows the text.
      expect(t!.reviewed).toBe(false);
    }
  });

  it('reads an item in Arabic with its ids, source and verification unchanged, and its English kept', () => {
    const ar = localizeCatalog(catalog, loadCatalogTranslations().get('ar')!);
    const rf1 = ar.items.find((i) => i.id === 'RF1')!;
    const en = catalog.items.find((i) => i.id === 'RF1')!;
    expect(rf1.name).toBe('حالات النزاع المسلح أو غيرها من أشكال عدم الاستقرار');
    expect(rf1.original).toEqual({ name: en.name, text: en.text });
    expect(rf1).toMatchObject({
      id: 'RF1',
      verification: en.verification,
      authoritative: en.authoritative,
      translated: true,
    });
    // A recalled item stays unverified in every language.
    expect(ar.items.find((i) => i.id === 'RF3')!.authoritative).toBe(false);
    expect(ar.translation).toMatchObject({ language: 'ar', reviewed: false });
    expect(ar.tensions.find((x) => x.id === 'TEN.12')!.sideB).toBe('عدم الإضرار');
  });

  it("names frameworks without the catalog's source keys, in English and translated", () => {
    for (const lang of CATALOG_LANGUAGES) {
      const names = new Set(
        localizeCatalog(
          catalog,
          lang === 'en' ? null : loadCatalogTranslations().get(lang)!,
        ).items.map((i) => i.frameworkName),
      );
      expect(
        [...names].filter((n) => /\b[A-Z]+_[A-Z0-9_]+\b|UNFOA2014/.test(n)),
        lang,
      ).toEqual([]);
    }
    const en = localizeCatalog(catalog, null).items.map((i) => i.frameworkName);
    expect(en).toContain('Wilton Park (2019) integration principles');
  });

  it('fails the check, and shows the English marked, when a text has no translation', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'lens-tr-'));
    const raw = JSON.parse(
      readFileSync(path.join(CATALOG_TRANSLATIONS_DIR, 'fr.json'), 'utf8'),
    ) as { strings: Record<string, string> };
    const en = catalog.items.find((i) => i.id === 'CPA.D.SAN.01')!.text;
    delete raw.strings[en];
    writeFileSync(path.join(dir, 'fr.json'), JSON.stringify(raw));
    const fr = loadCatalogTranslations(dir).get('fr')!;
    expect(missingTranslations(catalog, fr)).toEqual([en]);
    const item = localizeCatalog(catalog, fr).items.find((i) => i.id === 'CPA.D.SAN.01')!;
    expect(item).toMatchObject({ text: en, translated: false });
  });

  it('refuses a broken translation file by name and field', () => {
    expect(() => parseCatalogTranslation('{"language":', 'de.json')).toThrow(/de\.json: not JSON/);
    expect(() =>
      parseCatalogTranslation(
        JSON.stringify({
          language: 'fr',
          translatedBy: 'x',
          reviewed: true,
          reviewedBy: null,
          strings: {},
        }),
        'fr.json',
      ),
    ).toThrow(/fr\.json: "reviewedBy" must name the reviewer/);
    expect(() =>
      parseCatalogTranslation(
        JSON.stringify({
          language: 'fr',
          translatedBy: 'x',
          reviewed: false,
          reviewedBy: null,
          strings: { a: '' },
        }),
        'fr.json',
      ),
    ).toThrow(/fr\.json: "strings\.a" must be a non-empty text/);
  });
});
