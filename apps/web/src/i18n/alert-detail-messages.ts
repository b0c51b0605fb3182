import type { Language } from './messages';

type Via = 'violence-type' | 'event-type' | 'cameo' | 'civilians' | 'text';

/** Interface text of one alert read as sentences: its context, its events and their indicators. */
const en = {
  ctxTier: (tier: string, score: string, year: number) =>
    `When it was raised, the country's structural tier was ${tier} (score ${score} of 100, ${year} assessment).`,
  ctxNoTier: 'No structural assessment of the country was available when it was raised.',
  ctxGate: (tier: string, year: number, score: string) =>
    `The rule watches countries rated ${tier}: the ${year} assessment (score ${score} of 100).`,
  ctxNoneRecorded: (days: number) =>
    `No arrest, charge, trial or inquiry was recorded within ${days} days of the killing.`,
  ctxUnknown: (days: number) =>
    `Whether anyone was held to account within ${days} days is unknown: no source covering the place and period records accountability.`,
  ctxTarget: (group: string) => `The killings struck the same group: ${group}.`,
  ctxPerpetrator: (who: string) => `The killings were by the same perpetrator: ${who}.`,
  unknownPerpetrator: 'unknown',
  ctxBelowAlarm:
    "A stage signal, not an alert: the escalation model's risk for the place was below its alarm level.",
  ctxOverBudget:
    'A stage signal, not an alert: the country had already had its yearly number of alerts.',
  ruleStandsFor: 'The rule stands for',
  unverifiedRecall: 'recalled, not checked against its source',
  versions: (rules: string, classifier: string) =>
    `Rule set ${rules}; event classifier ${classifier}.`,
  colDate: 'Date',
  colWhat: 'What happened',
  colEventSource: 'Source',
  colWhy: 'Read as',
  against: 'against',
  killedN: (n: number) => (n === 1 ? '1 killed' : `${n} killed`),
  targetOf: (g: string) => `target: ${g}`,
  fieldReport: (n: number) => `Field report no. ${n}`,
  record: (r: string) => `record ${r}`,
  article: 'article',
  lastEvents: (shown: number, total: number) =>
    shown < total ? `The last ${shown} of ${total} events.` : `${total} events.`,
  violenceTypes: {
    'state-based': 'State-based armed conflict',
    'non-state': 'Fighting between non-state groups',
    'one-sided': 'One-sided violence against civilians',
    'mass-killing-state-led': 'Mass killing led by the state (EWP episode)',
    'mass-killing-non-state': 'Mass killing by a non-state group (EWP episode)',
  } as Record<string, string>,
  cameoType: (code: string) => `News event (CAMEO code ${code})`,
  via: (via: Via, value: string) =>
    via === 'civilians'
      ? 'coded as targeting civilians'
      : via === 'text'
        ? `the text says “${value}”`
        : via === 'cameo'
          ? `CAMEO code ${value}`
          : `coded as ${value}`,
  indicatorNames: {
    armed_contest: 'Armed contest',
    coup: 'Coup or attempted coup',
    disputed_election: 'Disputed election',
    contested_succession: 'Contested succession or secession',
    state_incapacity: 'State incapacity',
    radical_government: 'Radical revolutionary government',
    moderates_marginalised: 'Moderates marginalised',
    hate_groups: 'Hate groups',
    security_purge: 'Purges or identity-based recruitment in security forces',
    militias: 'Militias armed and trained',
    unpunished_abuses: 'Unpunished abuses against a group',
    hate_propaganda: 'Hate propaganda',
    segregation_displacement: 'Segregation, displacement, camps',
    civilians_targeted: 'Civilians deliberately targeted',
    regime_threat: "Threat to the regime's survival",
    sexual_violence: 'Sexual violence',
    violence_targeting_women: 'Political violence targeting women',
    accountability: 'Accountability (arrest, prosecution, inquiry of perpetrators)',
  } as Record<string, string>,
};

export type AlertDetailMessages = typeof en;

const fr: AlertDetailMessages = {
  ctxTier: (tier, score, year) =>
    `Au moment de l'alerte, le niveau structurel du pays était ${tier} (score ${score} sur 100, évaluation ${year}).`,
  ctxNoTier: "Aucune évaluation structurelle du pays n'était disponible au moment de l'alerte.",
  ctxGate: (tier, year, score) =>
    `La règle surveille les pays classés ${tier} : évaluation ${year} (score ${score} sur 100).`,
  ctxNoneRecorded: (days) =>
    `Aucune arrestation, inculpation, aucun procès ni aucune enquête n'a été enregistré dans les ${days} jours suivant les tueries.`,
  ctxUnknown: (days) =>
    `On ignore si des comptes ont été rendus dans les ${days} jours : aucune source couvrant le lieu et la période n'enregistre les poursuites.`,
  ctxTarget: (group) => `Les tueries ont frappé le même groupe : ${group}.`,
  ctxPerpetrator: (who) => `Les tueries sont le fait du même auteur : ${who}.`,
  unknownPerpetrator: 'inconnu',
  ctxBelowAlarm:
    "Un signal d'étape, pas une alerte : le risque du modèle d'escalade pour le lieu était sous son seuil d'alarme.",
  ctxOverBudget:
    "Un signal d'étape, pas une alerte : le pays avait déjà atteint son nombre annuel d'alertes.",
  ruleStandsFor: 'La règle correspond à',
  unverifiedRecall: 'cité de mémoire, non vérifié dans sa source',
  versions: (rules, classifier) =>
    `Jeu de règles ${rules} ; classificateur d'événements ${classifier}.`,
  colDate: 'Date',
  colWhat: "Ce qui s'est passé",
  colEventSource: 'Source',
  colWhy: 'Lu comme',
  against: 'contre',
  killedN: (n) => (n <= 1 ? `${n} tué` : `${n} tués`),
  targetOf: (g) => `cible : ${g}`,
  fieldReport: (n) => `Rapport de terrain n° ${n}`,
  record: (r) => `fiche ${r}`,
  article: 'article',
  lastEvents: (shown, total) =>
    shown < total ? `Les ${shown} derniers de ${total} événements.` : `${total} événements.`,
  violenceTypes: {
    'state-based': 'Conflit armé impliquant un État',
    'non-state': 'Combats entre groupes non étatiques',
    'one-sided': 'Violence unilatérale contre des civils',
    'mass-killing-state-led': 'Tuerie de masse menée par l’État (épisode EWP)',
    'mass-killing-non-state': 'Tuerie de masse par un groupe non étatique (épisode EWP)',
  },
  cameoType: (code) => `Événement de presse (code CAMEO ${code})`,
  via: (via, value) =>
    via === 'civilians'
      ? 'codé comme visant des civils'
      : via === 'text'
        ? `le texte dit « ${value} »`
        : via === 'cameo'
          ? `code CAMEO ${value}`
          : `codé ${value}`,
  indicatorNames: {
    armed_contest: 'Lutte armée',
    coup: "Coup d'État ou tentative",
    disputed_election: 'Élection contestée',
    contested_succession: 'Succession ou sécession contestée',
    state_incapacity: "Incapacité de l'État",
    radical_government: 'Gouvernement révolutionnaire radical',
    moderates_marginalised: 'Modérés marginalisés',
    hate_groups: 'Groupes haineux',
    security_purge: 'Purges ou recrutement identitaire dans les forces de sécurité',
    militias: 'Milices armées et entraînées',
    unpunished_abuses: 'Exactions impunies contre un groupe',
    hate_propaganda: 'Propagande haineuse',
    segregation_displacement: 'Ségrégation, déplacements, camps',
    civilians_targeted: 'Civils délibérément visés',
    regime_threat: 'Menace pour la survie du régime',
    sexual_violence: 'Violences sexuelles',
    violence_targeting_women: 'Violence politique visant les femmes',
    accountability: 'Poursuites (arrestation, procès, enquête visant les auteurs)',
  },
};

const es: AlertDetailMessages = {
  ctxTier: (tier, score, year) =>
    `Cuando se emitió, el nivel estructural del país era ${tier} (puntuación ${score} de 100, evaluación de ${year}).`,
  ctxNoTier: 'No había una evaluación estructural del país cuando se emitió.',
  ctxGate: (tier, year, score) =>
    `La regla vigila los países calificados ${tier}: evaluación de ${year} (puntuación ${score} de 100).`,
  ctxNoneRecorded: (days) =>
    `No se registró ninguna detención, acusación, juicio ni investigación en los ${days} días siguientes a la matanza.`,
  ctxUnknown: (days) =>
    `Se desconoce si alguien rindió cuentas en ${days} días: ninguna fuente que cubra el lugar y el periodo registra la rendición de cuentas.`,
  ctxTarget: (group) => `Las matanzas golpearon al mismo grupo: ${group}.`,
  ctxPerpetrator: (who) => `Las matanzas fueron del mismo autor: ${who}.`,
  unknownPerpetrator: 'desconocido',
  ctxBelowAlarm:
    'Una señal de etapa, no una alerta: el riesgo del modelo de escalada para el lugar estaba por debajo de su umbral de alarma.',
  ctxOverBudget:
    'Una señal de etapa, no una alerta: el país ya había tenido su número anual de alertas.',
  ruleStandsFor: 'La regla corresponde a',
  unverifiedRecall: 'citado de memoria, sin cotejar con su fuente',
  versions: (rules, classifier) =>
    `Conjunto de reglas ${rules}; clasificador de eventos ${classifier}.`,
  colDate: 'Fecha',
  colWhat: 'Qué ocurrió',
  colEventSource: 'Fuente',
  colWhy: 'Leído como',
  against: 'contra',
  killedN: (n) => (n === 1 ? '1 muerto' : `${n} muertos`),
  targetOf: (g) => `objetivo: ${g}`,
  fieldReport: (n) => `Informe de campo n.º ${n}`,
  record: (r) => `registro ${r}`,
  article: 'artículo',
  lastEvents: (shown, total) =>
    shown < total ? `Los últimos ${shown} de ${total} eventos.` : `${total} eventos.`,
  violenceTypes: {
    'state-based': 'Conflicto armado con participación estatal',
    'non-state': 'Combates entre grupos no estatales',
    'one-sided': 'Violencia unilateral contra civiles',
    'mass-killing-state-led': 'Matanza masiva dirigida por el Estado (episodio EWP)',
    'mass-killing-non-state': 'Matanza masiva por un grupo no estatal (episodio EWP)',
  },
  cameoType: (code) => `Evento de prensa (código CAMEO ${code})`,
  via: (via, value) =>
    via === 'civilians'
      ? 'codificado como dirigido contra civiles'
      : via === 'text'
        ? `el texto dice «${value}»`
        : via === 'cameo'
          ? `código CAMEO ${value}`
          : `codificado como ${value}`,
  indicatorNames: {
    armed_contest: 'Contienda armada',
    coup: 'Golpe o intento de golpe',
    disputed_election: 'Elección disputada',
    contested_succession: 'Sucesión o secesión disputada',
    state_incapacity: 'Incapacidad del Estado',
    radical_government: 'Gobierno revolucionario radical',
    moderates_marginalised: 'Moderados marginados',
    hate_groups: 'Grupos de odio',
    security_purge: 'Purgas o reclutamiento identitario en las fuerzas de seguridad',
    militias: 'Milicias armadas y entrenadas',
    unpunished_abuses: 'Abusos impunes contra un grupo',
    hate_propaganda: 'Propaganda de odio',
    segregation_displacement: 'Segregación, desplazamiento, campamentos',
    civilians_targeted: 'Civiles atacados deliberadamente',
    regime_threat: 'Amenaza a la supervivencia del régimen',
    sexual_violence: 'Violencia sexual',
    violence_targeting_women: 'Violencia política contra las mujeres',
    accountability: 'Rendición de cuentas (detención, enjuiciamiento, investigación de autores)',
  },
};

const ar: AlertDetailMessages = {
  ctxTier: (tier, score, year) =>
    `عند إصدار التنبيه كان المستوى الهيكلي للبلد ${tier} (الدرجة ${score} من 100، تقييم ${year}).`,
  ctxNoTier: 'لم يكن هناك تقييم هيكلي للبلد عند إصدار التنبيه.',
  ctxGate: (tier, year, score) =>
    `تراقب القاعدة البلدان المصنفة ${tier}: تقييم ${year} (الدرجة ${score} من 100).`,
  ctxNoneRecorded: (days) =>
    `لم يُسجَّل أي اعتقال أو اتهام أو محاكمة أو تحقيق خلال ${days} يومًا من القتل.`,
  ctxUnknown: (days) =>
    `لا يُعرف ما إذا كانت هناك مساءلة خلال ${days} يومًا: لا يسجل أي مصدر يغطي المكان والفترة المساءلة.`,
  ctxTarget: (group) => `طالت عمليات القتل المجموعة نفسها: ${group}.`,
  ctxPerpetrator: (who) => `ارتكب عمليات القتل الفاعل نفسه: ${who}.`,
  unknownPerpetrator: 'غير معروف',
  ctxBelowAlarm: 'إشارة مرحلة وليست تنبيهًا: كان خطر نموذج التصعيد للمكان دون عتبة الإنذار.',
  ctxOverBudget: 'إشارة مرحلة وليست تنبيهًا: كان البلد قد بلغ عدد تنبيهاته السنوي.',
  ruleStandsFor: 'تمثل القاعدة',
  unverifiedRecall: 'مذكور من الذاكرة ولم يُتحقق منه في مصدره',
  versions: (rules, classifier) => `مجموعة القواعد ${rules}؛ مصنِّف الأحداث ${classifier}.`,
  colDate: 'التاريخ',
  colWhat: 'ما حدث',
  colEventSource: 'المصدر',
  colWhy: 'قُرئ على أنه',
  against: 'ضد',
  killedN: (n) => `${n} قتيل`,
  targetOf: (g) => `المستهدف: ${g}`,
  fieldReport: (n) => `تقرير ميداني رقم ${n}`,
  record: (r) => `السجل ${r}`,
  article: 'المقال',
  lastEvents: (shown, total) =>
    shown < total ? `آخر ${shown} من ${total} حدثًا.` : `${total} حدثًا.`,
  violenceTypes: {
    'state-based': 'نزاع مسلح تكون الدولة طرفًا فيه',
    'non-state': 'قتال بين جماعات من غير الدول',
    'one-sided': 'عنف من طرف واحد ضد المدنيين',
    'mass-killing-state-led': 'قتل جماعي بقيادة الدولة (حلقة EWP)',
    'mass-killing-non-state': 'قتل جماعي على يد جماعة غير حكومية (حلقة EWP)',
  },
  cameoType: (code) => `حدث إخباري (رمز CAMEO ${code})`,
  via: (via, value) =>
    via === 'civilians'
      ? 'مُرمَّز على أنه يستهدف المدنيين'
      : via === 'text'
        ? `يقول النص «${value}»`
        : via === 'cameo'
          ? `رمز CAMEO ${value}`
          : `مُرمَّز على أنه ${value}`,
  indicatorNames: {
    armed_contest: 'صراع مسلح',
    coup: 'انقلاب أو محاولة انقلاب',
    disputed_election: 'انتخابات متنازع عليها',
    contested_succession: 'خلافة أو انفصال متنازع عليه',
    state_incapacity: 'عجز الدولة',
    radical_government: 'حكومة ثورية متطرفة',
    moderates_marginalised: 'تهميش المعتدلين',
    hate_groups: 'جماعات الكراهية',
    security_purge: 'تطهير أو تجنيد على أساس الهوية في قوات الأمن',
    militias: 'ميليشيات مسلحة ومدربة',
    unpunished_abuses: 'انتهاكات ضد جماعة دون عقاب',
    hate_propaganda: 'دعاية الكراهية',
    segregation_displacement: 'فصل وتهجير ومخيمات',
    civilians_targeted: 'استهداف متعمد للمدنيين',
    regime_threat: 'تهديد لبقاء النظام',
    sexual_violence: 'العنف الجنسي',
    violence_targeting_women: 'عنف سياسي يستهدف النساء',
    accountability: 'المساءلة (اعتقال الجناة أو محاكمتهم أو التحقيق معهم)',
  },
};

export const ALERT_DETAIL_MESSAGES: Record<Language, AlertDetailMessages> = { en, fr, es, ar };
