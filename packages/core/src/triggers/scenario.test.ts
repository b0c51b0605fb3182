import { describe, expect, it } from 'vitest';
import type { EscalationEvent } from '../escalation/engine';
import { readScenario, validateScenario, type Scenario } from './scenario';

const scenario: Scenario = {
  id: 1,
  iso3: 'CAF',
  title: 'Reprisals around Bambari',
  narrative: 'Armed groups attack villages they accuse of supporting their rivals.',
  perpetrators: 'UPC',
  targets: 'villagers',
  places: 'Ouaka',
  watched: ['civilians_targeted', 'militias'],
  createdAt: '2024-01-01T00:00:00Z',
  createdBy: 'ana#2',
  retiredAt: null,
};

const event = (date: string, indicator: string, corroborated = true): EscalationEvent => ({
  ref: `x:${date}:${indicator}`,
  date,
  iso3: 'CAF',
  admin1Code: null,
  admin1Name: null,
  deaths: 3,
  perpetrator: null,
  target: null,
  hits: [{ indicator, via: 'text', value: 'x', label: indicator }] as never,
  summary: '',
  corroborated,
  reportsAccountability: true,
});

describe('scenarios', () => {
  it('lights a watched indicator on evidence in the last 90 days, keeps unverified reports apart, and moves', () => {
    const events = [
      event('2024-01-10', 'civilians_targeted'),
      event('2024-05-02', 'civilians_targeted'),
      event('2024-05-20', 'militias', false),
      event('2024-07-01', 'militias'),
    ];
    const may = readScenario(scenario, events, '2024-05-31');
    expect(may.watched).toEqual([
      {
        indicator: 'civilians_targeted',
        events: 1,
        toVerify: 0,
        lastFired: '2024-05-02',
        lit: true,
      },
      { indicator: 'militias', events: 0, toVerify: 1, lastFired: null, lit: false },
    ]);
    // Ninety days earlier (2 March) the January killing was lit: steady.
    expect(may).toMatchObject({ lit: 1, litBefore: 1, direction: 'steady' });
    // By mid-July both are lit; ninety days earlier (16 April) neither was.
    const july = readScenario(scenario, events, '2024-07-15');
    expect(july).toMatchObject({ lit: 2, litBefore: 0, direction: 'rising' });
    // Nothing after the day read counts.
    expect(readScenario(scenario, events, '2024-06-30').watched[1]!.lastFired).toBeNull();
  });

  it('refuses a scenario with every bad field named', () => {
    expect(() =>
      validateScenario({ ...scenario, title: 'x', watched: ['moon_phase' as never] }),
    ).toThrow(/title must be .*watched must be .*unknown: moon_phase/);
  });
});
