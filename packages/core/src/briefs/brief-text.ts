/**
 * The words of a brief in English, French, Spanish and Arabic, and the four lexicons a reader can
 * ask for (Wilton Park 2019, "be flexible with language"; catalog TEN.14): atrocity prevention,
 * human rights, discrimination, or community language. Only the framing words change; numbers,
 * sources and measures stay the same.
 */
export const BRIEF_LANGUAGES = ['en', 'fr', 'es', 'ar'] as const;
export type BriefLanguage = (typeof BRIEF_LANGUAGES)[number];
export const LEXICONS = ['atrocity', 'human_rights', 'discrimination', 'community'] as const;
export type Lexicon = (typeof LEXICONS)[number];

export interface LexiconWords {
  readonly title: string;
  readonly risk: string;
  readonly measures: string;
}

export interface BriefText {
  readonly dir: 'ltr' | 'rtl';
  readonly asOf: string;
  readonly year: string;
  readonly tier: string;
  readonly tiers: Readonly<Record<string, string>>;
  readonly probability: string;
  readonly probabilityNote: string;
  readonly interval: (lo: string, hi: string) => string;
  readonly noForecast: string;
  readonly structuralScore: string;
  readonly drivers: string;
  readonly driversNote: string;
  readonly insufficient: string;
  readonly escalation: string;
  readonly stage: string;
  readonly stages: Readonly<Record<string, string>>;
  readonly stageStrip: string;
  readonly provinces: string;
  readonly riskMap: string;
  readonly redFlags: string;
  readonly noRedFlags: string;
  readonly date: string;
  readonly rule: string;
  readonly place: string;
  readonly agenda: string;
  readonly recommended: string;
  readonly whoCanAct: string;
  readonly nobody: string;
  readonly because: string;
  /** The UN Framework of Analysis, short, before its risk factor's number ("UN RF4"). */
  readonly unFramework: string;
  readonly link: Readonly<Record<'sourced' | 'proposed' | 'analyst', string>>;
  readonly pitfalls: string;
  readonly noPitfalls: string;
  readonly sources: string;
  readonly countryWide: string;
  readonly confidential: string;
  readonly lexicons: Readonly<Record<Lexicon, LexiconWords>>;
}

const en: BriefText = {
  dir: 'ltr',
  asOf: 'as of',
  year: 'data year',
  tier: 'Risk tier',
  tiers: {
    negligible: 'negligible',
    low: 'low',
    moderate: 'moderate',
    high: 'high',
    extreme: 'extreme',
  },
  probability: 'Probability of a new mass-killing onset within two years',
  probabilityNote: 'bands: the tier thresholds of the probability',
  interval: (lo, hi) =>
    `90% interval ${lo}–${hi}: the onset rate that followed forecasts like this one`,
  noForecast: 'no forecast for this year',
  structuralScore: 'Structural score',
  drivers: 'What drives the risk',
  driversNote: 'Factor scores (0-100) of the structural assessment; 50 or more is a driver.',
  insufficient: 'Too little data to score (range it could take; not counted as low risk)',
  escalation: 'Escalation',
  stage: 'Stage',
  stages: {
    none: 'no escalation stage',
    crisis: 'crisis',
    mobilisation: 'mobilisation',
    violence: 'violence',
  },
  stageStrip: 'Stage over the last two years',
  provinces: 'Provinces by stage',
  riskMap: 'n%: escalation risk, next three months',
  redFlags: 'Recent red flags',
  noRedFlags: 'No red flags raised in the last twelve months.',
  date: 'Date',
  rule: 'Red flag',
  place: 'Where',
  agenda: 'Prevention agenda for the context',
  recommended: 'Recommended measures',
  whoCanAct: 'Who can act',
  nobody: 'nobody yet (gap)',
  because: 'because',
  unFramework: 'UN',
  link: { sourced: 'sourced', proposed: 'proposed, unsourced', analyst: 'analyst link' },
  pitfalls: 'Pitfalls to avoid',
  noPitfalls: 'No pitfall or tension applies to the current plan.',
  sources: 'Sources',
  countryWide: 'country-wide',
  confidential: 'No reporter identities are held in this brief.',
  lexicons: {
    atrocity: {
      title: 'Atrocity risk brief',
      risk: 'Risk of mass atrocities',
      measures: 'atrocity prevention',
    },
    human_rights: {
      title: 'Human rights risk brief',
      risk: 'Risk of gross human rights violations',
      measures: 'human rights protection',
    },
    discrimination: {
      title: 'Discrimination and identity-based violence brief',
      risk: 'Risk of identity-based violence',
      measures: 'non-discrimination and protection',
    },
    community: {
      title: 'Community safety brief',
      risk: 'Risk of violence against communities',
      measures: 'community protection',
    },
  },
};

const fr: BriefText = {
  dir: 'ltr',
  asOf: 'au',
  year: 'année des données',
  tier: 'Niveau de risque',
  tiers: {
    negligible: 'négligeable',
    low: 'faible',
    moderate: 'modéré',
    high: 'élevé',
    extreme: 'extrême',
  },
  probability: 'Probabilité d’un nouveau massacre de masse dans les deux ans',
  probabilityNote: 'bandes : seuils des niveaux de probabilité',
  interval: (lo, hi) =>
    `intervalle à 90 % ${lo}–${hi} : le taux de déclenchement observé après des prévisions semblables`,
  noForecast: 'pas de prévision pour cette année',
  structuralScore: 'Score structurel',
  drivers: 'Ce qui fait le risque',
  driversNote:
    'Scores des facteurs (0-100) de l’évaluation structurelle ; 50 ou plus est un moteur.',
  insufficient:
    'Données insuffisantes pour évaluer (plage possible ; pas compté comme un risque faible)',
  escalation: 'Escalade',
  stage: 'Stade',
  stages: {
    none: "aucune étape d'escalade",
    crisis: 'crise',
    mobilisation: 'mobilisation',
    violence: 'violence',
  },
  stageStrip: 'Stade sur les deux dernières années',
  provinces: 'Provinces par stade',
  riskMap: 'n % : risque d’escalade, trois prochains mois',
  redFlags: 'Signaux d’alerte récents',
  noRedFlags: 'Aucun signal d’alerte ces douze derniers mois.',
  date: 'Date',
  rule: 'Signal',
  place: 'Lieu',
  agenda: 'Programme de prévention adapté au contexte',
  recommended: 'Mesures recommandées',
  whoCanAct: 'Qui peut agir',
  nobody: 'personne (lacune)',
  because: 'parce que',
  unFramework: 'ONU',
  link: { sourced: 'sourcé', proposed: 'proposé, non sourcé', analyst: 'lien d’analyste' },
  pitfalls: 'Écueils à éviter',
  noPitfalls: 'Aucun écueil ni tension ne concerne le plan actuel.',
  sources: 'Sources',
  countryWide: 'tout le pays',
  confidential: 'Ce document ne contient aucune identité de rapporteur.',
  lexicons: {
    atrocity: {
      title: 'Note sur le risque d’atrocités',
      risk: 'Risque d’atrocités de masse',
      measures: 'prévention des atrocités',
    },
    human_rights: {
      title: 'Note sur les risques pour les droits humains',
      risk: 'Risque de violations graves des droits humains',
      measures: 'protection des droits humains',
    },
    discrimination: {
      title: 'Note sur la discrimination et les violences identitaires',
      risk: 'Risque de violences identitaires',
      measures: 'non-discrimination et protection',
    },
    community: {
      title: 'Note sur la sécurité des communautés',
      risk: 'Risque de violences contre les communautés',
      measures: 'protection des communautés',
    },
  },
};

const es: BriefText = {
  dir: 'ltr',
  asOf: 'al',
  year: 'año de los datos',
  tier: 'Nivel de riesgo',
  tiers: {
    negligible: 'insignificante',
    low: 'bajo',
    moderate: 'moderado',
    high: 'alto',
    extreme: 'extremo',
  },
  probability: 'Probabilidad de una nueva matanza masiva en dos años',
  probabilityNote: 'bandas: umbrales de los niveles de probabilidad',
  interval: (lo, hi) =>
    `intervalo del 90 % ${lo}–${hi}: la tasa de inicios que siguió a pronósticos como este`,
  noForecast: 'sin pronóstico para este año',
  structuralScore: 'Puntuación estructural',
  drivers: 'Qué impulsa el riesgo',
  driversNote:
    'Puntuaciones de los factores (0-100) de la evaluación estructural; 50 o más es un impulsor.',
  insufficient: 'Datos insuficientes para puntuar (rango posible; no se cuenta como riesgo bajo)',
  escalation: 'Escalada',
  stage: 'Etapa',
  stages: {
    none: 'ninguna etapa de escalada',
    crisis: 'crisis',
    mobilisation: 'movilización',
    violence: 'violencia',
  },
  stageStrip: 'Etapa en los últimos dos años',
  provinces: 'Provincias por etapa',
  riskMap: 'n %: riesgo de escalada, próximos tres meses',
  redFlags: 'Señales de alerta recientes',
  noRedFlags: 'Ninguna señal de alerta en los últimos doce meses.',
  date: 'Fecha',
  rule: 'Señal',
  place: 'Lugar',
  agenda: 'Agenda de prevención para el contexto',
  recommended: 'Medidas recomendadas',
  whoCanAct: 'Quién puede actuar',
  nobody: 'nadie aún (vacío)',
  because: 'porque',
  unFramework: 'ONU',
  link: {
    sourced: 'con fuente',
    proposed: 'propuesto, sin fuente',
    analyst: 'vínculo de analista',
  },
  pitfalls: 'Escollos que evitar',
  noPitfalls: 'Ningún escollo ni tensión afecta al plan actual.',
  sources: 'Fuentes',
  countryWide: 'todo el país',
  confidential: 'Este documento no contiene identidades de informantes.',
  lexicons: {
    atrocity: {
      title: 'Informe sobre el riesgo de atrocidades',
      risk: 'Riesgo de atrocidades masivas',
      measures: 'prevención de atrocidades',
    },
    human_rights: {
      title: 'Informe sobre riesgos para los derechos humanos',
      risk: 'Riesgo de violaciones graves de los derechos humanos',
      measures: 'protección de los derechos humanos',
    },
    discrimination: {
      title: 'Informe sobre discriminación y violencia identitaria',
      risk: 'Riesgo de violencia identitaria',
      measures: 'no discriminación y protección',
    },
    community: {
      title: 'Informe sobre la seguridad de las comunidades',
      risk: 'Riesgo de violencia contra las comunidades',
      measures: 'protección de las comunidades',
    },
  },
};

const ar: BriefText = {
  dir: 'rtl',
  asOf: 'حتى',
  year: 'سنة البيانات',
  tier: 'مستوى الخطر',
  tiers: { negligible: 'ضئيل', low: 'منخفض', moderate: 'متوسط', high: 'مرتفع', extreme: 'بالغ' },
  probability: 'احتمال بدء قتل جماعي جديد خلال عامين',
  probabilityNote: 'النطاقات: عتبات مستويات الاحتمال',
  interval: (lo, hi) => `فاصل 90٪ ${lo}–${hi}: معدل البدايات الذي تلا توقعات مماثلة`,
  noForecast: 'لا يوجد تنبؤ لهذه السنة',
  structuralScore: 'الدرجة الهيكلية',
  drivers: 'ما الذي يحرك الخطر',
  driversNote: 'درجات العوامل (0-100) في التقييم الهيكلي؛ 50 فأكثر عامل محرك.',
  insufficient: 'بيانات غير كافية للتقييم (النطاق الممكن؛ لا يُحتسب خطرًا منخفضًا)',
  escalation: 'التصعيد',
  stage: 'المرحلة',
  stages: { none: 'لا مرحلة تصعيد', crisis: 'أزمة', mobilisation: 'تعبئة', violence: 'عنف' },
  stageStrip: 'المرحلة خلال العامين الماضيين',
  provinces: 'المحافظات حسب المرحلة',
  riskMap: 'ن٪: خطر التصعيد، الأشهر الثلاثة المقبلة',
  redFlags: 'إشارات الإنذار الأخيرة',
  noRedFlags: 'لم تُرفع أي إشارة إنذار خلال الأشهر الاثني عشر الماضية.',
  date: 'التاريخ',
  rule: 'الإشارة',
  place: 'المكان',
  agenda: 'جدول أعمال الوقاية الملائم للسياق',
  recommended: 'التدابير الموصى بها',
  whoCanAct: 'من يستطيع التحرك',
  nobody: 'لا أحد بعد (ثغرة)',
  because: 'لأن',
  unFramework: 'الأمم المتحدة',
  link: { sourced: 'موثق', proposed: 'مقترح غير موثق', analyst: 'رابط محلل' },
  pitfalls: 'مزالق يجب تجنبها',
  noPitfalls: 'لا تنطبق أي مزالق أو توترات على الخطة الحالية.',
  sources: 'المصادر',
  countryWide: 'على مستوى البلد',
  confidential: 'لا تتضمن هذه الورقة أي هوية لمبلّغين.',
  lexicons: {
    atrocity: {
      title: 'موجز مخاطر الفظائع',
      risk: 'خطر الفظائع الجماعية',
      measures: 'منع الفظائع',
    },
    human_rights: {
      title: 'موجز مخاطر حقوق الإنسان',
      risk: 'خطر الانتهاكات الجسيمة لحقوق الإنسان',
      measures: 'حماية حقوق الإنسان',
    },
    discrimination: {
      title: 'موجز التمييز والعنف القائم على الهوية',
      risk: 'خطر العنف القائم على الهوية',
      measures: 'عدم التمييز والحماية',
    },
    community: {
      title: 'موجز سلامة المجتمعات',
      risk: 'خطر العنف ضد المجتمعات',
      measures: 'حماية المجتمعات',
    },
  },
};

export const BRIEF_TEXT: Readonly<Record<BriefLanguage, BriefText>> = { en, fr, es, ar };
