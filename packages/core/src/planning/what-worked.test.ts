import { describe, expect, it } from 'vitest';
import type { PlanItem } from './plan';
import { experienceIn, judged, whatWorked, type ReviewedPlan } from './what-worked';

const item = (measureId: string, o: Partial<PlanItem> = {}): PlanItem => ({
  measureId,
  actors: [],
  addressedTo: 'perpetrators',
  targets: [],
  start: null,
  end: null,
  status: 'under_way',
  review: null,
  note: null,
  ...o,
});
const review = (outcome: 'worked' | 'partly' | 'did_not_work' | 'too_early', note = 'seen') => ({
  outcome,
  note,
  reviewedOn: '2026-01-01',
});
const plan = (
  iso3: string,
  stage: ReviewedPlan['stage'],
  setting: ReviewedPlan['setting'],
  items: PlanItem[],
): ReviewedPlan => ({
  iso3,
  year: 2025,
  stage,
  setting,
  plan: {
    iso3,
    version: 3,
    createdAt: '2026-01-01T00:00:00Z',
    createdBy: 'analyst',
    body: { objective: 'x', seeksPeaceAgreement: false, reviewOn: null, items },
  },
});

describe('what worked across plans', () => {
  const plans = [
    plan('KEN', 'crisis', 'peacetime', [
      item('CPA.D.DIP.03', { review: review('worked', 'Envoy calmed the rally') }),
      item('CPA.S.SOC.04', { review: review('partly') }),
      item('CPA.D.SAN.01', { status: 'dropped', review: review('did_not_work') }),
    ]),
    plan('CAF', 'violence', 'armed_conflict', [
      item('CPA.D.DIP.03', { review: review('did_not_work') }),
      item('RR.RESP.PRO.01'),
    ]),
    plan('GMB', 'crisis', 'peacetime', [item('CPA.D.DIP.03', { review: review('worked') })]),
  ];

  it('counts reviews by measure and by context, most judged first, leaving dropped items out', () => {
    const rows = whatWorked(plans);
    expect(rows.map((r) => r.measureId)).toEqual([
      'CPA.D.DIP.03',
      'CPA.S.SOC.04',
      'RR.RESP.PRO.01',
    ]);
    const envoys = rows[0]!;
    expect(envoys.tally).toEqual({
      worked: 2,
      partly: 0,
      did_not_work: 1,
      too_early: 0,
      not_reviewed: 0,
    });
    expect(judged(envoys.tally)).toBe(3);
    expect(envoys.evidence.map((e) => e.iso3).sort()).toEqual(['CAF', 'GMB', 'KEN']);
    expect(envoys.evidence.find((e) => e.iso3 === 'KEN')!.note).toBe('Envoy calmed the rally');
    // An item never reviewed is counted apart, and says nothing of the effect.
    expect(rows[2]!.tally.not_reviewed).toBe(1);
    expect(judged(rows[2]!.tally)).toBe(0);
  });

  it('gives a measure its record in one context only', () => {
    const rows = whatWorked(plans);
    expect(experienceIn(rows, 'CPA.D.DIP.03', 'crisis', 'peacetime')?.worked).toBe(2);
    expect(experienceIn(rows, 'CPA.D.DIP.03', 'violence', 'armed_conflict')).toMatchObject({
      worked: 0,
      did_not_work: 1,
    });
    expect(experienceIn(rows, 'CPA.D.DIP.03', 'mobilisation', 'peacetime')).toBeNull();
    // Only unreviewed items there: nothing to show.
    expect(experienceIn(rows, 'RR.RESP.PRO.01', 'violence', 'armed_conflict')).toBeNull();
  });
});
