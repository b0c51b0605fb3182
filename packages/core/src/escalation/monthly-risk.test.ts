import { describe, expect, it } from 'vitest';
import { seededRandom } from '../forecasting/elastic-net';
import {
  averagePrecision,
  backtestMonthly,
  buildPanel,
  scoreMonthly,
  type MonthlyEvent,
} from './monthly-risk';

/** Ten years of a made-up country: violence in waves in three provinces, battles before them. */
function history(seed = 3): MonthlyEvent[] {
  const rnd = seededRandom(seed);
  const out: MonthlyEvent[] = [];
  for (let y = 2000; y < 2010; y++)
    for (let m = 1; m <= 12; m++) {
      const date = `${y}-${String(m).padStart(2, '0')}-15`;
      for (const [code, phase] of [
        ['P1', 0],
        ['P2', 4],
        ['P3', 8],
      ] as const) {
        const wave = Math.sin(((y - 2000) * 12 + m + phase) / 5);
        if (rnd() < 0.3 + 0.3 * wave)
          out.push({
            date,
            iso3: 'XYZ',
            admin1Code: code,
            civilianDeaths: wave > 0.3 ? Math.round(4 + 20 * rnd()) : 0,
            battleDeaths: Math.round(10 * rnd()),
            civiliansTargeted: wave > 0.3,
            perpetrator: wave > 0.3 ? 'Militia' : null,
          });
      }
    }
  return out;
}

describe('monthly escalation risk', () => {
  it('builds one row per place and month, with the outcome of the next three months', () => {
    const events: MonthlyEvent[] = [
      {
        date: '2020-01-10',
        iso3: 'XYZ',
        admin1Code: 'P1',
        civilianDeaths: 0,
        battleDeaths: 5,
        civiliansTargeted: false,
        perpetrator: null,
      },
      {
        date: '2020-03-05',
        iso3: 'XYZ',
        admin1Code: 'P1',
        civilianDeaths: 12,
        battleDeaths: 0,
        civiliansTargeted: true,
        perpetrator: 'A',
      },
      {
        date: '2020-06-20',
        iso3: 'XYZ',
        admin1Code: null,
        civilianDeaths: 30,
        battleDeaths: 0,
        civiliansTargeted: true,
        perpetrator: 'B',
      },
    ];
    const prov = buildPanel(events, { level: 'admin1' });
    expect(prov.map((r) => r.month)).toEqual([
      '2020-01',
      '2020-02',
      '2020-03',
      '2020-04',
      '2020-05',
      '2020-06',
    ]);
    // January's next three months hold March's 12 dead (province threshold 10); April's do not.
    expect(prov.map((r) => r.y)).toEqual([1, 1, 0, null, null, null]);
    // An event without a province counts for the country only (threshold 25: June's 30 dead).
    const country = buildPanel(events, { level: 'country' });
    expect(country.map((r) => r.y)).toEqual([0, 0, 1, null, null, null]);
    expect(prov.find((r) => r.month === '2020-06')!.civ3).toBe(0);
    expect(country.find((r) => r.month === '2020-06')!.civ3).toBe(30);
  });

  it('uses nothing after a month to predict it (rolling origin, no look-ahead)', () => {
    const events = history();
    const base = backtestMonthly(buildPanel(events, { level: 'admin1' }));
    expect(base.length).toBeGreaterThan(100);
    // Rewrite everything after mid-2007: predictions up to then must not move.
    const cut = '2007-06-30';
    const rewritten = events.map((e) =>
      e.date > cut ? { ...e, civilianDeaths: e.civilianDeaths * 7 + 50, battleDeaths: 0 } : e,
    );
    const changed = backtestMonthly(buildPanel(rewritten, { level: 'admin1' }));
    const before = (rows: typeof base) =>
      new Map(
        rows
          .filter((r) => r.month <= cut.slice(0, 7))
          .map((r) => [`${r.admin1Code}${r.month}`, r.p]),
      );
    const a = before(base);
    const b = before(changed);
    expect(a.size).toBeGreaterThan(50);
    for (const [k, p] of a) expect(b.get(k)).toEqual(p);
    // ...and those after do move (the test can fail).
    expect(changed.filter((r) => r.month > '2008-01').map((r) => r.p.model)).not.toEqual(
      base.filter((r) => r.month > '2008-01').map((r) => r.p.model),
    );
  });

  it('scores the model beside persistence and the rules', () => {
    const scored = backtestMonthly(buildPanel(history(), { level: 'admin1' }));
    const s = scoreMonthly(scored, 'admin1');
    expect(s.positives).toBeGreaterThan(10);
    for (const m of ['model', 'persistence', 'rules'] as const) {
      expect(s.methods[m].brier).toBeGreaterThan(0);
      expect(s.methods[m].brier).toBeLessThan(1);
    }
    // On waves the model learns the cycle that raw persistence cannot.
    expect(s.methods.model.auc).toBeGreaterThan(s.methods.persistence.auc);
  });

  it('computes average precision with ties entering together', () => {
    expect(averagePrecision(Float64Array.of(0.9, 0.8, 0.1), Float64Array.of(1, 0, 1))).toBeCloseTo(
      (1 / 2) * 1 + (1 / 2) * (2 / 3),
    );
    expect(averagePrecision(Float64Array.of(0.5, 0.5), Float64Array.of(1, 0))).toBeCloseTo(0.5);
  });
});
