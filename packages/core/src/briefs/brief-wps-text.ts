/**
 * The words of a brief's women, peace and security block (ADR 28) in English, French, Spanish and
 * Arabic; kept beside brief-text.ts.
 */
import type { BriefLanguage } from './brief-text';

/** The women, peace and security block's words (ADR 28). */
export interface WpsWords {
  readonly title: string;
  readonly standing: string;
  readonly dimensions: Readonly<Record<'inclusion' | 'justice' | 'security', string>>;
  readonly insufficient: string;
  readonly directions: Readonly<Record<'improved' | 'deteriorated' | 'steady', string>>;
  readonly since: (year: number) => string;
  readonly flags: (year: number) => string;
  readonly kinds: Readonly<Record<'sexual_violence' | 'violence_targeting_women', string>>;
  readonly counts: (evidence: number, toVerify: number) => string;
  readonly noEvents: string;
  readonly onsets: (from: number, to: number) => string;
  readonly band: (from: number, to: number) => string;
}

const en: WpsWords = {
  title: 'Women, peace and security',
  standing: 'Standing (0-100, higher is better)',
  dimensions: { inclusion: 'inclusion', justice: 'justice', security: 'security' },
  insufficient: 'too little data to score; it could be',
  directions: { improved: 'improved', deteriorated: 'deteriorated', steady: 'steady' },
  since: (y) => `since ${y}`,
  flags: (y) => `Gendered red flags in ${y}`,
  kinds: {
    sexual_violence: 'sexual violence',
    violence_targeting_women: 'political violence targeting women',
  },
  counts: (e, v) => `${e} recorded, ${v} to verify`,
  noEvents: 'No events or reports of this country in the window: zero is not evidence of absence.',
  onsets: (from, to) =>
    `Share of country-years ${from}-${to} followed by a new mass-killing onset within two years, by standing`,
  band: (from, to) => `${from}-${to}`,
};

const fr: WpsWords = {
  title: 'Femmes, paix et sécurité',
  standing: 'Situation (0-100, plus haut est meilleur)',
  dimensions: { inclusion: 'inclusion', justice: 'justice', security: 'sécurité' },
  insufficient: 'trop peu de données pour noter ; elle pourrait être',
  directions: { improved: 'améliorée', deteriorated: 'détériorée', steady: 'stable' },
  since: (y) => `depuis ${y}`,
  flags: (y) => `Signaux d'alerte liés au genre en ${y}`,
  kinds: {
    sexual_violence: 'violences sexuelles',
    violence_targeting_women: 'violence politique visant les femmes',
  },
  counts: (e, v) => `${e} enregistrés, ${v} à vérifier`,
  noEvents:
    "Aucun événement ni rapport pour ce pays sur la période : zéro n'est pas une preuve d'absence.",
  onsets: (from, to) =>
    `Part des années-pays ${from}-${to} suivies d'un nouveau début de tueries de masse dans les deux ans, selon la situation`,
  band: (from, to) => `${from}-${to}`,
};

const es: WpsWords = {
  title: 'Mujeres, paz y seguridad',
  standing: 'Situación (0-100, más alto es mejor)',
  dimensions: { inclusion: 'inclusión', justice: 'justicia', security: 'seguridad' },
  insufficient: 'datos insuficientes para puntuar; podría estar entre',
  directions: { improved: 'mejoró', deteriorated: 'empeoró', steady: 'estable' },
  since: (y) => `desde ${y}`,
  flags: (y) => `Señales de alerta de género en ${y}`,
  kinds: {
    sexual_violence: 'violencia sexual',
    violence_targeting_women: 'violencia política contra las mujeres',
  },
  counts: (e, v) => `${e} registrados, ${v} por verificar`,
  noEvents: 'Ningún evento ni informe de este país en el periodo: cero no prueba su ausencia.',
  onsets: (from, to) =>
    `Proporción de años-país ${from}-${to} seguidos de un nuevo inicio de matanzas masivas en dos años, según la situación`,
  band: (from, to) => `${from}-${to}`,
};

const ar: WpsWords = {
  title: 'المرأة والسلام والأمن',
  standing: 'الوضع (0-100، الأعلى أفضل)',
  dimensions: { inclusion: 'الإدماج', justice: 'العدالة', security: 'الأمن' },
  insufficient: 'بيانات غير كافية للتقييم؛ قد يكون بين',
  directions: { improved: 'تحسّن', deteriorated: 'تدهور', steady: 'مستقر' },
  since: (y) => `منذ ${y}`,
  flags: (y) => `مؤشرات الإنذار المتعلقة بالنوع الاجتماعي في ${y}`,
  kinds: {
    sexual_violence: 'العنف الجنسي',
    violence_targeting_women: 'العنف السياسي الذي يستهدف النساء',
  },
  counts: (e, v) => `${e} مسجّلة، ${v} قيد التحقق`,
  noEvents: 'لا أحداث ولا تقارير لهذا البلد في الفترة: الصفر ليس دليلًا على الغياب.',
  onsets: (from, to) =>
    `نسبة سنوات البلدان ${from}-${to} التي تلاها بدء جديد للقتل الجماعي خلال عامين، حسب الوضع`,
  band: (from, to) => `${from}-${to}`,
};

export const WPS_WORDS: Readonly<Record<BriefLanguage, WpsWords>> = { en, fr, es, ar };
