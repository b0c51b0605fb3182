import type { FeatureSpec, FeatureStep } from './spec';

/** Where a predictor comes from: the source variables it is built of, and how. */
export interface PredictorLineage {
  /** The dataset inputs, as the spec describes them, with the variables read from each. */
  readonly sources: ReadonlyArray<{
    /** The dataset's kind (`vdem`, `wdi`...), or `year` for the calendar year itself. */
    readonly kind: string;
    readonly dataset: string;
    readonly variables: string[];
  }>;
  /** The spec's notes on the steps that build it (why each transformation), in order. */
  readonly notes: readonly string[];
}

/** The columns a step reads. */
function reads(s: FeatureStep): string[] {
  switch (s.op) {
    case 'input':
    case 'year':
      return [];
    case 'anyOne':
      return [...s.of];
    case 'subtract':
      return [s.a, s.b];
    case 'cumsum':
      return [s.of, s.startColumn];
    case 'impute':
      return [s.column, s.proxy];
    case 'fill':
    case 'fillMissing':
    case 'set':
      return [s.column];
    default:
      return [s.of];
  }
}

/** The column a step writes. */
const writes = (s: FeatureStep): string => ('as' in s ? s.as : s.column);

/**
 * A predictor's lineage, traced through the spec's steps back to the stored variables it is built
 * of (issue 20 item 2: every model variable with its source). Steps are data, so this is exact.
 */
export function predictorLineage(spec: FeatureSpec, column: string): PredictorLineage {
  const wanted = new Set([column]);
  const inputs: Array<{ kind: string; variable: string }> = [];
  const notes: string[] = [];
  // Walk back from the last step: a step that writes a wanted column adds what it reads.
  for (let i = spec.steps.length - 1; i >= 0; i--) {
    const s = spec.steps[i]!;
    if (!wanted.has(writes(s))) continue;
    if (s.op === 'input') inputs.push({ kind: s.kind, variable: s.variable });
    if (s.op === 'year') inputs.push({ kind: 'year', variable: 'year' });
    for (const c of reads(s)) wanted.add(c);
    if (s.note && !notes.includes(s.note)) notes.unshift(s.note);
  }
  const byDataset = new Map<string, { kind: string; variables: string[] }>();
  for (const x of inputs.reverse()) {
    const dataset =
      x.kind === 'year'
        ? 'the calendar year'
        : (spec.inputs.find((d) => d.kind === x.kind)?.description ?? x.kind);
    const entry = byDataset.get(dataset) ?? { kind: x.kind, variables: [] };
    if (x.kind !== 'year' && !entry.variables.includes(x.variable))
      entry.variables.push(x.variable);
    byDataset.set(dataset, entry);
  }
  return {
    sources: [...byDataset].map(([dataset, e]) => ({
      kind: e.kind,
      dataset,
      variables: e.variables,
    })),
    notes,
  };
}
