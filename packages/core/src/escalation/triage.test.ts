import { describe, expect, it } from 'vitest';
import type { NewAlert } from '../ports/escalation';
import type { Episode, EscalationEvent } from './engine';
import { triageAlerts } from './triage';

const event = (deaths: number): EscalationEvent => ({
  ref: `t:${deaths}`,
  date: '2020-01-01',
  iso3: 'XYZ',
  admin1Code: 'XY-1',
  admin1Name: 'One',
  deaths,
  perpetrator: null,
  target: null,
  hits: [],
  summary: '',
  corroborated: true,
  reportsAccountability: true,
});
const episode = (deaths: number): Episode => ({
  ruleId: 'mass-killing',
  stage: 'violence',
  severity: 'high',
  alert: true,
  iso3: 'XYZ',
  admin1Code: 'XY-1',
  admin1Name: 'One',
  raisedOn: '2020-01-01',
  firstEventDate: '2020-01-01',
  lastEventDate: '2020-01-01',
  holdsUntil: '2020-12-31',
  events: [event(deaths)],
  context: {},
  basis: 'evidence',
});
const alert = (risk: number | null, raisedAt = '2020-01-01'): NewAlert =>
  ({ kind: 'alert', severity: 'high', risk, iso3: 'XYZ', raisedAt, context: {} }) as NewAlert;

describe('alert triage with the monthly model', () => {
  it('turns alerts below the alarm level into stage signals unless atrocity-scale, and raises high risk', () => {
    const [low, lowButLarge, high, unscored] = triageAlerts([
      { alert: alert(0.01), episode: episode(3), alarm: 0.1 },
      { alert: alert(0.01), episode: episode(40), alarm: 0.1 },
      { alert: alert(0.3), episode: episode(3), alarm: 0.1 },
      { alert: alert(null), episode: episode(3), alarm: 0.1 },
    ]);
    expect(low).toMatchObject({ kind: 'signal' });
    expect(low!.context.triage).toMatch(/alarm level/);
    expect(lowButLarge).toMatchObject({ kind: 'alert', severity: 'high' });
    expect(high).toMatchObject({ kind: 'alert', severity: 'critical' });
    expect(unscored).toMatchObject({ kind: 'alert', severity: 'high' });
    // A massacre of a hundred or more in a province is critical whatever the risk before it.
    const [massacre] = triageAlerts([{ alert: alert(0.01), episode: episode(120), alarm: 0.1 }]);
    expect(massacre).toMatchObject({ kind: 'alert', severity: 'critical' });
  });

  it('keeps a yearly budget per country, the riskiest first', () => {
    const out = triageAlerts(
      [0.2, 0.9, 0.5, 0.3].map((r) => ({ alert: alert(r), episode: episode(3), alarm: 0.15 })),
      2,
    );
    expect(out.map((a) => a.kind)).toEqual(['signal', 'alert', 'alert', 'signal']);
    expect(out[0]!.context.triage).toMatch(/budget/);
  });
});
