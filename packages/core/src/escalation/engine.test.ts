import { describe, expect, it } from 'vitest';
import { LensError } from '../domain/errors';
import type { IndicatorId } from './indicators';
import { runRules, stageAt, type EscalationEvent } from './engine';
import { parseRuleSet, RULES_1, type RuleSet } from './rules';

let n = 0;
const ev = (
  date: string,
  indicators: IndicatorId[],
  o: Partial<
    Pick<
      EscalationEvent,
      | 'deaths'
      | 'admin1Code'
      | 'perpetrator'
      | 'target'
      | 'iso3'
      | 'corroborated'
      | 'reportsAccountability'
    >
  > = {},
): EscalationEvent => ({
  ref: `test:${++n}`,
  date,
  iso3: o.iso3 ?? 'XYZ',
  admin1Code: o.admin1Code === undefined ? 'XY-1' : o.admin1Code,
  admin1Name: 'Province One',
  deaths: o.deaths === undefined ? 3 : o.deaths,
  perpetrator: o.perpetrator ?? 'Army',
  target: o.target ?? null,
  hits: indicators.map((indicator) => ({ indicator, via: 'field' as const, evidence: 'test' })),
  summary: 'test',
  corroborated: o.corroborated ?? true,
  reportsAccountability: o.reportsAccountability ?? true,
});
const only = (id: string): RuleSet => ({
  ...RULES_1,
  rules: RULES_1.rules.filter((r) => r.id === id),
});
const noTiers = { tierOf: () => null };

describe('escalation rules', () => {
  it('flags impunity when no accountability follows within 30 days, and not when it does', () => {
    const attack = ev('2020-01-10', ['civilians_targeted']);
    const [flag] = runRules(only('impunity'), [attack], '2020-12-31', noTiers);
    expect(flag).toMatchObject({
      ruleId: 'impunity',
      raisedOn: '2020-02-09',
      stage: 'violence',
      firstEventDate: '2020-01-10',
    });
    // An arrest in the same province on day 20 ends it; one in another province does not.
    const arrest = ev('2020-01-30', ['accountability']);
    expect(runRules(only('impunity'), [attack, arrest], '2020-12-31', noTiers)).toEqual([]);
    const elsewhere = ev('2020-01-30', ['accountability'], { admin1Code: 'XY-2' });
    expect(runRules(only('impunity'), [attack, elsewhere], '2020-12-31', noTiers)).toHaveLength(1);
    // Not yet: as of day 29 the 30 days have not passed.
    expect(runRules(only('impunity'), [attack], '2020-02-08', noTiers)).toEqual([]);
  });

  it('flags trial massacres: three small attacks by one perpetrator within 90 days, unpunished', () => {
    const a = [
      ev('2020-03-01', ['civilians_targeted'], { deaths: 4 }),
      ev('2020-03-20', ['civilians_targeted'], { deaths: 2 }),
      ev('2020-04-15', ['civilians_targeted'], { deaths: 6 }),
    ];
    const [tm] = runRules(only('trial-massacre'), a, '2020-12-31', noTiers);
    expect(tm).toMatchObject({
      raisedOn: '2020-04-15',
      firstEventDate: '2020-03-01',
      severity: 'critical',
    });
    expect(tm!.context.group).toBe('perpetrator: Army');
    // Different perpetrators, a large massacre, or an arrest: no trial-massacre flag.
    const mixed = a.map((e, i) => ({ ...e, perpetrator: `Group ${i}` }));
    expect(runRules(only('trial-massacre'), mixed, '2020-12-31', noTiers)).toEqual([]);
    const big = [...a.slice(0, 2), ev('2020-04-15', ['civilians_targeted'], { deaths: 80 })];
    expect(runRules(only('trial-massacre'), big, '2020-12-31', noTiers)).toEqual([]);
    const punished = [...a, ev('2020-03-10', ['accountability'])];
    expect(runRules(only('trial-massacre'), punished, '2020-12-31', noTiers)).toEqual([]);
    // The same target group, named in reports, links attacks by different perpetrators.
    const sameTarget = mixed.map((e) => ({ ...e, target: 'Rohingya' }));
    expect(
      runRules(only('trial-massacre'), sameTarget, '2020-12-31', noTiers)[0]?.context.group,
    ).toBe('target: Rohingya');
  });

  it('raises a crisis alert for a coup only where the tier of the year before was high or extreme', () => {
    const coup = ev('2021-02-01', ['coup'], { admin1Code: null });
    const years: number[] = [];
    const high = {
      tierOf: (_iso3: string, year: number) => {
        years.push(year);
        return { tier: 'high' as const, score: 70, year };
      },
    };
    const [alert] = runRules(only('crisis-high-risk'), [coup], '2021-12-31', high);
    expect(alert).toMatchObject({ stage: 'crisis', raisedOn: '2021-02-01', admin1Code: null });
    expect(alert!.context).toMatchObject({ tier: 'high', tierYear: 2020 });
    expect(years).toEqual([2020]);
    const low = {
      tierOf: (_i: string, year: number) => ({ tier: 'low' as const, score: 20, year }),
    };
    expect(runRules(only('crisis-high-risk'), [coup], '2021-12-31', low)).toEqual([]);
  });

  it('merges firings close in time into one episode and holds the stage for a year', () => {
    const evs = ['2020-01-01', '2020-02-01', '2020-03-01'].map((d) =>
      ev(d, ['civilians_targeted'], { deaths: 20 }),
    );
    const eps = runRules(only('mass-killing'), evs, '2021-12-31', noTiers);
    expect(eps).toHaveLength(1);
    expect(eps[0]!.events).toHaveLength(3);
    expect(stageAt(eps, '2020-06-01')).toBe('violence');
    expect(stageAt(eps, '2021-03-02')).toBe('none');
    expect(stageAt(eps, '2019-12-31')).toBe('none');
  });

  it('reads impunity as "accountability unknown" where no source could have recorded accountability', () => {
    // GED-like coded rows: no text, so no source that could report an arrest or a trial.
    const coded = ev('2020-01-10', ['civilians_targeted'], { reportsAccountability: false });
    const [flag] = runRules(only('impunity'), [coded], '2020-12-31', noTiers);
    expect(flag).toMatchObject({ basis: 'accountability_unknown' });
    expect(flag!.context.accountability).toBe('unknown');
    expect(stageAt([flag!], '2020-03-01')).toBe('none');
    // A text source reporting in the country in the period: now "none recorded" is known.
    const news = ev('2020-01-20', ['armed_contest'], { admin1Code: 'XY-3' });
    const [known] = runRules(only('impunity'), [coded, news], '2020-12-31', noTiers);
    expect(known).toMatchObject({ basis: 'evidence' });
    expect(known!.context.accountability).toBe('none recorded');
    expect(stageAt([known!], '2020-03-01')).toBe('violence');
  });

  it('lets unverified reports alone ask for verification without moving the stage', () => {
    const unverified = ev('2020-05-01', ['civilians_targeted'], {
      deaths: 14,
      corroborated: false,
    });
    const [ep] = runRules(only('mass-killing'), [unverified], '2020-12-31', noTiers);
    expect(ep).toMatchObject({ basis: 'to_verify', stage: 'violence' });
    expect(stageAt([ep!], '2020-05-02')).toBe('none');
    // Verified (or corroborated by a published dataset's event), it counts fully.
    const verified = { ...unverified, corroborated: true };
    const [ok] = runRules(only('mass-killing'), [verified], '2020-12-31', noTiers);
    expect(ok).toMatchObject({ basis: 'evidence' });
    expect(stageAt([ok!], '2020-05-02')).toBe('violence');
    // An episode with one event on evidence is evidence as a whole.
    const later = ev('2020-05-20', ['civilians_targeted'], { deaths: 12 });
    const [mixed] = runRules(only('mass-killing'), [unverified, later], '2020-12-31', noTiers);
    expect(mixed).toMatchObject({ basis: 'evidence' });
  });

  it('refuses an edited rule set naming every bad field', () => {
    const bad = JSON.parse(JSON.stringify(RULES_1)) as {
      version: string;
      rules: Array<Record<string, unknown>>;
    };
    bad.version = 'mine@2';
    bad.rules[0]!.withinDays = -1;
    bad.rules[1]!.indicators = ['not-an-indicator'];
    bad.rules[2]!.kind = 'magic';
    try {
      parseRuleSet(bad);
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(LensError);
      expect(Object.keys((e as LensError).details ?? {}).sort()).toEqual([
        'rules[0].withinDays',
        'rules[1].indicators',
        'rules[2].kind',
      ]);
    }
    expect(parseRuleSet(JSON.parse(JSON.stringify(RULES_1)))).toEqual(RULES_1);
  });
});
