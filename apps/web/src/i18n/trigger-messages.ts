import type { Language } from './messages';

/** Interface text of the triggers calendar (issue 23 item 1). */
const en = {
  trgTitle: 'Triggers ahead',
  trgIntro:
    'Dated events that can set violence off. A trigger raises the monitoring level for the days of its window before its date.',
  trgHeightened: 'Monitoring heightened',
  trgRoutine: 'Routine monitoring',
  trgNone: 'No trigger recorded for the year ahead.',
  trgRecent: 'In the year behind',
  trgIn: (days: number) => (days === 0 ? 'today' : `in ${days} days`),
  trgRaises: 'raises the monitoring level now',
  trgYearly: 'every year',
  trgSource: 'Source',
  trgAdd: 'Add a trigger',
  trgDate: 'Date',
  trgKind: 'Kind',
  trgWhat: 'What',
  trgWindow: 'Days before it raises the level',
  trgSave: 'Add trigger',
  trgRetire: 'Retire',
  watchTrigger: 'Next trigger',
  scnTitle: 'Scenarios',
  scnIntro:
    'How escalation could unfold, and the indicators that would show it coming. An indicator is lit when the events Lens holds show it in the last 90 days.',
  scnNone: 'No scenario written for this country yet.',
  scnAsOf: (day: string, stale: boolean) =>
    stale
      ? `Read as of ${day}, the last day the country's event data cover.`
      : `Read as of ${day}.`,
  scnBy: 'By whom',
  scnAgainst: 'Against whom',
  scnWhere: 'Where',
  scnLit: (lit: number, of: number) => `${lit} of ${of} watched indicators lit`,
  scnDirection: { rising: 'rising', falling: 'falling', steady: 'steady' } as Record<
    string,
    string
  >,
  scnLastFired: (day: string) => `last on ${day}`,
  scnNever: 'never seen',
  scnToVerify: (n: number) => `${n} to verify`,
  scnAdd: 'Write a scenario',
  scnName: 'Title',
  scnNarrative: 'How escalation could unfold',
  scnWatch: 'Indicators to watch',
  scnSave: 'Save scenario',
};
export type TriggerMessages = typeof en;

const fr: TriggerMessages = {
  trgTitle: 'Déclencheurs à venir',
  trgIntro:
    'Événements datés qui peuvent déclencher la violence. Un déclencheur renforce la surveillance pendant les jours de sa fenêtre avant sa date.',
  trgHeightened: 'Surveillance renforcée',
  trgRoutine: 'Surveillance ordinaire',
  trgNone: 'Aucun déclencheur enregistré pour l’année à venir.',
  trgRecent: 'Dans l’année écoulée',
  trgIn: (days) => (days === 0 ? 'aujourd’hui' : `dans ${days} jours`),
  trgRaises: 'renforce la surveillance dès maintenant',
  trgYearly: 'chaque année',
  trgSource: 'Source',
  trgAdd: 'Ajouter un déclencheur',
  trgDate: 'Date',
  trgKind: 'Type',
  trgWhat: 'Quoi',
  trgWindow: 'Jours avant la date où la surveillance est renforcée',
  trgSave: 'Ajouter le déclencheur',
  trgRetire: 'Retirer',
  watchTrigger: 'Prochain déclencheur',
  scnTitle: 'Scénarios',
  scnIntro:
    'Comment l’escalade pourrait se dérouler, et les indicateurs qui l’annonceraient. Un indicateur est allumé quand les événements que Lens détient le montrent dans les 90 derniers jours.',
  scnNone: 'Aucun scénario rédigé pour ce pays.',
  scnAsOf: (day, stale) =>
    stale
      ? `Lu au ${day}, dernier jour couvert par les données d’événements du pays.`
      : `Lu au ${day}.`,
  scnBy: 'Par qui',
  scnAgainst: 'Contre qui',
  scnWhere: 'Où',
  scnLit: (lit, of) => `${lit} indicateurs surveillés allumés sur ${of}`,
  scnDirection: { rising: 'en hausse', falling: 'en baisse', steady: 'stable' },
  scnLastFired: (day) => `dernier le ${day}`,
  scnNever: 'jamais observé',
  scnToVerify: (n) => `${n} à vérifier`,
  scnAdd: 'Rédiger un scénario',
  scnName: 'Titre',
  scnNarrative: 'Comment l’escalade pourrait se dérouler',
  scnWatch: 'Indicateurs à surveiller',
  scnSave: 'Enregistrer le scénario',
};

const es: TriggerMessages = {
  trgTitle: 'Detonantes próximos',
  trgIntro:
    'Acontecimientos fechados que pueden desatar la violencia. Un detonante refuerza la vigilancia durante los días de su ventana antes de su fecha.',
  trgHeightened: 'Vigilancia reforzada',
  trgRoutine: 'Vigilancia ordinaria',
  trgNone: 'Ningún detonante registrado para el año próximo.',
  trgRecent: 'En el año pasado',
  trgIn: (days) => (days === 0 ? 'hoy' : `dentro de ${days} días`),
  trgRaises: 'refuerza la vigilancia ahora',
  trgYearly: 'cada año',
  trgSource: 'Fuente',
  trgAdd: 'Añadir un detonante',
  trgDate: 'Fecha',
  trgKind: 'Tipo',
  trgWhat: 'Qué',
  trgWindow: 'Días antes de la fecha en que se refuerza la vigilancia',
  trgSave: 'Añadir detonante',
  trgRetire: 'Retirar',
  watchTrigger: 'Próximo detonante',
  scnTitle: 'Escenarios',
  scnIntro:
    'Cómo podría desarrollarse la escalada y los indicadores que la anunciarían. Un indicador se enciende cuando los eventos que Lens tiene lo muestran en los últimos 90 días.',
  scnNone: 'Aún no hay escenarios para este país.',
  scnAsOf: (day, stale) =>
    stale
      ? `Leído al ${day}, último día que cubren los datos de eventos del país.`
      : `Leído al ${day}.`,
  scnBy: 'Por quién',
  scnAgainst: 'Contra quién',
  scnWhere: 'Dónde',
  scnLit: (lit, of) => `${lit} de ${of} indicadores vigilados encendidos`,
  scnDirection: { rising: 'en aumento', falling: 'en descenso', steady: 'estable' },
  scnLastFired: (day) => `último el ${day}`,
  scnNever: 'nunca visto',
  scnToVerify: (n) => `${n} por verificar`,
  scnAdd: 'Redactar un escenario',
  scnName: 'Título',
  scnNarrative: 'Cómo podría desarrollarse la escalada',
  scnWatch: 'Indicadores a vigilar',
  scnSave: 'Guardar escenario',
};

const ar: TriggerMessages = {
  trgTitle: 'العوامل المحفزة المقبلة',
  trgIntro:
    'أحداث مؤرخة قد تشعل العنف. يرفع العامل المحفز مستوى الرصد خلال أيام نافذته قبل تاريخه.',
  trgHeightened: 'رصد معزز',
  trgRoutine: 'رصد اعتيادي',
  trgNone: 'لا يوجد عامل محفز مسجل للعام المقبل.',
  trgRecent: 'في العام الماضي',
  trgIn: (days) => (days === 0 ? 'اليوم' : `بعد ${days} يومًا`),
  trgRaises: 'يرفع مستوى الرصد الآن',
  trgYearly: 'كل عام',
  trgSource: 'المصدر',
  trgAdd: 'إضافة عامل محفز',
  trgDate: 'التاريخ',
  trgKind: 'النوع',
  trgWhat: 'ماذا',
  trgWindow: 'عدد الأيام قبل التاريخ التي يُعزز فيها الرصد',
  trgSave: 'إضافة العامل المحفز',
  trgRetire: 'سحب',
  watchTrigger: 'العامل المحفز التالي',
  scnTitle: 'السيناريوهات',
  scnIntro:
    'كيف قد يتطور التصعيد، والمؤشرات التي تنذر به. يُضاء المؤشر عندما تُظهره الأحداث التي يحتفظ بها Lens خلال الأيام التسعين الأخيرة.',
  scnNone: 'لم يُكتب أي سيناريو لهذا البلد بعد.',
  scnAsOf: (day, stale) =>
    stale ? `قراءة بتاريخ ${day}، آخر يوم تغطيه بيانات أحداث البلد.` : `قراءة بتاريخ ${day}.`,
  scnBy: 'من الفاعل',
  scnAgainst: 'ضد من',
  scnWhere: 'أين',
  scnLit: (lit, of) => `${lit} من ${of} مؤشرات مرصودة مضاءة`,
  scnDirection: { rising: 'في ارتفاع', falling: 'في انخفاض', steady: 'مستقر' },
  scnLastFired: (day) => `آخر مرة في ${day}`,
  scnNever: 'لم يُرصد قط',
  scnToVerify: (n) => `${n} للتحقق`,
  scnAdd: 'كتابة سيناريو',
  scnName: 'العنوان',
  scnNarrative: 'كيف قد يتطور التصعيد',
  scnWatch: 'المؤشرات المراد رصدها',
  scnSave: 'حفظ السيناريو',
};

export const TRIGGER_MESSAGES: Record<Language, TriggerMessages> = { en, fr, es, ar };
