import { describe, expect, it } from 'vitest';
import { FEATURE_SPECS } from './index';
import { predictorLineage } from './lineage';
import { LENS_OPEN } from './lens-open.spec';

describe('predictor lineage', () => {
  it('traces a predictor back to the stored variables it is built of, with the notes on how', () => {
    const coup = predictorLineage(LENS_OPEN, 'coup.try.5yr');
    expect(coup.sources).toEqual([
      { kind: 'vdem', dataset: 'V-Dem v14 lite, key variables', variables: ['e_pt_coup'] },
    ]);
    expect(coup.notes).toContain('V-Dem codes coups to 2020; later years count as none');
    expect(predictorLineage(LENS_OPEN, 'year').sources).toEqual([
      { kind: 'year', dataset: 'the calendar year', variables: [] },
    ]);
  });

  it('finds a source for every labelled predictor of every spec', () => {
    for (const spec of Object.values(FEATURE_SPECS))
      for (const column of Object.keys(spec.labels ?? {}))
        expect(
          predictorLineage(spec, column).sources.length,
          `${spec.id} ${column}`,
        ).toBeGreaterThan(0);
  });
});
