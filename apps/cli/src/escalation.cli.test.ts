import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect, it } from 'vitest';
import { describeEachDatabase } from '@lens/db/testing';
import { lens } from './run-cli';

const MYANMAR = path.resolve(
  import.meta.dirname,
  '../../../data/bundled/ucdp-ged-24.1-myanmar-mexico/GEDEvent_v24_1_myanmar.csv',
);

interface Row {
  country: string;
  admin1: string | null;
  stage: string;
  rule: string;
  severity: string;
  first_event_date: string;
  raised_at: string;
}

describeEachDatabase('lens escalation and alerts commands', (get) => {
  it('replays the Myanmar GED and lists the Rakhine red flags of late 2016 as JSON', () => {
    const { url } = get();
    expect(lens(url, ['import', 'ucdp-ged', MYANMAR]).code).toBe(0);
    const replay = lens(url, ['escalation', 'replay', '--country', 'MMR']);
    expect(replay.code).toBe(0);
    expect(replay.out).toMatch(/MMR: 7374 events -> \d+ alerts/);
    // --all: every country with stored events, here Myanmar alone.
    const all = lens(url, ['escalation', 'replay', '--all']);
    expect(all.out.match(/^[A-Z]{3}: \d+ events/gm)).toEqual(['MMR: 7374 events']);
    const listed = lens(url, [
      'alerts',
      'list',
      '--country',
      'MMR',
      '--signals',
      '--format',
      'json',
    ]);
    expect(listed.code).toBe(0);
    const { alerts } = JSON.parse(listed.out) as { alerts: Row[] };
    const flags = alerts.filter(
      (a) =>
        a.admin1?.includes('Rakhine') &&
        a.stage === 'violence' &&
        a.first_event_date.startsWith('2016-10') &&
        a.raised_at < '2017-08-25',
    );
    expect(flags.map((a) => a.rule)).toEqual(
      expect.arrayContaining(['impunity', 'trial-massacre']),
    );
    for (const a of alerts)
      expect(Object.keys(a)).toEqual(
        expect.arrayContaining([
          'country',
          'admin1',
          'stage',
          'rule',
          'severity',
          'first_event_date',
          'raised_at',
        ]),
      );
    const bad = lens(url, ['alerts', 'list', '--format', 'xml']);
    expect(bad.code).toBe(2);
    expect(bad.err).toContain('--format must be');
    // The monthly model beside persistence, out of sample, per level.
    const bt = lens(url, ['escalation', 'backtest', '--format', 'json']);
    expect(bt.code).toBe(0);
    const r = JSON.parse(bt.out) as {
      countries: string[];
      levels: Array<{
        level: string;
        overall: { rows: number; methods: Record<string, { auc: number }> };
      }>;
    };
    expect(r.countries).toEqual(['MMR']);
    expect(r.levels.map((l) => l.level)).toEqual(['country', 'admin1']);
    const prov = r.levels[1]!.overall;
    expect(prov.rows).toBeGreaterThan(3000);
    expect(prov.methods.model!.auc).toBeGreaterThan(0.7);
    expect(prov.methods.persistence!.auc).toBeGreaterThan(0.5);
    const table = lens(url, ['escalation', 'backtest']);
    expect(table.out).toMatch(/admin1 +all .*AUC \d\.\d{3} \/ \d\.\d{3}/);
  }, 240_000);

  it('refuses a broken rule file naming the file, and a bad rule naming the field; nothing stored', () => {
    const { url } = get();
    const dir = mkdtempSync(path.join(tmpdir(), 'lens-rules-'));
    const broken = path.join(dir, 'broken.json');
    writeFileSync(broken, '{ "version": "x@2", ');
    const r1 = lens(url, ['escalation', 'rules', 'load', broken]);
    expect(r1.code).toBe(2);
    expect(r1.err).toContain(broken);
    const shown = JSON.parse(lens(url, ['escalation', 'rules', 'show']).out) as {
      version: string;
      rules: Array<Record<string, unknown>>;
    };
    expect(shown.version).toBe('lens-escalation-rules@1');
    const bad = path.join(dir, 'bad.json');
    writeFileSync(
      bad,
      JSON.stringify({
        ...shown,
        version: 'team@2',
        rules: shown.rules.map((r, i) => (i === 1 ? { ...r, minEvents: 0 } : r)),
      }),
    );
    const r2 = lens(url, ['escalation', 'rules', 'load', bad]);
    expect(r2.code).toBe(2);
    expect(r2.err).toContain('rules[1].minEvents');
    expect(JSON.parse(lens(url, ['escalation', 'rules', 'show']).out)).toMatchObject({
      version: 'lens-escalation-rules@1',
    });
  });
});

const BUNDLED = path.resolve(import.meta.dirname, '../../../data/bundled');

describeEachDatabase('lens wps', (get) => {
  it("prints Myanmar's women, peace and security standing, what moved it and the year's gendered red flags", () => {
    const { url } = get();
    for (const [kind, file] of [
      ['vdem', 'vdem/vdemlite_v14_1970_2023_gender.csv'],
      ['ucdp-ovcy', 'ucdp-organized-violence-cy-25.1/organizedviolencecy_v25_1.csv'],
      ['ucdp-ged', 'ucdp-ged-24.1-myanmar-mexico/GEDEvent_v24_1_myanmar.csv'],
    ])
      expect(lens(url, ['import', kind!, path.join(BUNDLED, file!)]).code).toBe(0);
    const text = lens(url, ['wps', 'MMR', '--year', '2021']);
    expect(text.code).toBe(0);
    expect(text.out).toContain('Women, peace and security: Myanmar, 2021 (lens-wps@1');
    // Without the World Bank file, justice has four of six indicators: still scored.
    expect(text.out).toMatch(/justice {3}\d+\/100 {2}\(67% of indicators\)/);
    expect(text.out).toMatch(/since 2016: standing deteriorated \d+ -> \d+ \(/);
    expect(text.out).toMatch(/gendered red flags in 2021: sexual violence [1-9]\d* recorded/);
    const json = JSON.parse(
      lens(url, ['wps', 'MMR', '--year', '2021', '--format', 'json']).out,
    ) as {
      reading: { standing: number };
    };
    expect(text.out).toContain(`standing  ${Math.round(json.reading.standing)}/100`);
    const bad = lens(url, ['wps', 'MMR', '--year', 'soon']);
    expect(bad.code).not.toBe(0);
    expect(bad.err).toContain('--year must be a year, found "soon"');
  });

  it("imports Myanmar's atrocity anniversaries as triggers once, and lists those ahead with their sources", () => {
    const { url } = get();
    const first = lens(url, [
      'triggers',
      'import-anniversaries',
      '--iso3',
      'MMR',
      '--min-deaths',
      '50',
    ]);
    expect(first.code).toBe(0);
    const added = Number(/^(\d+) anniversaries added/.exec(first.out)?.[1]);
    expect(added).toBeGreaterThan(0);
    expect(
      lens(url, ['triggers', 'import-anniversaries', '--iso3', 'MMR', '--min-deaths', '50']).out,
    ).toMatch(/^0 anniversaries added/);
    const list = lens(url, ['triggers', 'list', 'MMR', '--as-of', '2027-01-10']);
    expect(list.code).toBe(0);
    expect(list.out).toContain('Triggers of MMR as of 2027-01-10: monitoring');
    expect(list.out).toMatch(/anniversary: \d+ civilians killed/);
    expect(list.out).toMatch(/source: UCDP .*, record \d+/);
    expect(lens(url, ['triggers', 'list', 'MMR', '--as-of', 'soon']).err).toContain(
      '--as-of must be a day',
    );
  });
});
