import type { ClassifierSpec } from './classifier-1';
import type { IndicatorId } from './indicators';

/** What the classifier reads of an event: imported (GED, ACLED, GDELT) or a field report. */
export interface ClassifiableEvent {
  /** `one-sided`, `Battles: Armed clash`, `cameo:1821`, or a report's own type. */
  readonly type: string | null;
  readonly civiliansTargeted: boolean;
  readonly text: string | null;
}

/** One indicator found in an event, and why: the field or the term that matched. */
export interface IndicatorHit {
  readonly indicator: IndicatorId;
  readonly via: 'field' | 'lexicon';
  readonly evidence: string;
}

const ARABIC_DIACRITICS = /[\u064B-\u065F\u0670\u0640]/g;

/** Lower case, accents and Arabic diacritics removed, Arabic letter variants folded. */
export function normaliseText(s: string): string {
  return s
    .toLowerCase()
    .normalize('NFD')
    .replace(/\p{Mn}/gu, '')
    .replace(ARABIC_DIACRITICS, '')
    .replace(/[أإآٱ]/g, 'ا')
    .replace(/ة/g, 'ه')
    .replace(/ى/g, 'ي')
    .replace(/[’`]/g, "'");
}

interface CompiledTerm {
  readonly indicator: IndicatorId;
  readonly source: string;
  readonly re: RegExp;
}

export interface Classifier {
  readonly version: string;
  classify(e: ClassifiableEvent): IndicatorHit[];
}

const ARABIC = /[\u0600-\u06FF]/;

/** Compiles a classifier spec once; `classify` is then a pure function of the event. */
export function compileClassifier(spec: ClassifierSpec): Classifier {
  const terms: CompiledTerm[] = [];
  for (const lang of Object.values(spec.lexicon))
    for (const [indicator, list] of Object.entries(lang) as Array<[IndicatorId, string[]]>)
      for (const t of list) {
        const src = normaliseText(t);
        // Latin terms start a word; Arabic ones may follow a clitic (و، ب، ل، ال).
        const start = ARABIC.test(src) ? '' : '(?<![\\p{L}\\p{N}])';
        terms.push({ indicator, source: t, re: new RegExp(start + src, 'gu') });
      }
  const negation = new RegExp(
    `(?:^| )(?:${spec.negations.map(normaliseText).join('|')})(?: |$)`,
    'u',
  );
  const negated = (text: string, at: number): boolean => {
    const before = text
      .slice(Math.max(0, at - 40), at)
      .split(/[^\p{L}']+/u)
      .filter(Boolean);
    return negation.test(` ${before.slice(-3).join(' ')} `);
  };
  const cameoKeys = Object.keys(spec.cameo).sort((a, b) => b.length - a.length);
  return {
    version: spec.version,
    classify(e) {
      const hits = new Map<IndicatorId, IndicatorHit>();
      const add = (indicator: IndicatorId, via: IndicatorHit['via'], evidence: string) => {
        if (!hits.has(indicator)) hits.set(indicator, { indicator, via, evidence });
      };
      const type = e.type ?? '';
      for (const i of spec.ucdp[type] ?? []) add(i, 'field', `type_of_violence=${type}`);
      if (type.includes(': ')) {
        const [eventType] = type.split(': ');
        for (const i of spec.acled[type] ?? spec.acled[`${eventType}: *`] ?? [])
          add(i, 'field', `event_type=${type}`);
      }
      if (type.startsWith('cameo:')) {
        const code = type.slice(6);
        const key = cameoKeys.find((k) => code.startsWith(k));
        for (const i of key ? spec.cameo[key]! : []) add(i, 'field', `cameo=${code}`);
      }
      if (e.civiliansTargeted) add('civilians_targeted', 'field', 'civilian_targeting');
      if (e.text) {
        const text = normaliseText(e.text);
        for (const t of terms) {
          if (hits.has(t.indicator)) continue;
          t.re.lastIndex = 0;
          for (let m = t.re.exec(text); m; m = t.re.exec(text))
            if (!negated(text, m.index)) {
              add(t.indicator, 'lexicon', m[0].trim());
              break;
            }
        }
      }
      return [...hits.values()];
    },
  };
}
