import { describe, expect, it } from 'vitest';
import { seededRandom } from './elastic-net';
import { plattFit, sigmoid } from './logistic';

describe('Platt calibration', () => {
  it('recovers how an over-confident model distorts its probabilities', () => {
    // True risk = sigmoid(z); the model reports sigmoid(2z + 1): too extreme and too high.
    const rand = seededRandom(11);
    const n = 20000;
    const reported = new Float64Array(n);
    const outcome = new Float64Array(n);
    for (let i = 0; i < n; i++) {
      const z = -3 + 2 * rand();
      reported[i] = sigmoid(2 * z + 1);
      outcome[i] = rand() < sigmoid(z) ? 1 : 0;
    }
    // logit(true) = z = (logit(reported) - 1) / 2: a = -0.5, b = 0.5.
    const { a, b } = plattFit(reported, outcome);
    expect(a).toBeCloseTo(-0.5, 1);
    expect(b).toBeCloseTo(0.5, 1);
  });
});
