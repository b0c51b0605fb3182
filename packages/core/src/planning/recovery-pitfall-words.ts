import { BRIEF_TEXT, type BriefLanguage } from '../briefs/brief-text';
import type { Stage } from '../escalation/indicators';

/**
 * The pitfalls of response and recovery measures (issue 23 item 3; the supplement's tensions
 * TEN.L1 and TEN.L2), in English, French, Spanish and Arabic: an amnesty that leaves atrocity
 * crimes unpunished, and a return of the displaced pressed while it is not yet safe.
 */
export type RecoveryFacts =
  | {
      readonly check: 'amnesty-accountability';
      readonly quoted: readonly string[];
      /** The plan's accountability measure, when it has one. */
      readonly accountability: string | null;
    }
  | {
      readonly check: 'premature-return';
      readonly quoted: readonly string[];
      readonly stage: Stage;
      readonly armedConflict: boolean;
      /** Civilian deaths in attacks recorded in the window. */
      readonly civilianDeaths: number;
    };

type Check = RecoveryFacts['check'];
type Of<C extends Check> = Extract<RecoveryFacts, { check: C }>;
type Words = {
  readonly [C in Check]: { readonly title: string; readonly why: (f: Of<C>) => string };
};

const q = (items: readonly string[], open: string, close: string) =>
  items.map((s) => `${open}${s}${close}`).join(', ');

/** Why it is not yet safe to return, in each language. */
const unsafe: Readonly<Record<BriefLanguage, (f: Of<'premature-return'>) => string>> = {
  en: (f) =>
    f.stage === 'violence'
      ? 'the escalation stage is violence'
      : f.armedConflict
        ? 'armed conflict is under way'
        : f.civilianDeaths > 0
          ? `${f.civilianDeaths} civilians were killed in attacks recorded in the window`
          : `the escalation stage is ${f.stage}`,
  fr: (f) =>
    f.stage === 'violence'
      ? "le stade d'escalade est la violence"
      : f.armedConflict
        ? 'un conflit armé est en cours'
        : f.civilianDeaths > 0
          ? `${f.civilianDeaths} civils ont été tués dans des attaques recensées sur la période`
          : `le stade d'escalade est : ${BRIEF_TEXT.fr.stages[f.stage]}`,
  es: (f) =>
    f.stage === 'violence'
      ? 'la etapa de escalada es la violencia'
      : f.armedConflict
        ? 'hay un conflicto armado en curso'
        : f.civilianDeaths > 0
          ? `${f.civilianDeaths} civiles murieron en ataques registrados en el periodo`
          : `la etapa de escalada es: ${BRIEF_TEXT.es.stages[f.stage]}`,
  ar: (f) =>
    f.stage === 'violence'
      ? 'مرحلة التصعيد هي العنف'
      : f.armedConflict
        ? 'نزاع مسلح جارٍ'
        : f.civilianDeaths > 0
          ? `قُتل ${f.civilianDeaths} مدنيًا في هجمات مسجلة خلال الفترة`
          : `مرحلة التصعيد: ${BRIEF_TEXT.ar.stages[f.stage]}`,
};

const en: Words = {
  'amnesty-accountability': {
    title: 'An amnesty against accountability for atrocity crimes',
    why: (f) =>
      f.accountability
        ? `${q(f.quoted, '"', '"')} sits beside "${f.accountability}": say whom the amnesty covers and keep genocide, crimes against humanity and war crimes out of it, as the United Nations does not endorse amnesties for them.`
        : `${q(f.quoted, '"', '"')} bars prosecutions and nothing in the plan holds anyone to account: the United Nations does not endorse amnesties for genocide, crimes against humanity or war crimes, and impunity can fuel recurrence.`,
  },
  'premature-return': {
    title: 'Return of the displaced before it is safe',
    why: (f) =>
      `The plan includes ${q(f.quoted, '"', '"')} while ${unsafe.en(f)}: people pressed to go home while the violence or those who committed it remain face new attacks; return must be voluntary, in safety and dignity.`,
  },
};

const fr: Words = {
  'amnesty-accountability': {
    title: "Une amnistie contre l'obligation de rendre des comptes pour les atrocités criminelles",
    why: (f) =>
      f.accountability
        ? `${q(f.quoted, '« ', ' »')} figure à côté de « ${f.accountability} » : précisez qui l'amnistie couvre et excluez-en le génocide, les crimes contre l'humanité et les crimes de guerre, pour lesquels les Nations Unies n'admettent pas d'amnistie.`
        : `${q(f.quoted, '« ', ' »')} interdit les poursuites et rien dans le plan n'oblige quiconque à rendre des comptes : les Nations Unies n'admettent pas d'amnistie pour le génocide, les crimes contre l'humanité ou les crimes de guerre, et l'impunité peut nourrir la récidive.`,
  },
  'premature-return': {
    title: 'Un retour des personnes déplacées avant qu’il soit sûr',
    why: (f) =>
      `Le plan prévoit ${q(f.quoted, '« ', ' »')} alors que ${unsafe.fr(f)} : les personnes poussées à rentrer tant que la violence ou ses auteurs demeurent s'exposent à de nouvelles attaques ; le retour doit être volontaire, dans la sécurité et la dignité.`,
  },
};

const es: Words = {
  'amnesty-accountability': {
    title: 'Una amnistía frente a la rendición de cuentas por los crímenes atroces',
    why: (f) =>
      f.accountability
        ? `${q(f.quoted, '«', '»')} figura junto a «${f.accountability}»: indique a quién cubre la amnistía y excluya el genocidio, los crímenes de lesa humanidad y los crímenes de guerra, para los que las Naciones Unidas no admiten amnistías.`
        : `${q(f.quoted, '«', '»')} impide los procesos y nada en el plan obliga a nadie a rendir cuentas: las Naciones Unidas no admiten amnistías por genocidio, crímenes de lesa humanidad o crímenes de guerra, y la impunidad puede alimentar la repetición.`,
  },
  'premature-return': {
    title: 'El retorno de los desplazados antes de que sea seguro',
    why: (f) =>
      `El plan incluye ${q(f.quoted, '«', '»')} mientras ${unsafe.es(f)}: quienes son empujados a volver mientras persisten la violencia o sus autores se exponen a nuevos ataques; el retorno debe ser voluntario, en condiciones de seguridad y dignidad.`,
  },
};

const ar: Words = {
  'amnesty-accountability': {
    title: 'عفو يتعارض مع المساءلة عن الجرائم الفظيعة',
    why: (f) =>
      f.accountability
        ? `${q(f.quoted, '«', '»')} إلى جانب «${f.accountability}»: حدِّدوا من يشمله العفو واستثنوا منه الإبادة الجماعية والجرائم ضد الإنسانية وجرائم الحرب، إذ لا تقرّ الأمم المتحدة العفو عنها.`
        : `${q(f.quoted, '«', '»')} يمنع الملاحقة القضائية ولا شيء في الخطة يحاسب أحدًا: لا تقرّ الأمم المتحدة العفو عن الإبادة الجماعية أو الجرائم ضد الإنسانية أو جرائم الحرب، والإفلات من العقاب قد يغذي التكرار.`,
  },
  'premature-return': {
    title: 'عودة النازحين قبل أن تصبح آمنة',
    why: (f) =>
      `تتضمن الخطة ${q(f.quoted, '«', '»')} بينما ${unsafe.ar(f)}: من يُدفعون إلى العودة ما دام العنف أو مرتكبوه قائمين يتعرضون لهجمات جديدة؛ يجب أن تكون العودة طوعية وفي أمان وكرامة.`,
  },
};

const WORDS: Readonly<Record<BriefLanguage, Words>> = { en, fr, es, ar };

/** A response or recovery warning's title and reason in a language. */
export function recoveryPitfallText(
  f: RecoveryFacts,
  lang: BriefLanguage = 'en',
): { title: string; why: string } {
  const w = WORDS[lang][f.check] as { title: string; why: (x: RecoveryFacts) => string };
  return { title: w.title, why: w.why(f) };
}
