import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { agendaFor } from '../planning/agenda';
import type { PlanContext } from '../planning/context';
import { recommendMeasures } from '../planning/recommend';
import { similarCases } from '../planning/similar-cases';
import { parseCatalog } from './catalog';
import { mergeSupplement } from './supplement';

const dir = path.resolve(import.meta.dirname, '../../../../data/frameworks');
const catalogText = readFileSync(path.join(dir, 'catalog.json'), 'utf8');
const supplementText = readFileSync(path.join(dir, 'lens-supplement.json'), 'utf8');
const merged = parseCatalog(mergeSupplement(catalogText, supplementText, 'lens-supplement.json'));

const ctx = (o: Partial<PlanContext> = {}): PlanContext => ({
  iso3: 'XXX',
  country: 'Testland',
  year: 2020,
  tier: 'moderate',
  probability: null,
  stage: 'none',
  battleDeaths: 0,
  armedConflict: false,
  recentConflict: false,
  drivers: [],
  perpetrators: [],
  ...o,
});

/** The supplement with one change made to its JSON. */
const changed = (edit: (s: Record<string, unknown>) => void): string => {
  const s = JSON.parse(supplementText) as Record<string, unknown>;
  edit(s);
  return JSON.stringify(s);
};
type Case = Record<string, unknown>;

describe('the Lens supplement to the catalog (response, recovery, cases)', () => {
  it('adds response and recovery measures and at least ten cases, each with its source, keeping the catalog', () => {
    const base = parseCatalog(catalogText);
    for (const i of base.items) expect(merged.items.find((m) => m.id === i.id)?.text).toBe(i.text);
    const rr = merged.items.filter((i) => i.kind === 'measures' && i.id.startsWith('RR.'));
    expect(rr.filter((i) => i.id.startsWith('RR.RESP.')).length).toBeGreaterThanOrEqual(5);
    expect(rr.filter((i) => i.id.startsWith('RR.REC.')).length).toBeGreaterThanOrEqual(5);
    for (const i of rr) {
      expect(i.source?.title, i.id).toBeTruthy();
      expect(i.verification, i.id).toBeTruthy();
    }
    // Recalled items are never authoritative.
    expect(merged.items.find((i) => i.id === 'RR.REC.ECO.02')?.authoritative).toBe(false);
    expect(merged.cases.length).toBeGreaterThanOrEqual(10);
    expect(merged.tensions.map((t) => t.id)).toEqual(expect.arrayContaining(['TEN.L1', 'TEN.L2']));
  });

  it('refuses a supplement that clashes, cites an unknown source or has a malformed case, naming it', () => {
    const bad = (s: string) => () => mergeSupplement(catalogText, s, 'lens-supplement.json');
    expect(
      bad(
        changed((s) => {
          const m = s.measures as {
            response_and_recovery: { response: Array<{ measures: Case[] }> };
          };
          m.response_and_recovery.response[0]!.measures[0]!.id = 'CPA.S.ECON.01';
        }),
      ),
    ).toThrow(/lens-supplement\.json: "CPA\.S\.ECON\.01" is already an id of the catalog/);
    expect(
      bad(
        changed((s) => {
          (s.cases as Case[])[0]!.stage = 'genocide';
        }),
      ),
    ).toThrow(/case CASE\.BIH\.1992: "stage" must be one of crisis, mobilisation, violence/);
    expect(
      bad(
        changed((s) => {
          (s.cases as Case[])[1]!.measures = ['RR.NOPE.01'];
        }),
      ),
    ).toThrow(/case CASE\.RWA\.1994: measure "RR\.NOPE\.01" is not in the catalog/);
    expect(
      bad(
        changed((s) => {
          (s.cases as Case[])[2]!.source = { id: 'NOWHERE', section: 'x' };
        }),
      ),
    ).toThrow(/case CASE\.SDN\.2003: "source" must name a source of the catalog/);
    expect(bad('{"cases": [')).toThrow(/lens-supplement\.json: not JSON/);
  });

  it('offers response while violence is under way and recovery after armed conflict, never both by default', () => {
    const violence = ctx({ stage: 'violence', armedConflict: true, battleDeaths: 900 });
    const a = agendaFor(violence, merged);
    expect(a.agendas.map((x) => x.kind)).toEqual([
      'structural',
      'direct',
      'escalation',
      'response',
    ]);
    const recs = recommendMeasures(violence, a, merged);
    expect(recs.some((r) => r.level === 'response')).toBe(true);
    expect(recs.some((r) => r.level === 'recovery')).toBe(false);
    const after = ctx({ recentConflict: true });
    const b = agendaFor(after, merged, 'fr');
    expect(b.agendas.find((x) => x.kind === 'recovery')?.why).toBe(
      "un conflit armé s'est terminé au cours des cinq dernières années",
    );
    const recovery = recommendMeasures(after, b, merged).filter((r) => r.level === 'recovery');
    // Peace Insight's recovery sphere links its own measures (sourced); the rest are proposals.
    expect(recovery.find((r) => r.id === 'RR.REC.JUS.01')?.status).toBe('sourced');
    expect(recovery.find((r) => r.id === 'RR.REC.ECO.02')?.status).toBe('proposed');
  });

  it('matches cases on stage, setting, perpetrators, regime and country, and shows none that share too little', () => {
    const regimes: Record<string, number> = { 'XXX:2020': 1, 'KEN:2007': 1, 'GMB:2016': 0 };
    const of = (iso3: string, year: number) => regimes[`${iso3}:${year}`] ?? null;
    const election = ctx({
      stage: 'violence',
      perpetrators: [
        { key: 'p', name: 'Police', type: 'state_organ', civilianDeaths: 40 },
        { key: 'm', name: 'Gangs', type: 'militia', civilianDeaths: 30 },
      ],
    });
    const found = similarCases(election, merged.cases, of);
    expect(found.length).toBeLessThanOrEqual(3);
    const kenya = found.find((m) => m.case.id === 'CASE.KEN.2008')!;
    expect(kenya.matched).toEqual(['stage', 'setting', 'perpetrators', 'regime']);
    expect(found[0]!.score).toBeGreaterThanOrEqual(found.at(-1)!.score);
    // A quiet country with nobody killing matches no case well enough to show.
    expect(similarCases(ctx({ tier: 'low' }), merged.cases, () => null)).toEqual([]);
  });
});
