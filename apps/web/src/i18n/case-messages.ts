import type { Language } from './messages';

/** Interface text of the case library and similar cases (issue 23 items 3 and 4). */
const en = {
  navCases: 'Cases',
  casesLibrary: 'Case library',
  casesAll: 'Past cases',
  wwTitle: 'What worked in this instance',
  wwIntro:
    "The reviews of each country's newest plan, by measure: how many times it worked, partly worked, did not work, or it was too early to say, with the reviewers' notes.",
  wwNone: 'No plan item has been reviewed yet.',
  wwEvidence: 'Evidence',
  wwOutcomes: {
    worked: 'worked',
    partly: 'partly',
    did_not_work: 'did not work',
    too_early: 'too early to say',
  } as Record<string, string>,
  wwHere: 'In this instance, in contexts like this',
  casesTitle: 'Similar past cases',
  casesIntro:
    'Past prevention and response cases most like this context, matched on the escalation stage, the setting, who was killing, the regime (V-Dem) and the country. The matching fields were coded by the Lens developers.',
  casesNone: 'No case in the library is close enough to this context.',
  casesMatched: 'Matched on',
  casesMatch: {
    stage: 'stage',
    setting: 'setting',
    perpetrators: 'who was killing',
    regime: 'regime',
    country: 'same country',
  } as Record<string, string>,
  casesResult: {
    prevented: 'prevented',
    mitigated: 'mitigated',
    not_prevented: 'not prevented',
  } as Record<string, string>,
  casesSetting: {
    armed_conflict: 'armed conflict',
    peacetime: 'no armed conflict',
    post_conflict: 'after armed conflict',
  } as Record<string, string>,
  casesWhatHappened: 'What happened',
  casesLesson: 'Lesson',
  casesMeasures: 'Measures tried',
  casesWhoActed: 'Who acted',
  casesSource: 'Source',
  casesUnverified: 'recalled, not checked against its source',
  resTitle: 'Resilience beside risk',
  resIntro:
    'What could prevent or lessen atrocities, 0-100 (higher = more resilient): the same indicators as the risk factors, turned round, and the capacity audit. Shown beside risk, never added to it.',
  resOverall: 'Overall resilience',
  resFactors: {
    mitigating: 'Mitigating factors',
    institutions: 'Strong, inclusive institutions',
    cohesion: 'Cohesive, equal communities',
    local: 'Civil society and local capacities',
  } as Record<string, string>,
  resInsufficient: 'insufficient data',
  resCapacity: (covered: number, limited: number, measures: number) =>
    `capacity audit: ${covered} of ${measures} measures covered, ${limited} limited`,
  resNoCapacity: 'capacity audit: not judged yet',
  resNeeds: (version: number, by: string, on: string) =>
    `Sources of resilience named in the needs assessment (version ${version}, by ${by}, on ${on})`,
  resNoNeeds: 'No needs assessment names sources of resilience yet.',
  casesRegime: [
    'closed autocracy',
    'electoral autocracy',
    'electoral democracy',
    'liberal democracy',
  ],
};
export type CaseMessages = typeof en;

const fr: CaseMessages = {
  navCases: 'Cas',
  casesLibrary: 'Bibliothèque de cas',
  casesAll: 'Cas passés',
  wwTitle: 'Ce qui a marché dans cette instance',
  wwIntro:
    "Les bilans du plan le plus récent de chaque pays, par mesure : combien de fois elle a marché, en partie, pas marché, ou s'il était trop tôt pour le dire, avec les notes des évaluateurs.",
  wwNone: "Aucun élément de plan n'a encore été évalué.",
  wwEvidence: 'Éléments de preuve',
  wwOutcomes: {
    worked: 'a marché',
    partly: 'en partie',
    did_not_work: "n'a pas marché",
    too_early: 'trop tôt pour le dire',
  },
  wwHere: 'Dans cette instance, dans des contextes comparables',
  casesTitle: 'Cas passés comparables',
  casesIntro:
    "Les cas passés de prévention et de réponse les plus proches de ce contexte, rapprochés selon le stade d'escalade, le cadre, les auteurs des tueries, le régime (V-Dem) et le pays. Les champs de rapprochement ont été codés par les développeurs de Lens.",
  casesNone: 'Aucun cas de la bibliothèque n’est assez proche de ce contexte.',
  casesMatched: 'Points communs',
  casesMatch: {
    stage: 'stade',
    setting: 'cadre',
    perpetrators: 'auteurs des tueries',
    regime: 'régime',
    country: 'même pays',
  },
  casesResult: { prevented: 'évité', mitigated: 'atténué', not_prevented: 'non évité' },
  casesSetting: {
    armed_conflict: 'conflit armé',
    peacetime: 'pas de conflit armé',
    post_conflict: 'après un conflit armé',
  },
  casesWhatHappened: 'Ce qui s’est passé',
  casesLesson: 'Leçon',
  casesMeasures: 'Mesures essayées',
  casesWhoActed: 'Qui a agi',
  casesSource: 'Source',
  casesUnverified: 'cité de mémoire, non vérifié dans sa source',
  resTitle: 'La résilience à côté du risque',
  resIntro:
    "Ce qui pourrait empêcher ou atténuer les atrocités, de 0 à 100 (plus haut = plus résilient) : les mêmes indicateurs que les facteurs de risque, inversés, et l'audit des capacités. Présentée à côté du risque, jamais ajoutée à lui.",
  resOverall: 'Résilience d’ensemble',
  resFactors: {
    mitigating: 'Facteurs atténuants',
    institutions: 'Des institutions fortes et inclusives',
    cohesion: 'Des communautés cohésives et égales',
    local: 'Société civile et capacités locales',
  },
  resInsufficient: 'données insuffisantes',
  resCapacity: (covered: number, limited: number, measures: number) =>
    `audit des capacités : ${covered} mesures sur ${measures} couvertes, ${limited} limitées`,
  resNoCapacity: 'audit des capacités : pas encore évalué',
  resNeeds: (version: number, by: string, on: string) =>
    `Sources de résilience citées par l'évaluation des besoins (version ${version}, par ${by}, le ${on})`,
  resNoNeeds: 'Aucune évaluation des besoins ne cite encore de sources de résilience.',
  casesRegime: [
    'autocratie fermée',
    'autocratie électorale',
    'démocratie électorale',
    'démocratie libérale',
  ],
};

const es: CaseMessages = {
  navCases: 'Casos',
  casesLibrary: 'Biblioteca de casos',
  casesAll: 'Casos pasados',
  wwTitle: 'Qué funcionó en esta instancia',
  wwIntro:
    'Las revisiones del plan más reciente de cada país, por medida: cuántas veces funcionó, funcionó en parte, no funcionó o era demasiado pronto para saberlo, con las notas de quienes revisaron.',
  wwNone: 'Todavía no se ha revisado ningún elemento de un plan.',
  wwEvidence: 'Evidencia',
  wwOutcomes: {
    worked: 'funcionó',
    partly: 'en parte',
    did_not_work: 'no funcionó',
    too_early: 'demasiado pronto para saberlo',
  },
  wwHere: 'En esta instancia, en contextos como este',
  casesTitle: 'Casos pasados similares',
  casesIntro:
    'Los casos pasados de prevención y respuesta más parecidos a este contexto, comparados según la etapa de escalada, el contexto, quién mataba, el régimen (V-Dem) y el país. Los campos de comparación los codificaron los desarrolladores de Lens.',
  casesNone: 'Ningún caso de la biblioteca se parece lo suficiente a este contexto.',
  casesMatched: 'Coincide en',
  casesMatch: {
    stage: 'etapa',
    setting: 'contexto',
    perpetrators: 'quién mataba',
    regime: 'régimen',
    country: 'mismo país',
  },
  casesResult: { prevented: 'evitado', mitigated: 'mitigado', not_prevented: 'no evitado' },
  casesSetting: {
    armed_conflict: 'conflicto armado',
    peacetime: 'sin conflicto armado',
    post_conflict: 'después de un conflicto armado',
  },
  casesWhatHappened: 'Qué pasó',
  casesLesson: 'Lección',
  casesMeasures: 'Medidas intentadas',
  casesWhoActed: 'Quién actuó',
  casesSource: 'Fuente',
  casesUnverified: 'citado de memoria, sin cotejar con su fuente',
  resTitle: 'La resiliencia junto al riesgo',
  resIntro:
    'Lo que podría evitar o mitigar las atrocidades, de 0 a 100 (más alto = más resiliente): los mismos indicadores que los factores de riesgo, invertidos, y la auditoría de capacidades. Se muestra junto al riesgo, nunca sumada a él.',
  resOverall: 'Resiliencia global',
  resFactors: {
    mitigating: 'Factores atenuantes',
    institutions: 'Instituciones fuertes e inclusivas',
    cohesion: 'Comunidades cohesionadas e iguales',
    local: 'Sociedad civil y capacidades locales',
  },
  resInsufficient: 'datos insuficientes',
  resCapacity: (covered: number, limited: number, measures: number) =>
    `auditoría de capacidades: ${covered} de ${measures} medidas cubiertas, ${limited} limitadas`,
  resNoCapacity: 'auditoría de capacidades: aún sin evaluar',
  resNeeds: (version: number, by: string, on: string) =>
    `Fuentes de resiliencia citadas en la evaluación de necesidades (versión ${version}, por ${by}, el ${on})`,
  resNoNeeds: 'Ninguna evaluación de necesidades cita aún fuentes de resiliencia.',
  casesRegime: [
    'autocracia cerrada',
    'autocracia electoral',
    'democracia electoral',
    'democracia liberal',
  ],
};

const ar: CaseMessages = {
  navCases: 'الحالات',
  casesLibrary: 'مكتبة الحالات',
  casesAll: 'حالات سابقة',
  wwTitle: 'ما نجح في هذه النسخة',
  wwIntro:
    'مراجعات أحدث خطة لكل بلد، حسب التدبير: كم مرة نجح أو نجح جزئيًا أو لم ينجح أو كان من المبكر الحكم، مع ملاحظات المراجعين.',
  wwNone: 'لم يُراجَع أي بند من بنود الخطط بعد.',
  wwEvidence: 'الأدلة',
  wwOutcomes: {
    worked: 'نجح',
    partly: 'جزئيًا',
    did_not_work: 'لم ينجح',
    too_early: 'من المبكر الحكم',
  },
  wwHere: 'في هذه النسخة، في سياقات مماثلة',
  casesTitle: 'حالات سابقة مشابهة',
  casesIntro:
    'حالات الوقاية والاستجابة السابقة الأقرب إلى هذا السياق، مطابَقة وفق مرحلة التصعيد والإطار ومن كان يقتل ونظام الحكم (V-Dem) والبلد. رمّز مطورو Lens حقول المطابقة.',
  casesNone: 'لا توجد حالة في المكتبة قريبة بما يكفي من هذا السياق.',
  casesMatched: 'أوجه التطابق',
  casesMatch: {
    stage: 'المرحلة',
    setting: 'الإطار',
    perpetrators: 'من كان يقتل',
    regime: 'نظام الحكم',
    country: 'البلد نفسه',
  },
  casesResult: { prevented: 'مُنع', mitigated: 'خُفِّف', not_prevented: 'لم يُمنع' },
  casesSetting: {
    armed_conflict: 'نزاع مسلح',
    peacetime: 'لا نزاع مسلح',
    post_conflict: 'بعد نزاع مسلح',
  },
  casesWhatHappened: 'ما حدث',
  casesLesson: 'الدرس',
  casesMeasures: 'التدابير المجرَّبة',
  casesWhoActed: 'من تحرّك',
  casesSource: 'المصدر',
  casesUnverified: 'مذكور من الذاكرة ولم يُتحقق منه في مصدره',
  resTitle: 'الصمود إلى جانب الخطر',
  resIntro:
    'ما قد يمنع الفظائع أو يخففها، من 0 إلى 100 (الأعلى = صمود أكبر): المؤشرات نفسها التي تقيس عوامل الخطر معكوسةً، وتدقيق القدرات. يُعرض إلى جانب الخطر ولا يُضاف إليه أبدًا.',
  resOverall: 'الصمود الإجمالي',
  resFactors: {
    mitigating: 'العوامل المخففة',
    institutions: 'مؤسسات قوية وشاملة',
    cohesion: 'مجتمعات متماسكة ومتساوية',
    local: 'المجتمع المدني والقدرات المحلية',
  },
  resInsufficient: 'بيانات غير كافية',
  resCapacity: (covered: number, limited: number, measures: number) =>
    `تدقيق القدرات: ${covered} من ${measures} تدبيرًا مغطاة، و${limited} محدودة`,
  resNoCapacity: 'تدقيق القدرات: لم يُقيَّم بعد',
  resNeeds: (version: number, by: string, on: string) =>
    `مصادر الصمود التي يذكرها تقييم الاحتياجات (الإصدار ${version}، بقلم ${by}، في ${on})`,
  resNoNeeds: 'لا يذكر أي تقييم للاحتياجات مصادر للصمود بعد.',
  casesRegime: ['استبداد مغلق', 'استبداد انتخابي', 'ديمقراطية انتخابية', 'ديمقراطية ليبرالية'],
};

export const CASE_MESSAGES: Record<Language, CaseMessages> = { en, fr, es, ar };
