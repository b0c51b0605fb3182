import { describe, expect, it } from 'vitest';
import { buildFeatureTable, featureOutput, leastSquares, type FeatureData } from './engine';
import type { FeatureSpec, FeatureStep } from './spec';
import { EWP_2025, LENS_OPEN } from '.';

/** A panel of two countries (keys 1 and 2) over 2000-2004, with one input variable `x`. */
function data(x: Record<string, number>): FeatureData {
  const panel = new Map<string, number>();
  const keys = new Map<string, number>();
  for (const [iso3, key] of [
    ['AAA', 1],
    ['BBB', 2],
  ] as const)
    for (let y = 2000; y <= 2004; y++) {
      panel.set(`${iso3}|${y}`, 0);
      keys.set(`${iso3}|${y}`, key);
    }
  return {
    values: (kind, variable) =>
      variable === 'key' ? keys : variable === 'here' ? panel : new Map(Object.entries(x)),
  };
}

function run(x: Record<string, number>, steps: FeatureStep[], column: string) {
  const spec: FeatureSpec = {
    id: 't',
    version: '1',
    description: 'test',
    inputs: [],
    panel: { kind: 'ewp-outcomes', key: 'key', presence: 'here' },
    steps: [{ op: 'input', as: 'x', kind: 'vdem', variable: 'x' }, ...steps],
    output: { fromYear: 2000, columns: [{ name: column, column }] },
  };
  const table = buildFeatureTable(spec, data(x));
  return featureOutput(spec, table).rows.map((r) => r[0]);
}

describe('feature engine', () => {
  it('carries values forward and backward only inside a country', () => {
    const x = { 'AAA|2001': 5, 'AAA|2003': 7, 'BBB|2002': 9 };
    expect(run(x, [{ op: 'fill', column: 'x', direction: 'forward' }], 'x')).toEqual([
      NaN,
      5,
      5,
      7,
      7,
      NaN,
      NaN,
      9,
      9,
      9,
    ]);
    expect(run(x, [{ op: 'fill', column: 'x', direction: 'backward' }], 'x')).toEqual([
      5,
      5,
      7,
      7,
      NaN,
      9,
      9,
      9,
      NaN,
      NaN,
    ]);
  });

  it('shifts (lag and lead) inside a country with a value for the edges', () => {
    const x = { 'AAA|2000': 1, 'AAA|2001': 2, 'AAA|2002': 3, 'AAA|2003': 4, 'AAA|2004': 5 };
    expect(
      run(x, [{ op: 'shift', as: 'y', of: 'x', by: 1, missingAs: 0 }], 'y').slice(0, 6),
    ).toEqual([0, 1, 2, 3, 4, 0]);
    expect(run(x, [{ op: 'shift', as: 'y', of: 'x', by: -2 }], 'y').slice(0, 5)).toEqual([
      3,
      4,
      5,
      NaN,
      NaN,
    ]);
  });

  it('flags anything positive in the last n years, and sums from a start year', () => {
    const x = { 'AAA|2000': 1, 'BBB|2004': 1 };
    const withZeros = [{ op: 'fillMissing', column: 'x', value: 0 } as const];
    expect(run(x, [...withZeros, { op: 'recentAny', as: 'y', of: 'x', years: 3 }], 'y')).toEqual([
      1, 1, 1, 0, 0, 0, 0, 0, 0, 1,
    ]);
    expect(
      run(
        x,
        [
          ...withZeros,
          { op: 'year', as: 'start' },
          { op: 'set', column: 'start', countries: ['AAA', 'BBB'], value: 2001 },
          { op: 'cumsum', as: 'y', of: 'x', startColumn: 'start', notBefore: 2000 },
        ],
        'y',
      ),
    ).toEqual([0, 1, 1, 1, 1, 0, 0, 0, 0, 1]);
  });

  it('follows R: comparisons and "any" keep missing values missing', () => {
    const x = { 'AAA|2000': 0, 'AAA|2001': 1 };
    expect(
      run(x, [{ op: 'compare', as: 'y', of: 'x', cmp: 'eq', value: 0 }], 'y').slice(0, 3),
    ).toEqual([1, 0, NaN]);
    expect(run(x, [{ op: 'anyOne', as: 'y', of: ['x'] }], 'y').slice(0, 3)).toEqual([0, 1, NaN]);
    expect(run(x, [{ op: 'anyOne', as: 'y', of: ['x'], missingAs: 0 }], 'y').slice(0, 3)).toEqual([
      0, 1, 0,
    ]);
  });

  it('imputes by least squares from a proxy, and computes growth from the previous row', () => {
    expect(
      leastSquares(Float64Array.from([1, 2, 3, NaN]), Float64Array.from([3, 5, 7, 1])),
    ).toEqual({
      intercept: 1,
      slope: 2,
      n: 3,
    });
    const x = { 'AAA|2000': 100, 'AAA|2001': 110, 'AAA|2002': 99 };
    const growth = run(x, [{ op: 'growth', as: 'g', of: 'x' }], 'g');
    expect(growth[0]).toBeNaN();
    expect(growth[1]).toBeCloseTo(10, 12);
    expect(growth[2]).toBeCloseTo(-10, 12);
  });

  it('refuses a step that uses a column before it is made', () => {
    expect(() => run({}, [{ op: 'map', as: 'y', of: 'nope', fn: 'sqrt' }], 'y')).toThrow(
      /column "nope" is used before it is made/,
    );
  });
});

describe('predictor names', () => {
  it('gives every predictor of both specs a readable name', () => {
    const notPredictors = /^(ewp_name|ccode|iso3|country|mk_onset(_1or2|_1|_2)?|sftgcode)$/;
    for (const spec of [EWP_2025, LENS_OPEN]) {
      const columns = spec.output.columns.map((c) => c.name).filter((n) => !notPredictors.test(n));
      expect(columns.filter((c) => !spec.labels?.[c])).toEqual([]);
    }
  });
});
