import type { Language } from './messages';

/** How a translated catalog says where its words come from (issue 20 item 5). */
const en = {
  catalogTranslation: (by: string, reviewed: boolean) =>
    `Translated from English by ${by}; ${reviewed ? 'reviewed' : 'not yet reviewed by a translator'}. Hover over a text to read the English.`,
  catalogInEnglish: 'not translated yet: English',
  confidenceNames: {
    high: 'high confidence',
    medium: 'medium confidence',
    low: 'low confidence',
  } as Record<string, string>,
};
export type CatalogMessages = typeof en;

const fr: CatalogMessages = {
  catalogTranslation: (by, reviewed) =>
    `Traduit de l'anglais par ${by} ; ${reviewed ? 'relu' : 'pas encore relu par un traducteur'}. Survolez un texte pour lire l'anglais.`,
  catalogInEnglish: 'pas encore traduit : anglais',
  confidenceNames: {
    high: 'confiance élevée',
    medium: 'confiance moyenne',
    low: 'confiance faible',
  },
};

const es: CatalogMessages = {
  catalogTranslation: (by, reviewed) =>
    `Traducido del inglés por ${by}; ${reviewed ? 'revisado' : 'aún no revisado por un traductor'}. Pase el cursor sobre un texto para leer el inglés.`,
  catalogInEnglish: 'aún sin traducir: inglés',
  confidenceNames: {
    high: 'confianza alta',
    medium: 'confianza media',
    low: 'confianza baja',
  },
};

const ar: CatalogMessages = {
  catalogTranslation: (by, reviewed) =>
    `تُرجم من الإنجليزية بواسطة ${by}؛ ${reviewed ? 'تمت مراجعته' : 'لم يراجعه مترجم بعد'}. مرّر المؤشر على النص لقراءة الأصل الإنجليزي.`,
  catalogInEnglish: 'لم يُترجم بعد: بالإنجليزية',
  confidenceNames: {
    high: 'ثقة عالية',
    medium: 'ثقة متوسطة',
    low: 'ثقة منخفضة',
  },
};

export const CATALOG_MESSAGES: Record<Language, CatalogMessages> = { en, fr, es, ar };
