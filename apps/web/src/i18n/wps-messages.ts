import type { Language } from './messages';

type Dimension = 'inclusion' | 'justice' | 'security';
type Direction = 'improved' | 'deteriorated' | 'steady';
type Kind = 'sexual_violence' | 'violence_targeting_women';

/** Interface text of the women, peace and security standing (issue 19 item 4, ADR 28). */
const en = {
  wpsTitle: 'Women, peace and security',
  wpsIntro:
    'A standing in the spirit of the Women, Peace and Security Index (inclusion, justice, security), built from the V-Dem, World Bank and UCDP data Lens holds. 100 is full standing. It is not the Georgetown index, whose survey data are not open.',
  wpsStanding: 'Standing',
  wpsInsufficient: (lo: number, hi: number) => `too little data: somewhere in ${lo}–${hi}`,
  wpsDimensions: {
    inclusion: 'Inclusion',
    justice: 'Justice',
    security: 'Security',
  } as Record<Dimension, string>,
  wpsDirections: {
    improved: 'improved',
    deteriorated: 'deteriorated',
    steady: 'steady',
  } as Record<Direction, string>,
  wpsSince: (year: number) => `since ${year}`,
  wpsMoved: 'moved by',
  wpsCoverage: (pct: number) => `${pct}% of its indicators have data`,
  wpsTrend: 'Standing over the years',
  wpsIndicators: 'Indicators',
  wpsColStanding: 'Standing',
  wpsFlags: 'Gendered red flags, by year',
  wpsKinds: {
    sexual_violence: 'Sexual violence',
    violence_targeting_women: 'Political violence targeting women',
  } as Record<Kind, string>,
  wpsYear: 'Year',
  wpsRecorded: 'recorded',
  wpsToVerify: 'to verify',
  wpsNoEvents:
    'No events or reports of this country in these years: zero is not evidence of absence.',
  wpsOnsets: (from: number, to: number) =>
    `Over ${from}–${to}, country-years at each standing were followed by a new mass-killing onset within two years:`,
  wpsBand: (from: number, to: number) => `${from}–${to}`,
};
export type WpsMessages = typeof en;

const fr: WpsMessages = {
  wpsTitle: 'Femmes, paix et sécurité',
  wpsIntro:
    "Une situation dans l'esprit de l'indice Femmes, paix et sécurité (inclusion, justice, sécurité), construite à partir des données V-Dem, Banque mondiale et UCDP que Lens contient. 100 est la situation pleine. Ce n'est pas l'indice de Georgetown, dont les données d'enquête ne sont pas ouvertes.",
  wpsStanding: 'Situation',
  wpsInsufficient: (lo, hi) => `trop peu de données : entre ${lo} et ${hi}`,
  wpsDimensions: { inclusion: 'Inclusion', justice: 'Justice', security: 'Sécurité' },
  wpsDirections: { improved: 'améliorée', deteriorated: 'détériorée', steady: 'stable' },
  wpsSince: (year) => `depuis ${year}`,
  wpsMoved: 'en raison de',
  wpsCoverage: (pct) => `${pct} % de ses indicateurs ont des données`,
  wpsTrend: 'Situation au fil des ans',
  wpsIndicators: 'Indicateurs',
  wpsColStanding: 'Situation',
  wpsFlags: "Signaux d'alerte liés au genre, par année",
  wpsKinds: {
    sexual_violence: 'Violences sexuelles',
    violence_targeting_women: 'Violence politique visant les femmes',
  },
  wpsYear: 'Année',
  wpsRecorded: 'enregistrés',
  wpsToVerify: 'à vérifier',
  wpsNoEvents:
    "Aucun événement ni rapport pour ce pays sur ces années : zéro n'est pas une preuve d'absence.",
  wpsOnsets: (from, to) =>
    `De ${from} à ${to}, part des années-pays de chaque niveau suivies d'un nouveau début de tueries de masse dans les deux ans :`,
  wpsBand: (from, to) => `${from}–${to}`,
};

const es: WpsMessages = {
  wpsTitle: 'Mujeres, paz y seguridad',
  wpsIntro:
    'Una situación en el espíritu del Índice de Mujeres, Paz y Seguridad (inclusión, justicia, seguridad), construida con los datos de V-Dem, el Banco Mundial y UCDP que Lens contiene. 100 es la situación plena. No es el índice de Georgetown, cuyos datos de encuesta no son abiertos.',
  wpsStanding: 'Situación',
  wpsInsufficient: (lo, hi) => `datos insuficientes: entre ${lo} y ${hi}`,
  wpsDimensions: { inclusion: 'Inclusión', justice: 'Justicia', security: 'Seguridad' },
  wpsDirections: { improved: 'mejoró', deteriorated: 'empeoró', steady: 'estable' },
  wpsSince: (year) => `desde ${year}`,
  wpsMoved: 'por',
  wpsCoverage: (pct) => `${pct} % de sus indicadores tienen datos`,
  wpsTrend: 'Situación a lo largo de los años',
  wpsIndicators: 'Indicadores',
  wpsColStanding: 'Situación',
  wpsFlags: 'Señales de alerta de género, por año',
  wpsKinds: {
    sexual_violence: 'Violencia sexual',
    violence_targeting_women: 'Violencia política contra las mujeres',
  },
  wpsYear: 'Año',
  wpsRecorded: 'registrados',
  wpsToVerify: 'por verificar',
  wpsNoEvents: 'Ningún evento ni informe de este país en estos años: cero no prueba su ausencia.',
  wpsOnsets: (from, to) =>
    `De ${from} a ${to}, proporción de años-país de cada nivel seguidos de un nuevo inicio de matanzas masivas en dos años:`,
  wpsBand: (from, to) => `${from}–${to}`,
};

const ar: WpsMessages = {
  wpsTitle: 'المرأة والسلام والأمن',
  wpsIntro:
    'وضعٌ على نهج مؤشر المرأة والسلام والأمن (الإدماج، العدالة، الأمن)، مبني من بيانات V-Dem والبنك الدولي وUCDP التي يحتفظ بها Lens. القيمة 100 هي الوضع الكامل. وليس هو مؤشر جورجتاون، فبيانات مسوحه غير مفتوحة.',
  wpsStanding: 'الوضع',
  wpsInsufficient: (lo, hi) => `بيانات غير كافية: بين ${lo} و${hi}`,
  wpsDimensions: { inclusion: 'الإدماج', justice: 'العدالة', security: 'الأمن' },
  wpsDirections: { improved: 'تحسّن', deteriorated: 'تدهور', steady: 'مستقر' },
  wpsSince: (year) => `منذ ${year}`,
  wpsMoved: 'بسبب',
  wpsCoverage: (pct) => `${pct}% من مؤشراته لها بيانات`,
  wpsTrend: 'الوضع عبر السنين',
  wpsIndicators: 'المؤشرات',
  wpsColStanding: 'الوضع',
  wpsFlags: 'مؤشرات الإنذار المتعلقة بالنوع الاجتماعي، حسب السنة',
  wpsKinds: {
    sexual_violence: 'العنف الجنسي',
    violence_targeting_women: 'العنف السياسي الذي يستهدف النساء',
  },
  wpsYear: 'السنة',
  wpsRecorded: 'مسجّلة',
  wpsToVerify: 'قيد التحقق',
  wpsNoEvents: 'لا أحداث ولا تقارير لهذا البلد في هذه السنوات: الصفر ليس دليلًا على الغياب.',
  wpsOnsets: (from, to) =>
    `من ${from} إلى ${to}، نسبة سنوات البلدان في كل مستوى التي تلاها بدء جديد للقتل الجماعي خلال عامين:`,
  wpsBand: (from, to) => `${from}–${to}`,
};

export const WPS_MESSAGES: Record<Language, WpsMessages> = { en, fr, es, ar };
