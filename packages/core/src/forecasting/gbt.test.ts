import { describe, expect, it } from 'vitest';
import { seededRandom } from './elastic-net';
import { fitGbt, gbtLogOdds, GBT_DEFAULTS } from './gbt';
import { aucOf } from './backtest';

/** Risk only where two predictors are both high: an interaction a linear model cannot express. */
function interaction(n: number, seed: number) {
  const rand = seededRandom(seed);
  const x = [0, 1, 2].map(() => Float64Array.from({ length: n }, () => rand()));
  const y = Float64Array.from({ length: n }, (_, i) =>
    rand() < (x[0]![i]! > 0.6 && x[1]![i]! > 0.6 ? 0.6 : 0.03) ? 1 : 0,
  );
  return { x, y };
}

describe('gradient-boosted trees', () => {
  it('learns an interaction and ranks held-out rows well', () => {
    const train = interaction(4000, 1);
    const test = interaction(2000, 2);
    const model = fitGbt(train.x, train.y, { ...GBT_DEFAULTS, trees: 100 });
    const risk = Float64Array.from(
      test.y,
      (_, i) => 1 / (1 + Math.exp(-gbtLogOdds(model, (j) => test.x[j]![i]!))),
    );
    expect(aucOf(risk, test.y)).toBeGreaterThan(0.8);
    // The noise predictor x2 is hardly used.
    const uses = [0, 0, 0];
    for (const t of model.trees) for (const f of t.feature) if (f >= 0) uses[f]! += 1;
    expect(uses[2]!).toBeLessThan(Math.min(uses[0]!, uses[1]!));
  });

  it('attributes each prediction to the features on its paths (the parts add up)', () => {
    const { x, y } = interaction(2000, 3);
    const model = fitGbt(x, y, { ...GBT_DEFAULTS, trees: 50 });
    const attribution = new Float64Array(3);
    const z = gbtLogOdds(model, (j) => x[j]![7]!, attribution);
    const base = model.init + model.trees.reduce((s, t) => s + model.learningRate * t.value[0]!, 0);
    expect(attribution.reduce((a, b) => a + b, 0) + base).toBeCloseTo(z, 10);
  });

  it('is reproducible by seed', () => {
    const { x, y } = interaction(1000, 4);
    expect(fitGbt(x, y, { ...GBT_DEFAULTS, trees: 20 })).toEqual(
      fitGbt(x, y, { ...GBT_DEFAULTS, trees: 20 }),
    );
  });
});
