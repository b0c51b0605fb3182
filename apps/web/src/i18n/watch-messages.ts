import type { Language } from './messages';

type Basis = 'requested' | 'today' | 'latest data';

/** Interface text of the watch list (the landing page). */
const en = {
  watchLink: 'Watch list',
  watchTitle: 'Watch list',
  watchIntro:
    'Every country by structural tier, forecast and escalation stage, with what changed over the past month and the past year, and why. ↑ deteriorated, ↓ improved.',
  watchAsOf: (d: string, basis: Basis) =>
    basis === 'latest data'
      ? `As of ${d}: the last day of event data (none reaches the past 90 days).`
      : basis === 'today'
        ? `As of today, ${d}.`
        : `As of ${d}.`,
  watchCompared: (from: string, year: number | null) =>
    year === null
      ? `Month: since ${from}.`
      : `Month: since ${from}. Year: the ${year} assessment against ${year - 1}.`,
  watchDay: 'Day',
  watchShow: 'Show',
  watchShowAll: 'every country',
  watchShowMoved: 'moved this month or year',
  watchShowWorse: 'deteriorated',
  watchShowBetter: 'improved',
  watchCount: (shown: number, total: number) => `${shown} of ${total} countries shown.`,
  watchColProbability: 'Onset risk (2 years)',
  watchColStage: 'Escalation stage',
  watchColAlerts: 'Open alerts',
  watchColMonth: 'Past month',
  watchColYear: 'Past year',
  watchDirection: { deteriorated: 'deteriorated', improved: 'improved', unchanged: 'no change' },
  watchStageSince: (d: string) => `since ${d}`,
  watchHeld: (d: string) => `held: no event data since ${d}`,
  watchOverridden: 'set by an analyst',
  watchReasonStage: (from: string, to: string, on: string) =>
    `stage ${from} → ${to}${on ? ` on ${on}` : ''}`,
  watchReasonAlerts: (n: number) => (n === 1 ? '1 new alert' : `${n} new alerts`),
  watchReasonTier: (from: string, to: string) => `tier ${from} → ${to}`,
  watchReasonProbability: (from: string, to: string) => `onset risk ${from} → ${to}`,
  watchReasonFactor: (name: string, from: string, to: string) => `${name} ${from} → ${to}`,
  watchNone: 'No country matches.',
  watchMapLabel: 'Countries by structural tier',
};

export type WatchMessages = typeof en;

const fr: WatchMessages = {
  watchLink: 'Liste de veille',
  watchTitle: 'Liste de veille',
  watchIntro:
    'Chaque pays par niveau structurel, prévision et stade d’escalade, avec ce qui a changé au cours du dernier mois et de la dernière année, et pourquoi. ↑ détérioration, ↓ amélioration.',
  watchAsOf: (d, basis) =>
    basis === 'latest data'
      ? `Au ${d} : dernier jour des données d’événements (aucune ne couvre les 90 derniers jours).`
      : basis === 'today'
        ? `Aujourd’hui, ${d}.`
        : `Au ${d}.`,
  watchCompared: (from, year) =>
    year === null
      ? `Mois : depuis le ${from}.`
      : `Mois : depuis le ${from}. Année : l’évaluation ${year} comparée à ${year - 1}.`,
  watchDay: 'Jour',
  watchShow: 'Afficher',
  watchShowAll: 'tous les pays',
  watchShowMoved: 'ayant bougé ce mois-ci ou cette année',
  watchShowWorse: 'en détérioration',
  watchShowBetter: 'en amélioration',
  watchCount: (shown, total) => `${shown} pays affichés sur ${total}.`,
  watchColProbability: 'Risque de déclenchement (2 ans)',
  watchColStage: 'Stade d’escalade',
  watchColAlerts: 'Alertes ouvertes',
  watchColMonth: 'Dernier mois',
  watchColYear: 'Dernière année',
  watchDirection: {
    deteriorated: 'détérioration',
    improved: 'amélioration',
    unchanged: 'sans changement',
  },
  watchStageSince: (d) => `depuis le ${d}`,
  watchHeld: (d) => `maintenu : aucune donnée d’événements depuis le ${d}`,
  watchOverridden: 'fixé par un analyste',
  watchReasonStage: (from, to, on) => `stade ${from} → ${to}${on ? ` le ${on}` : ''}`,
  watchReasonAlerts: (n) => (n === 1 ? '1 nouvelle alerte' : `${n} nouvelles alertes`),
  watchReasonTier: (from, to) => `niveau ${from} → ${to}`,
  watchReasonProbability: (from, to) => `risque de déclenchement ${from} → ${to}`,
  watchReasonFactor: (name, from, to) => `${name} ${from} → ${to}`,
  watchNone: 'Aucun pays ne correspond.',
  watchMapLabel: 'Pays par niveau structurel',
};

const es: WatchMessages = {
  watchLink: 'Lista de vigilancia',
  watchTitle: 'Lista de vigilancia',
  watchIntro:
    'Cada país por nivel estructural, pronóstico y etapa de escalada, con lo que cambió en el último mes y el último año, y por qué. ↑ empeoró, ↓ mejoró.',
  watchAsOf: (d, basis) =>
    basis === 'latest data'
      ? `Al ${d}: último día de datos de eventos (ninguno alcanza los últimos 90 días).`
      : basis === 'today'
        ? `Hoy, ${d}.`
        : `Al ${d}.`,
  watchCompared: (from, year) =>
    year === null
      ? `Mes: desde el ${from}.`
      : `Mes: desde el ${from}. Año: la evaluación de ${year} frente a ${year - 1}.`,
  watchDay: 'Día',
  watchShow: 'Mostrar',
  watchShowAll: 'todos los países',
  watchShowMoved: 'con cambios este mes o este año',
  watchShowWorse: 'que empeoraron',
  watchShowBetter: 'que mejoraron',
  watchCount: (shown, total) => `${shown} de ${total} países mostrados.`,
  watchColProbability: 'Riesgo de inicio (2 años)',
  watchColStage: 'Etapa de escalada',
  watchColAlerts: 'Alertas abiertas',
  watchColMonth: 'Último mes',
  watchColYear: 'Último año',
  watchDirection: { deteriorated: 'empeoró', improved: 'mejoró', unchanged: 'sin cambios' },
  watchStageSince: (d) => `desde el ${d}`,
  watchHeld: (d) => `mantenida: sin datos de eventos desde el ${d}`,
  watchOverridden: 'fijado por un analista',
  watchReasonStage: (from, to, on) => `etapa ${from} → ${to}${on ? ` el ${on}` : ''}`,
  watchReasonAlerts: (n) => (n === 1 ? '1 alerta nueva' : `${n} alertas nuevas`),
  watchReasonTier: (from, to) => `nivel ${from} → ${to}`,
  watchReasonProbability: (from, to) => `riesgo de inicio ${from} → ${to}`,
  watchReasonFactor: (name, from, to) => `${name} ${from} → ${to}`,
  watchNone: 'Ningún país coincide.',
  watchMapLabel: 'Países por nivel estructural',
};

const ar: WatchMessages = {
  watchLink: 'قائمة المراقبة',
  watchTitle: 'قائمة المراقبة',
  watchIntro:
    'كل بلد حسب المستوى الهيكلي والتوقع ومرحلة التصعيد، مع ما تغيّر خلال الشهر الماضي والسنة الماضية، ولماذا. ↑ تدهور، ↓ تحسّن.',
  watchAsOf: (d, basis) =>
    basis === 'latest data'
      ? `بتاريخ ${d}: آخر يوم في بيانات الأحداث (لا تبلغ أيّ منها الأيام التسعين الأخيرة).`
      : basis === 'today'
        ? `اليوم، ${d}.`
        : `بتاريخ ${d}.`,
  watchCompared: (from, year) =>
    year === null
      ? `الشهر: منذ ${from}.`
      : `الشهر: منذ ${from}. السنة: تقييم ${year} مقارنةً بـ${year - 1}.`,
  watchDay: 'اليوم',
  watchShow: 'عرض',
  watchShowAll: 'كل البلدان',
  watchShowMoved: 'ما تغيّر هذا الشهر أو هذه السنة',
  watchShowWorse: 'ما تدهور',
  watchShowBetter: 'ما تحسّن',
  watchCount: (shown, total) => `معروض ${shown} من ${total} بلدًا.`,
  watchColProbability: 'خطر البدء (سنتان)',
  watchColStage: 'مرحلة التصعيد',
  watchColAlerts: 'التنبيهات المفتوحة',
  watchColMonth: 'الشهر الماضي',
  watchColYear: 'السنة الماضية',
  watchDirection: { deteriorated: 'تدهور', improved: 'تحسّن', unchanged: 'بلا تغيير' },
  watchStageSince: (d) => `منذ ${d}`,
  watchHeld: (d) => `مُبقاة: لا بيانات أحداث منذ ${d}`,
  watchOverridden: 'حدّده محلل',
  watchReasonStage: (from, to, on) => `المرحلة ${from} ← ${to}${on ? ` في ${on}` : ''}`,
  watchReasonAlerts: (n) => (n === 1 ? 'تنبيه جديد واحد' : `${n} تنبيهات جديدة`),
  watchReasonTier: (from, to) => `المستوى ${from} ← ${to}`,
  watchReasonProbability: (from, to) => `خطر البدء ${from} ← ${to}`,
  watchReasonFactor: (name, from, to) => `${name} ${from} ← ${to}`,
  watchNone: 'لا يوجد بلد مطابق.',
  watchMapLabel: 'البلدان حسب المستوى الهيكلي',
};

export const WATCH_MESSAGES: Record<Language, WatchMessages> = { en, fr, es, ar };
