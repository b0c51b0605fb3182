import type { FeedDto } from '@lens/contract';
import type { Language } from './messages';

type FeedConnector = FeedDto['connector'];
type RunStatus = 'running' | 'succeeded' | 'unchanged' | 'failed' | 'busy' | 'not-due';
type FeedState = 'ok' | 'paused' | 'stale' | 'overdue' | 'failing';

/** Interface text of the feeds (issue 17): sources Lens pulls on a schedule. */
const en = {
  feedsTitle: 'Feeds',
  feedsIntro:
    'Sources Lens pulls on a schedule. When a pull fails nothing of it is stored, and the next run starts where the last good one ended.',
  feedsNone:
    'No feeds yet. An administrator adds one with `lens feeds add` or the API (POST /api/feeds); see the README.',
  feedSource: 'Source',
  feedState: 'State',
  feedLastSuccess: 'Last success',
  feedNextRun: 'Next run',
  feedSourceUpTo: 'Source data up to',
  feedLastRun: 'Last run',
  feedNever: 'never',
  feedEvery: (minutes: number) =>
    minutes % 1440 === 0
      ? `every ${minutes / 1440} day${minutes === 1440 ? '' : 's'}`
      : minutes % 60 === 0
        ? `every ${minutes / 60} hour${minutes === 60 ? '' : 's'}`
        : `every ${minutes} minutes`,
  feedStates: {
    ok: 'up to date',
    paused: 'paused',
    stale: 'stale: it has missed its schedule',
    overdue: 'overdue',
    failing: 'failing',
  } as Record<FeedState, string>,
  feedConnectors: {
    'ucdp-ged': 'UCDP Georeferenced Event Dataset (yearly)',
    'ucdp-candidate': 'UCDP GED Candidate events (monthly)',
    acled: 'ACLED events, revisions and deletions',
    gdelt2: 'GDELT 2.0 events (every 15 minutes)',
    wdi: 'World Bank World Development Indicators',
    'vdem-release': 'V-Dem new releases',
  } as Record<FeedConnector, string>,
  feedRunStatuses: {
    running: 'running',
    succeeded: 'stored',
    unchanged: 'nothing new',
    failed: 'failed, nothing stored',
    busy: 'already running',
    'not-due': 'not due',
  } as Record<RunStatus, string>,
  feedRunCounts: (added: number, revised: number, deleted: number) =>
    `${added} added, ${revised} revised, ${deleted} deleted`,
  feedRunNow: 'Run now',
  feedPause: 'Pause',
  feedResume: 'Resume',
  feedFailures: (n: number) => `${n} failed run${n === 1 ? '' : 's'} in a row`,
  feedStaleBanner: (names: string) =>
    `These feeds have missed their schedule and their data are getting old: ${names}.`,
};
export type FeedMessages = typeof en;

const fr: FeedMessages = {
  feedsTitle: 'Flux',
  feedsIntro:
    "Sources que Lens interroge selon un calendrier. Quand une collecte échoue, rien n'en est enregistré, et la suivante reprend là où la dernière réussie s'est arrêtée.",
  feedsNone:
    "Aucun flux pour l'instant. Un administrateur en ajoute un avec `lens feeds add` ou l'API (POST /api/feeds) ; voir le README.",
  feedSource: 'Source',
  feedState: 'État',
  feedLastSuccess: 'Dernière réussite',
  feedNextRun: 'Prochaine collecte',
  feedSourceUpTo: "Données de la source jusqu'au",
  feedLastRun: 'Dernière collecte',
  feedNever: 'jamais',
  feedEvery: (minutes) =>
    minutes % 1440 === 0
      ? minutes === 1440
        ? 'chaque jour'
        : `tous les ${minutes / 1440} jours`
      : minutes % 60 === 0
        ? minutes === 60
          ? 'chaque heure'
          : `toutes les ${minutes / 60} heures`
        : `toutes les ${minutes} minutes`,
  feedStates: {
    ok: 'à jour',
    paused: 'suspendu',
    stale: 'en retard : il a manqué ses échéances',
    overdue: 'en retard',
    failing: 'en échec',
  },
  feedConnectors: {
    'ucdp-ged': 'UCDP, jeu de données géoréférencées (annuel)',
    'ucdp-candidate': 'UCDP, événements candidats (mensuel)',
    acled: 'ACLED : événements, révisions et suppressions',
    gdelt2: 'GDELT 2.0 : événements (toutes les 15 minutes)',
    wdi: 'Banque mondiale : indicateurs du développement',
    'vdem-release': 'V-Dem : nouvelles versions',
  },
  feedRunStatuses: {
    running: 'en cours',
    succeeded: 'enregistré',
    unchanged: 'rien de nouveau',
    failed: 'échec, rien enregistré',
    busy: 'déjà en cours',
    'not-due': 'pas encore dû',
  },
  feedRunCounts: (added, revised, deleted) =>
    `${added} ajoutés, ${revised} révisés, ${deleted} supprimés`,
  feedRunNow: 'Collecter maintenant',
  feedPause: 'Suspendre',
  feedResume: 'Reprendre',
  feedFailures: (n) => `${n} échec${n === 1 ? '' : 's'} d'affilée`,
  feedStaleBanner: (names) =>
    `Ces flux ont manqué leurs échéances et leurs données vieillissent : ${names}.`,
};

const es: FeedMessages = {
  feedsTitle: 'Fuentes automáticas',
  feedsIntro:
    'Fuentes que Lens consulta según un calendario. Si una consulta falla no se guarda nada de ella, y la siguiente continúa donde terminó la última correcta.',
  feedsNone:
    'Aún no hay fuentes automáticas. Un administrador añade una con `lens feeds add` o la API (POST /api/feeds); véase el README.',
  feedSource: 'Fuente',
  feedState: 'Estado',
  feedLastSuccess: 'Último éxito',
  feedNextRun: 'Próxima consulta',
  feedSourceUpTo: 'Datos de la fuente hasta',
  feedLastRun: 'Última consulta',
  feedNever: 'nunca',
  feedEvery: (minutes) =>
    minutes % 1440 === 0
      ? minutes === 1440
        ? 'cada día'
        : `cada ${minutes / 1440} días`
      : minutes % 60 === 0
        ? minutes === 60
          ? 'cada hora'
          : `cada ${minutes / 60} horas`
        : `cada ${minutes} minutos`,
  feedStates: {
    ok: 'al día',
    paused: 'en pausa',
    stale: 'atrasada: no cumplió su calendario',
    overdue: 'con retraso',
    failing: 'fallando',
  },
  feedConnectors: {
    'ucdp-ged': 'UCDP, conjunto de eventos georreferenciados (anual)',
    'ucdp-candidate': 'UCDP, eventos candidatos (mensual)',
    acled: 'ACLED: eventos, revisiones y eliminaciones',
    gdelt2: 'GDELT 2.0: eventos (cada 15 minutos)',
    wdi: 'Banco Mundial: indicadores del desarrollo',
    'vdem-release': 'V-Dem: nuevas versiones',
  },
  feedRunStatuses: {
    running: 'en curso',
    succeeded: 'guardado',
    unchanged: 'nada nuevo',
    failed: 'falló, nada guardado',
    busy: 'ya en curso',
    'not-due': 'aún no toca',
  },
  feedRunCounts: (added, revised, deleted) =>
    `${added} añadidos, ${revised} revisados, ${deleted} eliminados`,
  feedRunNow: 'Consultar ahora',
  feedPause: 'Pausar',
  feedResume: 'Reanudar',
  feedFailures: (n) => `${n} fallo${n === 1 ? '' : 's'} seguido${n === 1 ? '' : 's'}`,
  feedStaleBanner: (names) =>
    `Estas fuentes no cumplieron su calendario y sus datos envejecen: ${names}.`,
};

const ar: FeedMessages = {
  feedsTitle: 'مصادر التغذية',
  feedsIntro:
    'مصادر يجلب منها Lens البيانات وفق جدول زمني. إذا فشل الجلب لا يُحفظ منه شيء، ويبدأ الجلب التالي من حيث انتهى آخر جلب ناجح.',
  feedsNone:
    'لا مصادر تغذية بعد. يضيف المسؤول مصدرًا بالأمر `lens feeds add` أو عبر الواجهة البرمجية (POST /api/feeds)؛ انظر README.',
  feedSource: 'المصدر',
  feedState: 'الحالة',
  feedLastSuccess: 'آخر نجاح',
  feedNextRun: 'الجلب التالي',
  feedSourceUpTo: 'بيانات المصدر حتى',
  feedLastRun: 'آخر جلب',
  feedNever: 'أبدًا',
  feedEvery: (minutes) =>
    minutes % 1440 === 0
      ? minutes === 1440
        ? 'كل يوم'
        : `كل ${minutes / 1440} أيام`
      : minutes % 60 === 0
        ? minutes === 60
          ? 'كل ساعة'
          : `كل ${minutes / 60} ساعات`
        : `كل ${minutes} دقيقة`,
  feedStates: {
    ok: 'محدَّث',
    paused: 'موقوف مؤقتًا',
    stale: 'متأخر: فاتته مواعيده',
    overdue: 'متأخر',
    failing: 'يفشل',
  },
  feedConnectors: {
    'ucdp-ged': 'UCDP: مجموعة الأحداث المحددة جغرافيًا (سنوية)',
    'ucdp-candidate': 'UCDP: الأحداث المرشحة (شهرية)',
    acled: 'ACLED: الأحداث وتنقيحاتها وحذفها',
    gdelt2: 'GDELT 2.0: الأحداث (كل 15 دقيقة)',
    wdi: 'البنك الدولي: مؤشرات التنمية العالمية',
    'vdem-release': 'V-Dem: الإصدارات الجديدة',
  },
  feedRunStatuses: {
    running: 'جارٍ',
    succeeded: 'حُفظ',
    unchanged: 'لا جديد',
    failed: 'فشل، لم يُحفظ شيء',
    busy: 'جارٍ بالفعل',
    'not-due': 'لم يحن موعده',
  },
  feedRunCounts: (added, revised, deleted) => `أُضيف ${added}، نُقّح ${revised}، حُذف ${deleted}`,
  feedRunNow: 'اجلب الآن',
  feedPause: 'إيقاف مؤقت',
  feedResume: 'استئناف',
  feedFailures: (n) => `${n} محاولات فاشلة متتالية`,
  feedStaleBanner: (names) => `فاتت هذه المصادر مواعيدها وبياناتها تتقادم: ${names}.`,
};

export const FEED_MESSAGES: Record<Language, FeedMessages> = { en, fr, es, ar };
