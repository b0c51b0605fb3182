import type { Language } from './messages';

/** Interface text of one report's review page. */
const en = {
  reviewTitle: (n: number) => `Report no. ${n}`,
  backToReports: 'All reports',
  openReview: (n: number) => `Open report no. ${n}`,
  receivedVia: (channel: string, at: string) => `Received ${at}, ${channel}.`,
  channels: {
    monitor: 'from a monitor',
    partner: "through a partner's system",
    public: 'through the public form',
  } as Record<string, string>,
  submittedByLabel: 'Submitted by',
  coordinates: 'Coordinates',
  geoPrecisions: {
    exact: 'exact',
    near: 'near',
    admin1: 'province only',
    country: 'country only',
  } as Record<string, string>,
  deathsLabel: 'People killed',
  deathsRange: (best: number | null, low: number | null, high: number | null) =>
    best === null && low === null && high === null
      ? 'not known'
      : `${best ?? '?'}${low !== null || high !== null ? ` (between ${low ?? '?'} and ${high ?? '?'})` : ''}`,
  actorsLabel: 'Who did it',
  civiliansLabel: 'Civilians deliberately targeted',
  yes: 'yes',
  no: 'no',
  attachmentsTitle: 'Photos and documents',
  attachmentsNote:
    'Shown without location and device data. The evidence hash is that of the file as received.',
  noAttachments: 'None.',
  duplicatesTitle: 'Reports of the same incident',
  duplicatesNote: 'Near-duplicates: the same place, within days, with similar words.',
  thisReport: 'this report',
  verificationTitle: 'Verification',
  notVerified: 'Not verified yet.',
  verifiedByOn: (who: string, at: string) => `By ${who}, ${at}.`,
  credibilityScale: {
    1: 'confirmed by other sources',
    2: 'probably true',
    3: 'possibly true',
    4: 'doubtful',
    5: 'improbable',
    6: 'truth cannot be judged',
  } as Record<number, string>,
  credibilityHelp:
    'How likely the information is to be true, on the Admiralty scale: 1 confirmed by other sources, 2 probably true, 3 possibly true, 4 doubtful, 5 improbable, 6 truth cannot be judged.',
  auditTitle: 'Audit trail',
  auditNote: 'Who received, opened, verified, assigned or revealed this report and its files.',
  revealed: 'Reporter',
};
export type ReviewMessages = typeof en;

const fr: ReviewMessages = {
  reviewTitle: (n) => `Signalement n° ${n}`,
  backToReports: 'Tous les signalements',
  openReview: (n) => `Ouvrir le signalement n° ${n}`,
  receivedVia: (channel, at) => `Reçu le ${at}, ${channel}.`,
  channels: {
    monitor: "d'un observateur",
    partner: "par le système d'un partenaire",
    public: 'par le formulaire public',
  },
  submittedByLabel: 'Envoyé par',
  coordinates: 'Coordonnées',
  geoPrecisions: {
    exact: 'exactes',
    near: 'approximatives',
    admin1: 'province seulement',
    country: 'pays seulement',
  },
  deathsLabel: 'Personnes tuées',
  deathsRange: (best, low, high) =>
    best === null && low === null && high === null
      ? 'inconnu'
      : `${best ?? '?'}${low !== null || high !== null ? ` (entre ${low ?? '?'} et ${high ?? '?'})` : ''}`,
  actorsLabel: 'Auteurs',
  civiliansLabel: 'Civils délibérément visés',
  yes: 'oui',
  no: 'non',
  attachmentsTitle: 'Photos et documents',
  attachmentsNote:
    "Affichés sans données de localisation ni d'appareil. L'empreinte de preuve est celle du fichier reçu.",
  noAttachments: 'Aucun.',
  duplicatesTitle: 'Signalements du même incident',
  duplicatesNote: 'Quasi-doublons : même lieu, à quelques jours près, mots semblables.',
  thisReport: 'ce signalement',
  verificationTitle: 'Vérification',
  notVerified: 'Pas encore vérifié.',
  verifiedByOn: (who, at) => `Par ${who}, le ${at}.`,
  credibilityScale: {
    1: 'confirmé par d’autres sources',
    2: 'probablement vrai',
    3: 'peut-être vrai',
    4: 'douteux',
    5: 'improbable',
    6: 'véracité impossible à juger',
  },
  credibilityHelp:
    "Probabilité que l'information soit vraie, selon l'échelle de l'Amirauté : 1 confirmé par d'autres sources, 2 probablement vrai, 3 peut-être vrai, 4 douteux, 5 improbable, 6 impossible à juger.",
  auditTitle: "Journal d'audit",
  auditNote: 'Qui a reçu, ouvert, vérifié, attribué ou révélé ce signalement et ses fichiers.',
  revealed: 'Auteur du signalement',
};

const es: ReviewMessages = {
  reviewTitle: (n) => `Informe n.º ${n}`,
  backToReports: 'Todos los informes',
  openReview: (n) => `Abrir el informe n.º ${n}`,
  receivedVia: (channel, at) => `Recibido el ${at}, ${channel}.`,
  channels: {
    monitor: 'de un observador',
    partner: 'por el sistema de un socio',
    public: 'por el formulario público',
  },
  submittedByLabel: 'Enviado por',
  coordinates: 'Coordenadas',
  geoPrecisions: {
    exact: 'exactas',
    near: 'aproximadas',
    admin1: 'solo provincia',
    country: 'solo país',
  },
  deathsLabel: 'Personas muertas',
  deathsRange: (best, low, high) =>
    best === null && low === null && high === null
      ? 'desconocido'
      : `${best ?? '?'}${low !== null || high !== null ? ` (entre ${low ?? '?'} y ${high ?? '?'})` : ''}`,
  actorsLabel: 'Autores',
  civiliansLabel: 'Civiles atacados deliberadamente',
  yes: 'sí',
  no: 'no',
  attachmentsTitle: 'Fotos y documentos',
  attachmentsNote:
    'Se muestran sin datos de ubicación ni del dispositivo. La huella de evidencia es la del archivo recibido.',
  noAttachments: 'Ninguno.',
  duplicatesTitle: 'Informes del mismo incidente',
  duplicatesNote: 'Casi duplicados: el mismo lugar, con días de diferencia y palabras parecidas.',
  thisReport: 'este informe',
  verificationTitle: 'Verificación',
  notVerified: 'Aún sin verificar.',
  verifiedByOn: (who, at) => `Por ${who}, el ${at}.`,
  credibilityScale: {
    1: 'confirmado por otras fuentes',
    2: 'probablemente cierto',
    3: 'posiblemente cierto',
    4: 'dudoso',
    5: 'improbable',
    6: 'no se puede juzgar',
  },
  credibilityHelp:
    'Probabilidad de que la información sea cierta, en la escala del Almirantazgo: 1 confirmado por otras fuentes, 2 probablemente cierto, 3 posiblemente cierto, 4 dudoso, 5 improbable, 6 no se puede juzgar.',
  auditTitle: 'Registro de auditoría',
  auditNote: 'Quién recibió, abrió, verificó, asignó o reveló este informe y sus archivos.',
  revealed: 'Informante',
};

const ar: ReviewMessages = {
  reviewTitle: (n) => `التقرير رقم ${n}`,
  backToReports: 'كل التقارير',
  openReview: (n) => `فتح التقرير رقم ${n}`,
  receivedVia: (channel, at) => `ورد في ${at}، ${channel}.`,
  channels: {
    monitor: 'من راصد',
    partner: 'عبر نظام شريك',
    public: 'عبر الاستمارة العامة',
  },
  submittedByLabel: 'أرسله',
  coordinates: 'الإحداثيات',
  geoPrecisions: {
    exact: 'دقيقة',
    near: 'تقريبية',
    admin1: 'المقاطعة فقط',
    country: 'البلد فقط',
  },
  deathsLabel: 'عدد القتلى',
  deathsRange: (best, low, high) =>
    best === null && low === null && high === null
      ? 'غير معروف'
      : `${best ?? '?'}${low !== null || high !== null ? ` (بين ${low ?? '?'} و${high ?? '?'})` : ''}`,
  actorsLabel: 'الفاعلون',
  civiliansLabel: 'استهداف متعمد للمدنيين',
  yes: 'نعم',
  no: 'لا',
  attachmentsTitle: 'الصور والمستندات',
  attachmentsNote: 'تُعرض دون بيانات الموقع والجهاز. بصمة الدليل هي بصمة الملف كما ورد.',
  noAttachments: 'لا شيء.',
  duplicatesTitle: 'تقارير الحادثة نفسها',
  duplicatesNote: 'تقارير شبه مكررة: المكان نفسه، في غضون أيام، بكلمات متشابهة.',
  thisReport: 'هذا التقرير',
  verificationTitle: 'التحقق',
  notVerified: 'لم يُتحقق منه بعد.',
  verifiedByOn: (who, at) => `بواسطة ${who}، ${at}.`,
  credibilityScale: {
    1: 'مؤكد من مصادر أخرى',
    2: 'صحيح على الأرجح',
    3: 'ربما صحيح',
    4: 'مشكوك فيه',
    5: 'غير مرجح',
    6: 'لا يمكن الحكم على صحته',
  },
  credibilityHelp:
    'مدى احتمال صحة المعلومة وفق سلم الأميرالية: 1 مؤكد من مصادر أخرى، 2 صحيح على الأرجح، 3 ربما صحيح، 4 مشكوك فيه، 5 غير مرجح، 6 لا يمكن الحكم.',
  auditTitle: 'سجل التدقيق',
  auditNote: 'من استلم هذا التقرير وملفاته أو فتحها أو تحقق منها أو أسندها أو كشف المبلِّغ.',
  revealed: 'المبلِّغ',
};

export const REVIEW_MESSAGES: Record<Language, ReviewMessages> = { en, fr, es, ar };
