import type { Language } from './messages';

/** Interface text of what partners share (issue 22 item 3). */
const en = {
  shPartnersTitle: 'Partners’ assessments',
  shPartnersIntro:
    'What partner instances assess, as they sent it, beside this team’s own. A partner’s tier is its own judgement: differences are shown, not resolved.',
  shYourTeam: 'Your team',
  shPartnerLine: (origin: string, tier: string, year: number) => `${origin}: ${tier} (${year})`,
  shVia: (via: string) => `through ${via}`,
  shTrust: { low: 'low trust', medium: 'medium trust', high: 'high trust' } as Record<
    string,
    string
  >,
  shComparison: {
    higher: 'higher than yours',
    lower: 'lower than yours',
    same: 'same as yours',
    unknown: '',
  } as Record<string, string>,
  shOverridden: 'set by their analysts',
  shAlertsTitle: 'Partners’ alerts',
  shAlertsIntro:
    'Alerts partner instances raised and shared, with their origin and where they stand in the partner’s workflow. They are the partner’s: act on them in your own queue by opening the country.',
  shOrigin: 'From',
  shCountry: 'Country',
  shStage: 'Stage',
  shSeverity: 'Severity',
  shPlace: 'Province',
  shDays: 'Events',
  shStep: 'Their step',
  shWholeCountry: 'whole country',
};
export type SharingMessages = typeof en;

const fr: SharingMessages = {
  shPartnersTitle: 'Évaluations des partenaires',
  shPartnersIntro:
    'Ce qu’évaluent les instances partenaires, tel qu’elles l’ont envoyé, à côté de l’évaluation de votre équipe. Le niveau d’un partenaire est son propre jugement : les écarts sont montrés, non tranchés.',
  shYourTeam: 'Votre équipe',
  shPartnerLine: (origin, tier, year) => `${origin} : ${tier} (${year})`,
  shVia: (via) => `par ${via}`,
  shTrust: { low: 'confiance faible', medium: 'confiance moyenne', high: 'confiance élevée' },
  shComparison: {
    higher: 'plus élevé que le vôtre',
    lower: 'plus bas que le vôtre',
    same: 'identique au vôtre',
    unknown: '',
  },
  shOverridden: 'fixé par leurs analystes',
  shAlertsTitle: 'Alertes des partenaires',
  shAlertsIntro:
    'Alertes levées et partagées par des instances partenaires, avec leur origine et leur étape dans le suivi du partenaire. Elles sont au partenaire : agissez dans votre propre file en ouvrant le pays.',
  shOrigin: 'De',
  shCountry: 'Pays',
  shStage: 'Stade',
  shSeverity: 'Gravité',
  shPlace: 'Province',
  shDays: 'Événements',
  shStep: 'Leur étape',
  shWholeCountry: 'tout le pays',
};

const es: SharingMessages = {
  shPartnersTitle: 'Evaluaciones de los socios',
  shPartnersIntro:
    'Lo que evalúan las instancias socias, tal como lo enviaron, junto a la evaluación de su equipo. El nivel de un socio es su propio juicio: las diferencias se muestran, no se resuelven.',
  shYourTeam: 'Su equipo',
  shPartnerLine: (origin, tier, year) => `${origin}: ${tier} (${year})`,
  shVia: (via) => `a través de ${via}`,
  shTrust: { low: 'confianza baja', medium: 'confianza media', high: 'confianza alta' },
  shComparison: {
    higher: 'más alto que el suyo',
    lower: 'más bajo que el suyo',
    same: 'igual al suyo',
    unknown: '',
  },
  shOverridden: 'fijado por sus analistas',
  shAlertsTitle: 'Alertas de los socios',
  shAlertsIntro:
    'Alertas emitidas y compartidas por instancias socias, con su origen y su paso en el flujo del socio. Son del socio: actúe en su propia cola abriendo el país.',
  shOrigin: 'De',
  shCountry: 'País',
  shStage: 'Etapa',
  shSeverity: 'Gravedad',
  shPlace: 'Provincia',
  shDays: 'Eventos',
  shStep: 'Su paso',
  shWholeCountry: 'todo el país',
};

const ar: SharingMessages = {
  shPartnersTitle: 'تقييمات الشركاء',
  shPartnersIntro:
    'ما تقيّمه نسخ الشركاء كما أرسلته، بجانب تقييم فريقك. مستوى الشريك حكمه الخاص: تُعرض الاختلافات ولا تُحسم.',
  shYourTeam: 'فريقك',
  shPartnerLine: (origin, tier, year) => `${origin}: ${tier} (${year})`,
  shVia: (via) => `عبر ${via}`,
  shTrust: { low: 'ثقة منخفضة', medium: 'ثقة متوسطة', high: 'ثقة عالية' },
  shComparison: {
    higher: 'أعلى من تقييمك',
    lower: 'أدنى من تقييمك',
    same: 'مثل تقييمك',
    unknown: '',
  },
  shOverridden: 'حدده محللوهم',
  shAlertsTitle: 'إنذارات الشركاء',
  shAlertsIntro:
    'إنذارات أطلقتها نسخ الشركاء وشاركتها، مع مصدرها وموقعها في سير عمل الشريك. هي للشريك: تصرّف في قائمتك بفتح البلد.',
  shOrigin: 'من',
  shCountry: 'البلد',
  shStage: 'المرحلة',
  shSeverity: 'الخطورة',
  shPlace: 'المقاطعة',
  shDays: 'الأحداث',
  shStep: 'خطوتهم',
  shWholeCountry: 'البلد كله',
};

export const SHARING_MESSAGES: Record<Language, SharingMessages> = { en, fr, es, ar };
