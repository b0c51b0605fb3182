import { afterAll, beforeAll, expect, it } from 'vitest';
import { replayEscalation } from '@lens/core';
import { describeEachDatabase } from '@lens/db/testing';
import { as, createTestApp, loadPlanningData, type TestApp } from '../testing';

interface CaseRow {
  id: string;
  iso3: string;
  country: string;
  stage: string;
  result: string;
  summary: string;
  lesson: string;
  source: string | null;
  verification: string | null;
  authoritative: boolean;
  regime: number | null;
  matched?: string[];
}

describeEachDatabase(
  'the case library, similar cases and response measures for the Central African Republic',
  (get) => {
    let t: TestApp;
    const call = (
      method: 'GET' | 'PUT',
      url: string,
      who: keyof TestApp['callers'] = 'analyst',
      payload?: object,
    ) =>
      t.app.inject({ method, url, headers: as(t.callers[who]), ...(payload ? { payload } : {}) });

    beforeAll(async () => {
      t = await createTestApp(get());
      await loadPlanningData(t.deps, [
        ['vdem', 'vdem/vdemlite_v14_1970_2023_keyvars.csv'],
        ['ucdp-ovcy', 'ucdp-organized-violence-cy-25.1/organizedviolencecy_v25_1.csv'],
        ['ucdp-ged', 'ucdp-ged-23.1-car/GEDEvent_v23_1_CAR_482.csv'],
      ]);
      await replayEscalation(t.deps, { iso3: 'CAF', actor: 'test' });
    }, 300_000);
    afterAll(async () => {
      await t.app.close();
    });

    it('lists at least ten sourced cases, recalled ones marked unverified, with regimes from V-Dem', async () => {
      const res = await call('GET', '/api/cases', 'viewer');
      expect(res.statusCode).toBe(200);
      const lib = res.json<{ cases: CaseRow[]; regimes: string | null }>();
      expect(lib.cases.length).toBeGreaterThanOrEqual(10);
      for (const c of lib.cases) {
        expect(c.source, c.id).toBeTruthy();
        expect(c.verification, c.id).toBeTruthy();
        expect(c.authoritative, c.id).toBe(c.verification !== 'recalled_unverified');
      }
      // Bellamy's three cases were read in the source; the others are recalled.
      expect(
        lib.cases
          .filter((c) => c.authoritative)
          .map((c) => c.id)
          .sort(),
      ).toEqual(['CASE.BIH.1992', 'CASE.RWA.1994', 'CASE.SDN.2003']);
      expect(lib.regimes).toMatch(/V-Dem/);
      // Kenya in 2007 was an electoral autocracy in V-Dem's Regimes of the World (1).
      expect(lib.cases.find((c) => c.id === 'CASE.KEN.2008')!.regime).toBe(1);
      const ar = (await call('GET', '/api/cases?lang=ar', 'viewer')).json<{ cases: CaseRow[] }>();
      const car = ar.cases.find((c) => c.id === 'CASE.CAF.2013')!;
      expect(car.country).toBe('جمهورية أفريقيا الوسطى');
      expect(car.lesson).toMatch(/المساءلة تحتاج إلى مؤسساتها الخاصة/);
      expect((await call('GET', '/api/cases?lang=de', 'viewer')).statusCode).toBe(400);
      expect((await t.app.inject({ method: 'GET', url: '/api/cases' })).statusCode).toBe(401);
    });

    it("offers response measures while violence is under way and shows the CAR's own past case among similar ones", async () => {
      const res = await call('GET', '/api/prevention/CAF?year=2014', 'viewer');
      expect(res.statusCode).toBe(200);
      const v = res.json<{
        context: { stage: string; armedConflict: boolean };
        agenda: { agendas: Array<{ kind: string; measureRoot: string }> };
        recommendations: Array<{ id: string; level: string; status: string }>;
        similarCases: CaseRow[];
      }>();
      expect(v.context).toMatchObject({ stage: 'violence', armedConflict: true });
      expect(v.agenda.agendas.find((a) => a.kind === 'response')?.measureRoot).toBe('RR.RESP');
      const response = v.recommendations.filter((r) => r.level === 'response');
      expect(response.map((r) => r.id)).toEqual(
        expect.arrayContaining(['RR.RESP.PRO.01', 'RR.RESP.DOC.01', 'RR.RESP.MED.01']),
      );
      const own = v.similarCases.find((c) => c.id === 'CASE.CAF.2013');
      expect(own?.matched).toEqual(expect.arrayContaining(['stage', 'setting', 'country']));
      expect(own?.lesson).toMatch(/accountability needs its own institutions/);
      expect(v.similarCases.length).toBeLessThanOrEqual(3);
    });

    it('warns of an amnesty without accountability and of a return pressed while violence goes on', async () => {
      const res = await call('PUT', '/api/plans/CAF', 'analyst', {
        year: 2014,
        plan: {
          objective: 'Protect civilians and prepare recovery',
          seeksPeaceAgreement: false,
          items: [
            { measureId: 'RR.REC.JUS.02', addressedTo: 'armed_groups' },
            { measureId: 'RR.REC.ECO.02', addressedTo: 'communities' },
          ],
        },
        lang: 'fr',
      });
      expect(res.statusCode).toBe(200);
      const w = res.json<{ warnings: Array<{ check: string; title: string; why: string }> }>()
        .warnings;
      const amnesty = w.find((x) => x.check === 'amnesty-accountability')!;
      expect(amnesty.why).toMatch(/^« Amnisties officielles pour obtenir un règlement » interdit/);
      const ret = w.find((x) => x.check === 'premature-return')!;
      expect(ret.why).toContain("le stade d'escalade est la violence");
      // With prosecutions beside it, the amnesty is still flagged, and says so.
      const both = await call('PUT', '/api/plans/CAF', 'analyst', {
        year: 2014,
        plan: {
          objective: 'Protect civilians and prepare recovery',
          seeksPeaceAgreement: false,
          items: [
            { measureId: 'RR.REC.JUS.02', addressedTo: 'armed_groups' },
            { measureId: 'RR.REC.JUS.01', addressedTo: 'perpetrators' },
          ],
        },
      });
      const again = both
        .json<{ warnings: Array<{ check: string; why: string }> }>()
        .warnings.find((x) => x.check === 'amnesty-accountability')!;
      expect(again.why).toMatch(/sits beside "Prosecuting those responsible/);
    });

    it("scores resilience beside risk from the assessment's indicators turned round, with the needs assessment's sources", async () => {
      const a = (await call('GET', '/api/assessments/CAF?year=2014', 'viewer')).json<{
        factors: Array<{
          id: string;
          indicators: Array<{ id: string; score: number | null }>;
        }>;
      }>();
      const before = await call('GET', '/api/resilience/CAF?year=2014', 'viewer');
      expect(before.statusCode).toBe(200);
      const r = before.json<{
        year: number;
        overall: number | null;
        factors: Array<{
          id: string;
          score: number | null;
          catalogRefs: string[];
          indicators: Array<{ id: string; resilience: number | null; source: unknown }>;
          capacity: unknown;
        }>;
        needs: unknown;
      }>();
      expect(r.year).toBe(2014);
      expect(r.factors.map((f) => f.id)).toEqual([
        'mitigating',
        'institutions',
        'cohesion',
        'local',
      ]);
      // Each indicator's resilience is its risk score turned round, with the same source.
      const rf6 = a.factors.find((f) => f.id === 'RF6')!;
      const mitigating = r.factors.find((f) => f.id === 'mitigating')!;
      expect(mitigating.catalogRefs).toEqual(['RF6']);
      for (const i of rf6.indicators)
        expect(mitigating.indicators.find((x) => x.id === i.id)?.resilience).toBe(
          i.score === null ? null : Math.round(100 - i.score),
        );
      expect(mitigating.score).not.toBeNull();
      expect(r.overall).toBeGreaterThanOrEqual(0);
      expect(r.overall).toBeLessThanOrEqual(100);
      // Nobody's capacity judged yet: the local factor reads the civil-society indicator alone.
      expect(r.factors.find((f) => f.id === 'local')!.capacity).toBeNull();
      expect(r.needs).toBeNull();
      await call('PUT', '/api/needs/CAF', 'analyst', {
        riskFactors: 'Armed groups hold most of the country',
        resilience: 'Interfaith platform of Bangui; local peace committees',
        capacityGaps: 'No functioning courts outside the capital',
        existingActivities: 'UN mission',
        supportNeeded: 'Protection of civilians',
      });
      const after = (await call('GET', '/api/resilience/CAF?year=2014', 'viewer')).json<{
        needs: { text: string; version: number };
      }>();
      expect(after.needs).toMatchObject({
        text: 'Interfaith platform of Bangui; local peace committees',
        version: 1,
      });
      expect((await call('GET', '/api/resilience/XYZ', 'viewer')).statusCode).toBe(404);
    });

    it('aggregates what worked across the plans by measure and context, and shows it beside the recommendations', async () => {
      const saved = await call('PUT', '/api/plans/CAF', 'analyst', {
        year: 2014,
        plan: {
          objective: 'Protect civilians in Bangui',
          seeksPeaceAgreement: false,
          items: [
            {
              measureId: 'RR.RESP.PRO.01',
              addressedTo: 'victims',
              status: 'done',
              review: {
                outcome: 'worked',
                note: 'Killings in Bangui fell after the deployment (UN reports)',
                reviewedOn: '2015-03-01',
              },
            },
            {
              measureId: 'RR.RESP.DOC.01',
              addressedTo: 'perpetrators',
              status: 'under_way',
              review: {
                outcome: 'too_early',
                note: 'Inquiry still sitting',
                reviewedOn: '2015-03-01',
              },
            },
            { measureId: 'CPA.D.SAN.02', addressedTo: 'all_parties', status: 'dropped' },
          ],
        },
      });
      expect(saved.statusCode).toBe(200);
      const w = (await call('GET', '/api/what-worked?lang=fr', 'viewer')).json<{
        plans: number;
        reviews: number;
        measures: Array<{
          measureId: string;
          text: string;
          tally: Record<string, number>;
          byContext: Array<{ stage: string; setting: string; tally: Record<string, number> }>;
          evidence: Array<{ country: string; note: string; outcome: string; year: number }>;
        }>;
      }>();
      expect(w.plans).toBe(1);
      expect(w.reviews).toBe(2);
      // Measures judged first; the dropped one is not counted.
      expect(w.measures.map((m) => m.measureId)).toEqual(['RR.RESP.PRO.01', 'RR.RESP.DOC.01']);
      const protect = w.measures[0]!;
      expect(protect.text).toMatch(/^Protéger les groupes menacés/);
      expect(protect.tally).toMatchObject({ worked: 1, partly: 0, did_not_work: 0 });
      expect(protect.byContext).toEqual([
        {
          stage: 'violence',
          setting: 'armed_conflict',
          tally: { worked: 1, partly: 0, did_not_work: 0, too_early: 0, not_reviewed: 0 },
        },
      ]);
      expect(protect.evidence[0]).toMatchObject({
        country: 'République centrafricaine',
        year: 2014,
        outcome: 'worked',
        note: 'Killings in Bangui fell after the deployment (UN reports)',
      });
      // The planning view of a context like it shows the experience beside the recommendation.
      const view = (await call('GET', '/api/prevention/CAF?year=2014', 'viewer')).json<{
        experience: Array<{ measureId: string; tally: Record<string, number> }>;
      }>();
      expect([...view.experience].sort((a, b) => b.measureId.localeCompare(a.measureId))).toEqual([
        {
          measureId: 'RR.RESP.PRO.01',
          tally: { worked: 1, partly: 0, did_not_work: 0, too_early: 0, not_reviewed: 0 },
        },
        {
          measureId: 'RR.RESP.DOC.01',
          tally: { worked: 0, partly: 0, did_not_work: 0, too_early: 1, not_reviewed: 0 },
        },
      ]);
    });
  },
);
