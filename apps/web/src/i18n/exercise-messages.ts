import type { Language } from './messages';

/** Interface text of desktop exercises (issue 23 item 5). */
const en = {
  navExercises: 'Exercises',
  exTitle: 'Desktop exercises',
  exIntro:
    'A team works a real country as of a past day, with nothing after it shown: its alerts, plan and brief as if live. Then Lens reveals what followed and scores what the team did.',
  exStart: 'Start an exercise',
  exCountry: 'Country (ISO3 code)',
  exAsOf: 'As of',
  exTeam: 'Team',
  exStartButton: 'Start',
  exNone: 'No exercise yet.',
  exOpen: 'Open',
  exScore: 'Score',
  exNotRevealed: 'not revealed',
  exBanner: (country: string, day: string, team: string) =>
    `Exercise: ${country} as of ${day}, team ${team}. Nothing after that day is shown.`,
  exAlerts: 'Alerts raised by that day',
  exTakeTo: 'Take to',
  exNote: 'Note',
  exEvents: 'Events of the 90 days before',
  exPlan: 'The team’s measures',
  exChoose: 'Choose',
  exSavePlan: 'Save the team’s measures',
  exSaved: 'Saved',
  exBrief: 'Brief as of that day',
  exReveal: 'Reveal what followed and score',
  exFollowed: 'What followed',
  exRecord: (from: string, to: string, deaths: number) =>
    `From ${from} to ${to}: ${deaths} civilians killed in the events Lens holds.`,
  exFirst: (day: string, deaths: number) => `First atrocity: ${day} (${deaths} civilians killed).`,
  exNoAtrocity: 'No day with an atrocity-scale killing of civilians followed.',
  exStageAfter: 'Stage a year later',
  exKillers: 'Who killed civilians',
  exScoreAlerts: (acted: number, visible: number, decided: number, score: number) =>
    `Alerts: ${acted} of ${visible} acted on, ${decided} taken to a decision (${score}/100)`,
  exScoreTiming: (lead: number | null, score: number | null) =>
    score === null
      ? 'Timing: not scored (no atrocity followed)'
      : lead === null
        ? `Timing: no decision before the violence (${score}/100)`
        : `Timing: a decision ${lead} days before the first atrocity (${score}/100)`,
  exScoreMeasures: (fitting: number, chosen: number, score: number) =>
    `Measures: ${fitting} of ${chosen} fitted what followed (${score}/100)`,
  exOverall: 'Overall',
};
export type ExerciseMessages = typeof en;

const fr: ExerciseMessages = {
  navExercises: 'Exercices',
  exTitle: 'Exercices sur table',
  exIntro:
    "Une équipe travaille sur un pays réel à une date passée, sans rien voir de ce qui a suivi : ses alertes, son plan et sa note comme en direct. Lens révèle ensuite ce qui a suivi et note ce que l'équipe a fait.",
  exStart: 'Lancer un exercice',
  exCountry: 'Pays (code ISO3)',
  exAsOf: 'À la date du',
  exTeam: 'Équipe',
  exStartButton: 'Lancer',
  exNone: 'Aucun exercice pour l’instant.',
  exOpen: 'Ouvrir',
  exScore: 'Note',
  exNotRevealed: 'non révélé',
  exBanner: (country: string, day: string, team: string) =>
    `Exercice : ${country} au ${day}, équipe ${team}. Rien de postérieur à cette date n'est affiché.`,
  exAlerts: 'Alertes émises à cette date',
  exTakeTo: 'Porter à',
  exNote: 'Note',
  exEvents: 'Événements des 90 jours précédents',
  exPlan: 'Les mesures de l’équipe',
  exChoose: 'Choisir',
  exSavePlan: 'Enregistrer les mesures de l’équipe',
  exSaved: 'Enregistré',
  exBrief: 'Note de synthèse à cette date',
  exReveal: 'Révéler la suite et noter',
  exFollowed: 'Ce qui a suivi',
  exRecord: (from: string, to: string, deaths: number) =>
    `Du ${from} au ${to} : ${deaths} civils tués dans les événements dont dispose Lens.`,
  exFirst: (day: string, deaths: number) => `Première atrocité : ${day} (${deaths} civils tués).`,
  exNoAtrocity: "Aucune journée de tuerie de civils à l'échelle d'une atrocité n'a suivi.",
  exStageAfter: 'Stade un an plus tard',
  exKillers: 'Qui a tué des civils',
  exScoreAlerts: (acted: number, visible: number, decided: number, score: number) =>
    `Alertes : ${acted} sur ${visible} traitées, ${decided} portées à une décision (${score}/100)`,
  exScoreTiming: (lead: number | null, score: number | null) =>
    score === null
      ? "Délai : non noté (aucune atrocité n'a suivi)"
      : lead === null
        ? `Délai : aucune décision avant la violence (${score}/100)`
        : `Délai : une décision ${lead} jours avant la première atrocité (${score}/100)`,
  exScoreMeasures: (fitting: number, chosen: number, score: number) =>
    `Mesures : ${fitting} sur ${chosen} adaptées à la suite (${score}/100)`,
  exOverall: 'Ensemble',
};

const es: ExerciseMessages = {
  navExercises: 'Ejercicios',
  exTitle: 'Ejercicios de simulación',
  exIntro:
    'Un equipo trabaja sobre un país real en una fecha pasada, sin ver nada de lo que siguió: sus alertas, su plan y su informe como si fuera en directo. Después Lens revela lo que siguió y puntúa lo que hizo el equipo.',
  exStart: 'Iniciar un ejercicio',
  exCountry: 'País (código ISO3)',
  exAsOf: 'A fecha de',
  exTeam: 'Equipo',
  exStartButton: 'Iniciar',
  exNone: 'Todavía no hay ejercicios.',
  exOpen: 'Abrir',
  exScore: 'Puntuación',
  exNotRevealed: 'sin revelar',
  exBanner: (country: string, day: string, team: string) =>
    `Ejercicio: ${country} a ${day}, equipo ${team}. No se muestra nada posterior a ese día.`,
  exAlerts: 'Alertas emitidas hasta ese día',
  exTakeTo: 'Llevar a',
  exNote: 'Nota',
  exEvents: 'Eventos de los 90 días anteriores',
  exPlan: 'Las medidas del equipo',
  exChoose: 'Elegir',
  exSavePlan: 'Guardar las medidas del equipo',
  exSaved: 'Guardado',
  exBrief: 'Informe a esa fecha',
  exReveal: 'Revelar lo que siguió y puntuar',
  exFollowed: 'Lo que siguió',
  exRecord: (from: string, to: string, deaths: number) =>
    `Del ${from} al ${to}: ${deaths} civiles muertos en los eventos que tiene Lens.`,
  exFirst: (day: string, deaths: number) =>
    `Primera atrocidad: ${day} (${deaths} civiles muertos).`,
  exNoAtrocity: 'No siguió ningún día con matanzas de civiles a escala de atrocidad.',
  exStageAfter: 'Etapa un año después',
  exKillers: 'Quién mató a civiles',
  exScoreAlerts: (acted: number, visible: number, decided: number, score: number) =>
    `Alertas: ${acted} de ${visible} atendidas, ${decided} llevadas a una decisión (${score}/100)`,
  exScoreTiming: (lead: number | null, score: number | null) =>
    score === null
      ? 'Plazo: sin puntuar (no siguió ninguna atrocidad)'
      : lead === null
        ? `Plazo: ninguna decisión antes de la violencia (${score}/100)`
        : `Plazo: una decisión ${lead} días antes de la primera atrocidad (${score}/100)`,
  exScoreMeasures: (fitting: number, chosen: number, score: number) =>
    `Medidas: ${fitting} de ${chosen} se ajustaron a lo que siguió (${score}/100)`,
  exOverall: 'Global',
};

const ar: ExerciseMessages = {
  navExercises: 'التمارين',
  exTitle: 'التمارين المكتبية',
  exIntro:
    'يعمل فريق على بلد حقيقي في يوم سابق دون أن يُعرض عليه شيء مما تلاه: إنذاراته وخطته وموجزه كأنها آنية. ثم يكشف Lens ما تلا ذلك ويقيّم ما فعله الفريق.',
  exStart: 'بدء تمرين',
  exCountry: 'البلد (رمز ISO3)',
  exAsOf: 'في تاريخ',
  exTeam: 'الفريق',
  exStartButton: 'بدء',
  exNone: 'لا توجد تمارين بعد.',
  exOpen: 'فتح',
  exScore: 'التقييم',
  exNotRevealed: 'لم يُكشف',
  exBanner: (country: string, day: string, team: string) =>
    `تمرين: ${country} في ${day}، الفريق ${team}. لا يُعرض شيء بعد ذلك اليوم.`,
  exAlerts: 'الإنذارات الصادرة حتى ذلك اليوم',
  exTakeTo: 'نقل إلى',
  exNote: 'ملاحظة',
  exEvents: 'أحداث الأيام التسعين السابقة',
  exPlan: 'تدابير الفريق',
  exChoose: 'اختيار',
  exSavePlan: 'حفظ تدابير الفريق',
  exSaved: 'حُفظ',
  exBrief: 'الموجز في ذلك التاريخ',
  exReveal: 'كشف ما تلا والتقييم',
  exFollowed: 'ما تلا ذلك',
  exRecord: (from: string, to: string, deaths: number) =>
    `من ${from} إلى ${to}: قُتل ${deaths} مدنيًا في الأحداث التي يحتفظ بها Lens.`,
  exFirst: (day: string, deaths: number) => `أول فظاعة: ${day} (قُتل ${deaths} مدنيًا).`,
  exNoAtrocity: 'لم يتلُ ذلك أي يوم من قتل المدنيين بحجم الفظائع.',
  exStageAfter: 'المرحلة بعد عام',
  exKillers: 'من قتل المدنيين',
  exScoreAlerts: (acted: number, visible: number, decided: number, score: number) =>
    `الإنذارات: عولج ${acted} من ${visible}، ونُقل ${decided} إلى قرار (${score}/100)`,
  exScoreTiming: (lead: number | null, score: number | null) =>
    score === null
      ? 'التوقيت: لم يُقيَّم (لم تتلُ أي فظاعة)'
      : lead === null
        ? `التوقيت: لا قرار قبل العنف (${score}/100)`
        : `التوقيت: قرار قبل أول فظاعة بـ${lead} يومًا (${score}/100)`,
  exScoreMeasures: (fitting: number, chosen: number, score: number) =>
    `التدابير: ${fitting} من ${chosen} ناسبت ما تلا (${score}/100)`,
  exOverall: 'الإجمالي',
};

export const EXERCISE_MESSAGES: Record<Language, ExerciseMessages> = { en, fr, es, ar };
