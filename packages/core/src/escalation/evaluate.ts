import type { Classifier } from './classify';
import type { IndicatorId } from './indicators';
import type { LabelledExample } from './labelled-examples-1';

export interface ClassifierScore {
  readonly indicator: IndicatorId | 'all';
  readonly truePositives: number;
  readonly falsePositives: number;
  readonly falseNegatives: number;
  readonly precision: number | null;
  readonly recall: number | null;
}

export interface ClassifierEvaluation {
  readonly classifier: string;
  readonly examples: number;
  readonly byLanguage: ReadonlyArray<{ lang: string } & Omit<ClassifierScore, 'indicator'>>;
  readonly byIndicator: readonly ClassifierScore[];
  readonly overall: ClassifierScore;
  /** The examples it got wrong, with what it found. */
  readonly errors: ReadonlyArray<{ text: string; expected: string[]; found: string[] }>;
}

const ratio = (a: number, b: number) => (b === 0 ? null : a / b);

function score(
  indicator: IndicatorId | 'all',
  tp: number,
  fp: number,
  fn: number,
): ClassifierScore {
  return {
    indicator,
    truePositives: tp,
    falsePositives: fp,
    falseNegatives: fn,
    precision: ratio(tp, tp + fp),
    recall: ratio(tp, tp + fn),
  };
}

/** Micro-averaged precision and recall of a classifier's text lexicon over labelled examples. */
export function evaluateClassifier(
  classifier: Classifier,
  examples: readonly LabelledExample[],
): ClassifierEvaluation {
  const counts = new Map<IndicatorId, [number, number, number]>();
  const langs = new Map<string, [number, number, number]>();
  const errors: Array<{ text: string; expected: string[]; found: string[] }> = [];
  for (const ex of examples) {
    const found = new Set(
      classifier
        .classify({ type: null, civiliansTargeted: false, text: ex.text })
        .map((h) => h.indicator),
    );
    const expected = new Set(ex.expect);
    const l = langs.get(ex.lang) ?? [0, 0, 0];
    langs.set(ex.lang, l);
    for (const i of new Set([...found, ...expected])) {
      const c = counts.get(i) ?? [0, 0, 0];
      counts.set(i, c);
      const k = found.has(i) ? (expected.has(i) ? 0 : 1) : 2;
      c[k]++;
      l[k]++;
    }
    if (found.size !== expected.size || [...found].some((f) => !expected.has(f)))
      errors.push({ text: ex.text, expected: [...expected], found: [...found] });
  }
  let tp = 0;
  let fp = 0;
  let fn = 0;
  const byIndicator = [...counts.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([i, [a, b, c]]) => {
      tp += a;
      fp += b;
      fn += c;
      return score(i, a, b, c);
    });
  return {
    classifier: classifier.version,
    examples: examples.length,
    byLanguage: [...langs.entries()].map(([lang, [a, b, c]]) => {
      const { indicator: _i, ...rest } = score('all', a, b, c);
      return { lang, ...rest };
    }),
    byIndicator,
    overall: score('all', tp, fp, fn),
    errors,
  };
}
