import { BRIEF_TEXT, type BriefLanguage } from '../briefs/brief-text';
import type { Stage } from '../escalation/indicators';
import type { Tier } from '../assessment/lens-spec';

/**
 * What a pitfall warning says, in English, French, Spanish and Arabic (issue 20 item 5): each check
 * gives its facts (who kills, which measures, the tier and stage), and these words make its title
 * and its reason. Measure texts come in already translated (the catalog's translation).
 */

/** The perpetrator behind most civilian deaths in the window. */
export interface Killer {
  readonly name: string;
  readonly share: number;
  readonly deaths: number;
}

export type PitfallFacts =
  | {
      readonly check: 'blind-neutrality';
      readonly killer: Killer;
      readonly quoted: readonly string[] | null;
    }
  | { readonly check: 'negative-peace'; readonly tier: Tier | null; readonly stage: Stage }
  | {
      readonly check: 'prevention-ends';
      readonly violence: boolean;
      readonly battleDeaths: number | null;
      readonly year: number;
      /** The plan's measures in force, or null when there is no plan yet. */
      readonly planItems: number | null;
    }
  | {
      readonly check: 'growth-inequality';
      readonly quoted: readonly string[] | null;
      readonly inequality: string | null;
      readonly driver: { readonly name: string; readonly score: number } | null;
    }
  | {
      readonly check: 'security-capacity';
      readonly quoted: readonly string[] | null;
      readonly state: { readonly name: string; readonly deaths: number };
    }
  | {
      readonly check: 'embargo-disarms-victims';
      readonly quoted: readonly string[];
      readonly killer: Killer;
    }
  | {
      readonly check: 'hate-speech-press-freedom';
      readonly quoted: readonly string[];
      readonly press: string;
    }
  | { readonly check: 'rewarding-atrocities'; readonly quoted: readonly string[] }
  | { readonly check: 'peacetime-blind-spot'; readonly tier: Tier | null };

type Check = PitfallFacts['check'];
type Of<C extends Check> = Extract<PitfallFacts, { check: C }>;
type Words = {
  readonly [C in Check]: { readonly title: string; readonly why: (f: Of<C>) => string };
};

const pct = (x: number) => `${Math.round(x * 100)}%`;
const q = (items: readonly string[], open = '"', close = '"') =>
  items.map((s) => `${open}${s}${close}`).join(', ');
const cap = (s: string) => `${s[0]!.toUpperCase()}${s.slice(1)}`;

/** Who caused most civilian deaths, in each language (two warnings say it). */
const killed: Readonly<Record<BriefLanguage, (k: Killer) => string>> = {
  en: (k) =>
    `${k.name} caused ${pct(k.share)} of the ${k.deaths} civilian deaths in attacks recorded in the window`,
  fr: (k) =>
    `${k.name} a causé ${pct(k.share)} des ${k.deaths} morts civils des attaques recensées sur la période`,
  es: (k) =>
    `${k.name} causó el ${pct(k.share)} de las ${k.deaths} muertes civiles en ataques registrados en el periodo`,
  ar: (k) =>
    `تسبب ${k.name} في ${pct(k.share)} من ${k.deaths} حالة وفاة بين المدنيين في الهجمات المسجلة خلال الفترة`,
};

const en: Words = {
  'blind-neutrality': {
    title: 'Blind neutrality: all parties treated alike while the violence is one-sided',
    why: (f) => {
      const who = killed.en(f.killer);
      return f.quoted
        ? `${who}, yet ${q(f.quoted)} ${f.quoted.length > 1 ? 'are' : 'is'} addressed to all parties alike.`
        : `${who}: measures addressed to all parties alike would treat them as morally equivalent.`;
    },
  },
  'negative-peace': {
    title: 'Negative peace at any price',
    why: (f) =>
      `The plan seeks a peace agreement while the atrocity threat is credible (risk tier ${f.tier ?? 'unknown'}, escalation stage ${f.stage}), and nothing in it deters or punishes atrocities (ending impunity, the ICC, sanctions, legal measures, a rapid-deployment threat).`,
  },
  'prevention-ends': {
    title: 'Treating prevention as over once violence begins',
    why: (f) => {
      if (f.planItems === null)
        return f.violence
          ? 'Violence red flags are up: escalation prevention still protects those not yet attacked.'
          : `Armed conflict is under way (${f.battleDeaths} battle deaths in ${f.year}): escalation prevention keeps armed groups from atrocities.`;
      const now = f.violence
        ? 'the escalation stage is violence'
        : `armed conflict is under way (${f.battleDeaths} battle deaths in ${f.year})`;
      return `${cap(now)}, but the plan has no direct or escalation prevention measure in force: only structural ones${f.planItems === 0 ? ' (it has none at all)' : ''}.`;
    },
  },
  'growth-inequality': {
    title: 'Growth that can widen horizontal inequality',
    why: (f) =>
      f.quoted
        ? `The plan promotes economic growth (${q(f.quoted)}) with no measure reducing horizontal inequalities (${f.inequality})${f.driver ? `, although ${f.driver.name} scores ${Math.round(f.driver.score)}` : ''}.`
        : `${f.driver?.name} scores ${Math.round(f.driver?.score ?? 0)}: growth measures need measures against horizontal inequality beside them.`,
  },
  'security-capacity': {
    title: 'Security capacity that can be turned to atrocities',
    why: (f) =>
      f.quoted
        ? `The plan builds security capacity (${q(f.quoted)}) while state forces (${f.state.name}) caused ${f.state.deaths} civilian deaths in the window.`
        : `State forces (${f.state.name}) caused ${f.state.deaths} civilian deaths in the window: security sector support can feed their capacity.`,
  },
  'embargo-disarms-victims': {
    title: 'An embargo on all parties can disarm the victims',
    why: (f) =>
      `${q(f.quoted)} applies to all parties, while ${killed.en(f.killer)}: those attacked lose the means to protect themselves (Bosnia 1992-95).`,
  },
  'hate-speech-press-freedom': {
    title: 'Curbing hate speech versus press freedom',
    why: (f) =>
      `The plan curbs speech (${q(f.quoted)}) with nothing that protects press freedom (${f.press}): restrictions can silence countervailing voices too.`,
  },
  'rewarding-atrocities': {
    title: 'Inducements that can reward atrocities',
    why: (f) =>
      `${q(f.quoted)} ${f.quoted.length > 1 ? 'offer' : 'offers'} inducements to those attacking civilians while violence is under way: armed groups can commit atrocities to "earn" a seat.`,
  },
  'peacetime-blind-spot': {
    title: 'Early warning fixed on armed conflict',
    why: (f) =>
      `There is no armed conflict, yet the risk tier is ${f.tier}: most peacetime atrocities are state-directed suppression, communal violence or post-war retribution.`,
  },
};

const fr: Words = {
  'blind-neutrality': {
    title:
      'Neutralité aveugle : toutes les parties traitées de la même façon alors que la violence est unilatérale',
    why: (f) => {
      const who = killed.fr(f.killer);
      return f.quoted
        ? `${who}, et pourtant ${q(f.quoted, '« ', ' »')} ${f.quoted.length > 1 ? 's’adressent' : 's’adresse'} indistinctement à toutes les parties.`
        : `${who} : des mesures adressées indistinctement à toutes les parties les traiteraient comme moralement équivalentes.`;
    },
  },
  'negative-peace': {
    title: 'La paix négative à tout prix',
    why: (f) =>
      `Le plan vise un accord de paix alors que la menace d'atrocités est crédible (niveau de risque ${f.tier ? BRIEF_TEXT.fr.tiers[f.tier] : 'inconnu'}, stade d'escalade ${BRIEF_TEXT.fr.stages[f.stage]}), et rien n'y dissuade ni ne punit les atrocités (fin de l'impunité, CPI, sanctions, mesures juridiques, menace de déploiement rapide).`,
  },
  'prevention-ends': {
    title: 'Croire la prévention terminée quand la violence commence',
    why: (f) => {
      if (f.planItems === null)
        return f.violence
          ? "Les signaux d'alarme de violence sont levés : la prévention de l'escalade protège encore ceux qui n'ont pas été attaqués."
          : `Un conflit armé est en cours (${f.battleDeaths} morts au combat en ${f.year}) : la prévention de l'escalade détourne les groupes armés des atrocités.`;
      const now = f.violence
        ? "le stade d'escalade est la violence"
        : `un conflit armé est en cours (${f.battleDeaths} morts au combat en ${f.year})`;
      return `${cap(now)}, mais le plan n'a aucune mesure de prévention directe ou de l'escalade en vigueur : seulement des mesures structurelles${f.planItems === 0 ? ' (il n’en a aucune)' : ''}.`;
    },
  },
  'growth-inequality': {
    title: 'Une croissance qui peut creuser les inégalités horizontales',
    why: (f) =>
      f.quoted
        ? `Le plan promeut la croissance économique (${q(f.quoted, '« ', ' »')}) sans mesure réduisant les inégalités horizontales (${f.inequality})${f.driver ? `, alors que ${f.driver.name} obtient ${Math.round(f.driver.score)}` : ''}.`
        : `${f.driver?.name} obtient ${Math.round(f.driver?.score ?? 0)} : les mesures de croissance doivent s'accompagner de mesures contre les inégalités horizontales.`,
  },
  'security-capacity': {
    title: 'Des capacités de sécurité qui peuvent servir aux atrocités',
    why: (f) =>
      f.quoted
        ? `Le plan renforce les capacités de sécurité (${q(f.quoted, '« ', ' »')}) alors que les forces de l'État (${f.state.name}) ont causé ${f.state.deaths} morts civils sur la période.`
        : `Les forces de l'État (${f.state.name}) ont causé ${f.state.deaths} morts civils sur la période : un appui au secteur de la sécurité peut nourrir leurs capacités.`,
  },
  'embargo-disarms-victims': {
    title: 'Un embargo visant toutes les parties peut désarmer les victimes',
    why: (f) =>
      `${q(f.quoted, '« ', ' »')} s'applique à toutes les parties, alors que ${killed.fr(f.killer)} : les personnes attaquées perdent les moyens de se protéger (Bosnie 1992-1995).`,
  },
  'hate-speech-press-freedom': {
    title: 'Freiner les discours de haine ou protéger la liberté de la presse',
    why: (f) =>
      `Le plan restreint la parole (${q(f.quoted, '« ', ' »')}) sans rien qui protège la liberté de la presse (${f.press}) : les restrictions peuvent aussi faire taire les voix contraires.`,
  },
  'rewarding-atrocities': {
    title: 'Des incitations qui peuvent récompenser les atrocités',
    why: (f) =>
      `${q(f.quoted, '« ', ' »')} ${f.quoted.length > 1 ? 'offrent' : 'offre'} des incitations à ceux qui attaquent des civils pendant que la violence se poursuit : des groupes armés peuvent commettre des atrocités pour « gagner » une place à la table.`,
  },
  'peacetime-blind-spot': {
    title: 'Une alerte précoce fixée sur les conflits armés',
    why: (f) =>
      `Il n'y a pas de conflit armé, mais le niveau de risque est ${f.tier ? BRIEF_TEXT.fr.tiers[f.tier] : 'inconnu'} : la plupart des atrocités en temps de paix relèvent de la répression dirigée par l'État, de la violence intercommunautaire ou des représailles d'après-guerre.`,
  },
};

const es: Words = {
  'blind-neutrality': {
    title:
      'Neutralidad ciega: todas las partes tratadas por igual cuando la violencia es unilateral',
    why: (f) => {
      const who = killed.es(f.killer);
      return f.quoted
        ? `${who}; aun así, ${q(f.quoted, '«', '»')} ${f.quoted.length > 1 ? 'se dirigen' : 'se dirige'} por igual a todas las partes.`
        : `${who}: medidas dirigidas por igual a todas las partes las tratarían como moralmente equivalentes.`;
    },
  },
  'negative-peace': {
    title: 'Paz negativa a cualquier precio',
    why: (f) =>
      `El plan busca un acuerdo de paz cuando la amenaza de atrocidades es creíble (nivel de riesgo ${f.tier ? BRIEF_TEXT.es.tiers[f.tier] : 'desconocido'}, fase de escalada ${BRIEF_TEXT.es.stages[f.stage]}), y nada en él disuade ni castiga las atrocidades (fin de la impunidad, la CPI, sanciones, medidas jurídicas, amenaza de despliegue rápido).`,
  },
  'prevention-ends': {
    title: 'Dar la prevención por terminada cuando empieza la violencia',
    why: (f) => {
      if (f.planItems === null)
        return f.violence
          ? 'Hay señales de alarma de violencia: la prevención de la escalada aún protege a quienes no han sido atacados.'
          : `Hay un conflicto armado en curso (${f.battleDeaths} muertes en combate en ${f.year}): la prevención de la escalada aparta a los grupos armados de las atrocidades.`;
      const now = f.violence
        ? 'la fase de escalada es la violencia'
        : `hay un conflicto armado en curso (${f.battleDeaths} muertes en combate en ${f.year})`;
      return `${cap(now)}, pero el plan no tiene en vigor ninguna medida de prevención directa ni de la escalada: solo estructurales${f.planItems === 0 ? ' (no tiene ninguna)' : ''}.`;
    },
  },
  'growth-inequality': {
    title: 'Un crecimiento que puede ahondar las desigualdades horizontales',
    why: (f) =>
      f.quoted
        ? `El plan promueve el crecimiento económico (${q(f.quoted, '«', '»')}) sin ninguna medida que reduzca las desigualdades horizontales (${f.inequality})${f.driver ? `, aunque ${f.driver.name} puntúa ${Math.round(f.driver.score)}` : ''}.`
        : `${f.driver?.name} puntúa ${Math.round(f.driver?.score ?? 0)}: las medidas de crecimiento necesitan a su lado medidas contra la desigualdad horizontal.`,
  },
  'security-capacity': {
    title: 'Capacidad de seguridad que puede usarse para atrocidades',
    why: (f) =>
      f.quoted
        ? `El plan refuerza la capacidad de seguridad (${q(f.quoted, '«', '»')}) mientras las fuerzas del Estado (${f.state.name}) causaron ${f.state.deaths} muertes civiles en el periodo.`
        : `Las fuerzas del Estado (${f.state.name}) causaron ${f.state.deaths} muertes civiles en el periodo: el apoyo al sector de la seguridad puede alimentar su capacidad.`,
  },
  'embargo-disarms-victims': {
    title: 'Un embargo a todas las partes puede desarmar a las víctimas',
    why: (f) =>
      `${q(f.quoted, '«', '»')} se aplica a todas las partes, mientras ${killed.es(f.killer)}: los atacados pierden los medios para protegerse (Bosnia 1992-1995).`,
  },
  'hate-speech-press-freedom': {
    title: 'Frenar el discurso de odio frente a la libertad de prensa',
    why: (f) =>
      `El plan restringe la expresión (${q(f.quoted, '«', '»')}) sin nada que proteja la libertad de prensa (${f.press}): las restricciones también pueden silenciar las voces contrarias.`,
  },
  'rewarding-atrocities': {
    title: 'Incentivos que pueden premiar las atrocidades',
    why: (f) =>
      `${q(f.quoted, '«', '»')} ${f.quoted.length > 1 ? 'ofrecen' : 'ofrece'} incentivos a quienes atacan a civiles mientras la violencia continúa: los grupos armados pueden cometer atrocidades para «ganarse» un asiento.`,
  },
  'peacetime-blind-spot': {
    title: 'Alerta temprana centrada en los conflictos armados',
    why: (f) =>
      `No hay conflicto armado, pero el nivel de riesgo es ${f.tier ? BRIEF_TEXT.es.tiers[f.tier] : 'desconocido'}: la mayoría de las atrocidades en tiempos de paz son represión dirigida por el Estado, violencia comunitaria o represalias de posguerra.`,
  },
};

const ar: Words = {
  'blind-neutrality': {
    title: 'الحياد الأعمى: معاملة جميع الأطراف بالمثل بينما العنف من طرف واحد',
    why: (f) => {
      const who = killed.ar(f.killer);
      return f.quoted
        ? `${who}، ومع ذلك ${f.quoted.length > 1 ? 'توجَّه' : 'يوجَّه'} ${q(f.quoted, '«', '»')} إلى جميع الأطراف بالتساوي.`
        : `${who}: التدابير الموجهة إلى جميع الأطراف بالتساوي تعاملها على أنها متكافئة أخلاقيًا.`;
    },
  },
  'negative-peace': {
    title: 'السلام السلبي بأي ثمن',
    why: (f) =>
      `تسعى الخطة إلى اتفاق سلام بينما تهديد الفظائع موثوق (مستوى الخطر ${f.tier ? BRIEF_TEXT.ar.tiers[f.tier] : 'غير معروف'}، مرحلة التصعيد ${BRIEF_TEXT.ar.stages[f.stage]})، ولا شيء فيها يردع الفظائع أو يعاقب عليها (إنهاء الإفلات من العقاب، المحكمة الجنائية الدولية، العقوبات، التدابير القانونية، التلويح بالانتشار السريع).`,
  },
  'prevention-ends': {
    title: 'اعتبار الوقاية منتهية حين يبدأ العنف',
    why: (f) => {
      if (f.planItems === null)
        return f.violence
          ? 'إشارات الخطر على العنف قائمة: منع التصعيد ما زال يحمي من لم يتعرضوا للهجوم بعد.'
          : `نزاع مسلح جارٍ (${f.battleDeaths} قتيلًا في المعارك عام ${f.year}): منع التصعيد يُبعد الجماعات المسلحة عن الفظائع.`;
      const now = f.violence
        ? 'مرحلة التصعيد هي العنف'
        : `نزاع مسلح جارٍ (${f.battleDeaths} قتيلًا في المعارك عام ${f.year})`;
      return `${now}، لكن الخطة لا تتضمن أي تدبير نافذ للوقاية المباشرة أو لمنع التصعيد: تدابير هيكلية فقط${f.planItems === 0 ? ' (ولا تتضمن أي تدبير أصلًا)' : ''}.`;
    },
  },
  'growth-inequality': {
    title: 'نمو قد يوسّع أوجه عدم المساواة الأفقية',
    why: (f) =>
      f.quoted
        ? `تعزز الخطة النمو الاقتصادي (${q(f.quoted, '«', '»')}) دون أي تدبير يحد من أوجه عدم المساواة الأفقية (${f.inequality})${f.driver ? `، مع أن درجة ${f.driver.name} هي ${Math.round(f.driver.score)}` : ''}.`
        : `درجة ${f.driver?.name} هي ${Math.round(f.driver?.score ?? 0)}: تحتاج تدابير النمو إلى تدابير ضد عدم المساواة الأفقية إلى جانبها.`,
  },
  'security-capacity': {
    title: 'قدرات أمنية قد تُستخدم في الفظائع',
    why: (f) =>
      f.quoted
        ? `تبني الخطة قدرات أمنية (${q(f.quoted, '«', '»')}) بينما تسببت قوات الدولة (${f.state.name}) في ${f.state.deaths} حالة وفاة بين المدنيين خلال الفترة.`
        : `تسببت قوات الدولة (${f.state.name}) في ${f.state.deaths} حالة وفاة بين المدنيين خلال الفترة: دعم قطاع الأمن قد يغذي قدراتها.`,
  },
  'embargo-disarms-victims': {
    title: 'حظر على جميع الأطراف قد يجرّد الضحايا من السلاح',
    why: (f) =>
      `${q(f.quoted, '«', '»')} يسري على جميع الأطراف، بينما ${killed.ar(f.killer)}: يفقد من يتعرضون للهجوم وسائل حماية أنفسهم (البوسنة 1992-1995).`,
  },
  'hate-speech-press-freedom': {
    title: 'الحد من خطاب الكراهية مقابل حرية الصحافة',
    why: (f) =>
      `تقيّد الخطة التعبير (${q(f.quoted, '«', '»')}) دون ما يحمي حرية الصحافة (${f.press}): قد تُسكت القيود الأصوات المعارضة أيضًا.`,
  },
  'rewarding-atrocities': {
    title: 'حوافز قد تكافئ الفظائع',
    why: (f) =>
      `${q(f.quoted, '«', '»')} ${f.quoted.length > 1 ? 'تقدم' : 'يقدم'} حوافز لمن يهاجمون المدنيين بينما العنف جارٍ: قد ترتكب الجماعات المسلحة فظائع «لكسب» مقعد.`,
  },
  'peacetime-blind-spot': {
    title: 'إنذار مبكر منحصر في النزاعات المسلحة',
    why: (f) =>
      `لا يوجد نزاع مسلح، ومع ذلك فمستوى الخطر ${f.tier ? BRIEF_TEXT.ar.tiers[f.tier] : 'غير معروف'}: معظم الفظائع في زمن السلم قمع توجهه الدولة أو عنف مجتمعي أو انتقام ما بعد الحرب.`,
  },
};

const WORDS: Readonly<Record<BriefLanguage, Words>> = { en, fr, es, ar };

/** A warning's title and reason in a language. */
export function pitfallText(
  f: PitfallFacts,
  lang: BriefLanguage = 'en',
): { title: string; why: string } {
  const w = WORDS[lang][f.check] as { title: string; why: (x: PitfallFacts) => string };
  return { title: w.title, why: w.why(f) };
}
