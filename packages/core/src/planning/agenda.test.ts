import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseCatalog } from '../frameworks/catalog';
import { agendaFor } from './agenda';
import type { PlanContext } from './context';
import { recommendMeasures } from './recommend';

// The bundled copy of ../shared/frameworks/catalog.json.
const catalog = parseCatalog(
  readFileSync(
    path.resolve(import.meta.dirname, '../../../../data/frameworks/catalog.json'),
    'utf8',
  ),
);

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

describe('the agenda for the context (Bellamy Table 1)', () => {
  it('asks for structural prevention where there is a general risk', () => {
    const a = agendaFor(ctx(), catalog);
    expect(a.agendas.map((x) => [x.kind, x.catalogId, x.why])).toEqual([
      ['structural', 'BEL.T1.1', 'structural risk tier moderate'],
    ]);
    expect(a.agendas[0]!.text).toBe(
      'Evidence of general risk of violent conflict -> Structural prevention',
    );
    expect(agendaFor(ctx({ tier: 'negligible' }), catalog).agendas).toEqual([]);
    // Said in the reader's language, the tier in the briefs' words.
    expect(agendaFor(ctx(), catalog, 'fr').agendas[0]!.why).toBe(
      'niveau de risque structurel modéré',
    );
    expect(agendaFor(ctx(), catalog, 'ar').agendas[0]!.why).toBe('مستوى الخطر الهيكلي متوسط');
  });

  it('adds direct prevention at a crisis, and escalation prevention in armed conflict', () => {
    const a = agendaFor(
      ctx({ stage: 'mobilisation', armedConflict: true, battleDeaths: 1200, tier: 'high' }),
      catalog,
    );
    expect(a.agendas.map((x) => x.kind)).toEqual(['structural', 'direct', 'escalation']);
    expect(a.agendas[1]!.why).toBe('escalation stage mobilisation');
    expect(a.agendas[2]!.why).toBe('armed conflict under way: 1200 battle deaths in 2020 (UCDP)');
    // No peacetime forms while armed conflict is under way.
    expect(a.peacetimeForms).toEqual([]);
  });

  it('names the peacetime forms that apply outside armed conflict, and why', () => {
    const state = agendaFor(
      ctx({
        tier: 'high',
        recentConflict: true,
        perpetrators: [
          {
            key: 'g',
            name: 'Military Forces of Testland',
            type: 'state_organ',
            civilianDeaths: 40,
          },
        ],
      }),
      catalog,
    );
    expect(state.peacetimeForms.map((f) => [f.catalogId, f.why])).toEqual([
      [
        'BEL.PT.A',
        'no armed conflict, and state forces (Military Forces of Testland) caused the most civilian deaths',
      ],
      ['BEL.PT.C', 'armed conflict ended within the last five years'],
    ]);
    const communal = agendaFor(
      ctx({
        perpetrators: [
          { key: 'a', name: 'Militia A', type: 'militia', civilianDeaths: 30 },
          { key: 'b', name: 'Militia B', type: 'militia', civilianDeaths: 25 },
        ],
      }),
      catalog,
    );
    expect(communal.peacetimeForms.map((f) => f.catalogId)).toEqual(['BEL.PT.B']);
  });
});

describe('risk -> measure', () => {
  it('recommends the measures linked to present risks, sourced links first, proposed ones marked', () => {
    const c = ctx({
      tier: 'high',
      drivers: [
        {
          factorId: 'RF7',
          name: 'Enabling circumstances',
          score: 80,
          catalogRefs: ['BEL.PC.ECO.3'],
        },
        {
          factorId: 'RF2',
          name: 'Record of serious violations',
          score: 60,
          catalogRefs: ['BEL.PC.SOC.3'],
        },
      ],
    });
    const recs = recommendMeasures(c, agendaFor(c, catalog), catalog);
    const ineq = recs.find((r) => r.id === 'CPA.S.ECON.02')!;
    expect(ineq).toMatchObject({ kind: 'measure', status: 'sourced', group: 'Economic measures' });
    expect(ineq.reasons[0]).toMatchObject({
      riskId: 'BEL.PC.ECO.3',
      linkId: 'MAP.S.HI',
      status: 'sourced',
    });
    expect(ineq.reasons[0]!.source).toMatch(/Bellamy/);
    // Impunity comes from the cataloguer's proposal only: marked as proposed, never as sourced.
    const impunity = recs.find((r) => r.id === 'CPA.S.SEC.02')!;
    expect(impunity.status).toBe('proposed');
    expect(impunity.reasons.every((r) => r.status === 'proposed')).toBe(true);
    // Category-level links recommend a group, after the measures.
    const firstGroup = recs.findIndex((r) => r.kind === 'group');
    expect(firstGroup).toBeGreaterThan(0);
    expect(recs.slice(firstGroup).every((r) => r.kind === 'group')).toBe(true);
    expect(recs.map((r) => r.id)).toContain('CPA.S.GOV');
  });

  it('adds an analyst link, and drops it once retired', () => {
    const c = ctx({
      drivers: [{ factorId: 'RF9', name: 'Intergroup tensions', score: 55, catalogRefs: [] }],
    });
    const link = {
      id: 7,
      riskId: 'RF9',
      measureId: 'CPA.S.SOC.01',
      rationale: 'interfaith councils have calmed past flare-ups',
      source: null,
      createdBy: 'analyst#2',
      createdAt: '2026-11-30T00:00:00Z',
      retiredAt: null,
    };
    const recs = recommendMeasures(c, agendaFor(c, catalog), catalog, [link]);
    expect(recs).toEqual([
      expect.objectContaining({
        id: 'CPA.S.SOC.01',
        status: 'analyst',
        reasons: [
          expect.objectContaining({ linkId: 'analyst:7', riskName: 'Intergroup tensions' }),
        ],
      }),
    ]);
    expect(
      recommendMeasures(c, agendaFor(c, catalog), catalog, [{ ...link, retiredAt: 'x' }]),
    ).toEqual([]);
  });

  it('answers violence red flags with direct prevention (sourced, category level)', () => {
    const c = ctx({ stage: 'violence' });
    const recs = recommendMeasures(c, agendaFor(c, catalog), catalog);
    const direct = recs.filter((r) => r.level === 'direct').map((r) => r.id);
    expect(direct).toEqual(expect.arrayContaining(['CPA.D.DIP', 'CPA.D.SAN', 'CPA.D.LEG']));
    expect(recs.every((r) => r.status === 'sourced')).toBe(true);
  });
});
