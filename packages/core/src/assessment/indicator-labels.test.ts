import { describe, expect, it } from 'vitest';
import { FEATURE_SPECS } from '../features/index';
import { wpsIndicators } from '../wps/wps-spec';
import { INDICATOR_LABELS, labelIn } from './indicator-labels';
import { LENS_SPEC } from './lens-structural-1';

describe('indicator labels in four languages', () => {
  it('names every factor and labels every indicator of the structural lens and the WPS standing in French, Spanish and Arabic', () => {
    const labels = [
      ...LENS_SPEC.factors.flatMap((f) => f.indicators.map((i) => i.label)),
      ...wpsIndicators().map((i) => i.label),
      ...LENS_SPEC.factors.map((f) => f.name),
    ];
    for (const lang of ['fr', 'es', 'ar'] as const)
      expect(
        labels.filter((l) => !INDICATOR_LABELS[lang][l]),
        lang,
      ).toEqual([]);
    expect(labelIn('ar', 'Rule of law index (V-Dem)')).toBe('مؤشر سيادة القانون (V-Dem)');
    expect(labelIn('en', 'Rule of law index (V-Dem)')).toBe('Rule of law index (V-Dem)');
    // A label nobody translated yet reads as written.
    expect(labelIn('fr', 'A new indicator')).toBe('A new indicator');
  });

  it("names every forecasting model's predictors in French, Spanish and Arabic", () => {
    const labels = Object.values(FEATURE_SPECS).flatMap((s) => Object.values(s.labels ?? {}));
    expect(labels.length).toBeGreaterThan(50);
    for (const lang of ['fr', 'es', 'ar'] as const)
      expect(
        labels.filter((l) => labelIn(lang, l) === l),
        lang,
      ).toEqual([]);
    expect(labelIn('es', 'coup attempt in the last five years')).toBe(
      'intento de golpe de Estado en los últimos cinco años',
    );
  });
});
