import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { replayEscalation } from '@lens/core';
import { describeEachDatabase } from '@lens/db/testing';
import { as, createTestApp, loadPlanningData, type TestApp } from '../testing';

const hasChromium = existsSync(process.env.LENS_CHROMIUM ?? '/usr/bin/chromium');
const hasPdftotext = (() => {
  try {
    execFileSync('pdftotext', ['-v'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
})();
// The test command installs both and says so: there a missing one fails the test, never skips it.
const pdfRequired = process.env.LENS_REQUIRE_CHROMIUM === '1';
if ((!hasChromium || !hasPdftotext) && !pdfRequired)
  console.warn('PDF brief tests skipped: they need Debian chromium and poppler-utils (pdftotext)');
const SCREENSHOTS = path.resolve(import.meta.dirname, '../../../../docs/screenshots');

interface Assessment {
  tier: string;
  score: number;
  factors: Array<{ id: string; name: string; score: number | null }>;
}

describeEachDatabase('prevention planning and briefs for Myanmar', (get) => {
  let t: TestApp;
  let assessment: Assessment;
  const call = (
    method: 'GET' | 'PUT',
    url: string,
    who: keyof TestApp['callers'] = 'analyst',
    payload?: object,
  ) => t.app.inject({ method, url, headers: as(t.callers[who]), ...(payload ? { payload } : {}) });

  beforeAll(async () => {
    t = await createTestApp(get());
    await loadPlanningData(t.deps, [
      ['vdem', 'vdem/vdemlite_v14_1970_2023_keyvars.csv'],
      ['vdem', 'vdem/vdemlite_v14_1970_2023_gender.csv'],
      ['wdi', 'world-bank-wdi/WDI_databank_export_2000_2020.csv'],
      ['ewp-outcomes', 'ewp-onsets/ewp_mk_onset_facts_2025.csv'],
      ['ucdp-ovcy', 'ucdp-organized-violence-cy-25.1/organizedviolencecy_v25_1.csv'],
      ['ucdp-ged', 'ucdp-ged-24.1-myanmar-mexico/GEDEvent_v24_1_myanmar.csv'],
    ]);
    await replayEscalation(t.deps, { iso3: 'MMR', actor: 'test' });
    // A field report with a named reporter: the brief must never carry the name.
    const r = await call('PUT', '/api/needs/MMR', 'analyst', {
      riskFactors: 'Rohingya disenfranchised; clearance operations in northern Rakhine',
      resilience: 'Interfaith networks in Yangon',
      capacityGaps: 'No national mechanism for atrocity prevention',
      existingActivities: 'UN fact-finding mission',
      supportNeeded: 'Accountability and protection of civilians',
    });
    expect(r.statusCode).toBe(200);
    const report = await t.app.inject({
      method: 'POST',
      url: '/api/reports',
      headers: as(t.callers.monitor),
      payload: {
        occurredOn: '2021-03-14',
        iso3: 'MMR',
        description:
          'Soldiers fired on protesters in Hlaing Tharyar and chased people into houses.',
        language: 'en',
        actors: ['Military Forces of Myanmar'],
        civiliansTargeted: true,
        fatalitiesBest: 12,
        reporter: { name: 'Daw Hidden Witness', contact: '+95 9 555 0101' },
      },
    });
    expect(report.statusCode).toBe(201);
    // An unverified report of sexual violence: a gendered red flag, to verify.
    const sv = await t.app.inject({
      method: 'POST',
      url: '/api/reports',
      headers: as(t.callers.monitor),
      payload: {
        occurredOn: '2021-06-02',
        iso3: 'MMR',
        description: 'Soldiers raped two women during a raid on a village near Kalay.',
        language: 'en',
        civiliansTargeted: true,
      },
    });
    expect(sv.statusCode).toBe(201);
    assessment = (await call('GET', '/api/assessments/MMR?year=2021', 'viewer')).json<Assessment>();
  }, 300_000);
  afterAll(async () => {
    await t.app.close();
  });

  it('derives the planning context, agenda and measures from the assessment, escalation and network', async () => {
    const res = await call('GET', '/api/prevention/MMR?year=2021', 'viewer');
    expect(res.statusCode).toBe(200);
    const v = res.json<{
      context: {
        tier: string;
        stage: string;
        armedConflict: boolean;
        drivers: Array<{ factorId: string; score: number }>;
        perpetrators: Array<{ name: string; civilianDeaths: number }>;
      };
      agenda: { agendas: Array<{ kind: string; why: string }> };
      recommendations: Array<{ id: string; status: string; kind: string }>;
    }>();
    expect(v.context.tier).toBe(assessment.tier);
    expect(['high', 'extreme']).toContain(v.context.tier);
    expect(v.context.drivers.map((d) => d.factorId)).toEqual(
      assessment.factors
        .filter((f) => (f.score ?? 0) >= 50)
        .sort((a, b) => (b.score ?? 0) - (a.score ?? 0))
        .map((f) => f.id),
    );
    expect(v.context.stage).toBe('violence');
    expect(v.context.armedConflict).toBe(true);
    expect(v.context.perpetrators[0]!.name).toBe('Government of Myanmar (Burma)');
    // Violence under way: the response sphere joins Bellamy's three agendas.
    expect(v.agenda.agendas.map((a) => a.kind)).toEqual([
      'structural',
      'direct',
      'escalation',
      'response',
    ]);
    expect(v.recommendations.length).toBeGreaterThan(3);
    // Response measures are offered, linked from the response sphere (Peace Insight: sourced).
    const protect = v.recommendations.find((r) => r.id === 'RR.RESP.PRO.01');
    expect(protect).toMatchObject({ kind: 'measure', status: 'sourced' });
    // Recovery is not offered while the violence goes on.
    expect(v.recommendations.filter((r) => r.id.startsWith('RR.REC.'))).toEqual([]);
  });

  it('shows past cases like Myanmar in 2021, with what matched, the lesson and the source, in French too', async () => {
    type Case = {
      id: string;
      country: string;
      matched: string[];
      lesson: string;
      source: string;
      authoritative: boolean;
      measures: Array<{ id: string; text: string }>;
    };
    const en = (await call('GET', '/api/prevention/MMR?year=2021', 'viewer')).json<{
      similarCases: Case[];
    }>().similarCases;
    expect(en.length).toBeGreaterThanOrEqual(2);
    // Myanmar's own 2016-17 case matches on stage, setting, state perpetrators and country.
    const mmr = en.find((c) => c.id === 'CASE.MMR.2017')!;
    expect(mmr.matched).toEqual(expect.arrayContaining(['setting', 'perpetrators', 'country']));
    expect(mmr.lesson).toMatch(/Quiet diplomacy/);
    expect(mmr.source).toMatch(/Rosenthal \(2019\)/);
    // Recalled from a source not read here: never shown as authoritative.
    expect(mmr.authoritative).toBe(false);
    for (const c of en) expect(c.matched.length).toBeGreaterThanOrEqual(2);
    const fr = (await call('GET', '/api/prevention/MMR?year=2021&lang=fr', 'viewer')).json<{
      similarCases: Case[];
    }>().similarCases;
    const frMmr = fr.find((c) => c.id === 'CASE.MMR.2017')!;
    expect(frMmr.lesson).toMatch(/^Une diplomatie discrète/);
    expect(frMmr.measures.find((m) => m.id === 'RR.RESP.DOC.01')?.text).toBe(
      "Établissement des faits et commissions d'enquête sur les atrocités en cours",
    );
  });

  it('saves plan versions and warns of blind neutrality, with why', async () => {
    const plan = (items: object[]) => ({
      year: 2021,
      plan: { objective: 'Protect civilians in Rakhine', seeksPeaceAgreement: true, items },
    });
    const first = await call(
      'PUT',
      '/api/plans/MMR',
      'analyst',
      plan([{ measureId: 'CPA.D.DIP.03', addressedTo: 'all_parties', status: 'agreed' }]),
    );
    expect(first.statusCode).toBe(200);
    const body = first.json<{ version: number; warnings: Array<{ check: string; why: string }> }>();
    expect(body.version).toBe(1);
    expect(body.warnings.map((w) => w.check)).toEqual(['blind-neutrality', 'negative-peace']);
    expect(body.warnings[0]!.why).toMatch(
      /^Government of Myanmar \(Burma\) caused \d+% of the \d+ civilian deaths/,
    );
    const second = await call(
      'PUT',
      '/api/plans/MMR',
      'analyst',
      plan([
        { measureId: 'CPA.D.DIP.03', addressedTo: 'perpetrators', status: 'agreed' },
        { measureId: 'CPA.D.LEG.01', addressedTo: 'perpetrators' },
      ]),
    );
    expect(second.json<{ version: number; warnings: unknown[] }>()).toMatchObject({
      version: 2,
      warnings: [],
    });
    const bad = await call(
      'PUT',
      '/api/plans/MMR',
      'analyst',
      plan([{ measureId: 'CPA.X.01', addressedTo: 'victims' }]),
    );
    expect(bad.statusCode).toBe(400);
    expect(bad.json<{ message: string }>().message).toMatch(
      /item 1: "CPA.X.01" is not a catalog measure/,
    );
    expect((await call('PUT', '/api/plans/MMR', 'viewer', plan([]))).statusCode).toBe(403);
    const got = await call('GET', '/api/plans/MMR?version=1', 'viewer');
    expect(got.json<{ version: number; versions: unknown[] }>()).toMatchObject({ version: 1 });
    expect(got.json<{ versions: unknown[] }>().versions).toHaveLength(2);
  });

  it('writes the brief as HTML with the numbers of the assessment and no reporter identity', async () => {
    const res = await call('GET', '/api/briefs/MMR?year=2021', 'viewer');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('text/html');
    const html = res.body;
    for (const section of [
      'Risk of mass atrocities',
      'What drives the risk',
      'Escalation: violence',
      'Recent red flags',
      'Prevention agenda for the context',
      'Recommended measures',
      'Pitfalls to avoid',
      'Sources',
    ])
      expect(html).toContain(section);
    expect(html).toContain(`Structural score: ${Math.round(assessment.score)}/100`);
    expect(html).toContain(`>${assessment.tier}</span>`);
    for (const f of assessment.factors.filter((x) => (x.score ?? 0) >= 50))
      expect(html).toContain(`<strong>${f.name}</strong> (${Math.round(f.score!)})`);
    expect(html).toContain('UCDP Georeferenced Event Dataset (GED) 24.1');
    // Myanmar's provinces drawn as shapes coloured by stage, some at violence, with a legend.
    const map = /<svg[^>]*aria-label="Provinces by stage"[^>]*>(.*?)<\/svg>/s.exec(html)?.[1] ?? '';
    expect(map.match(/<path d="M/g)?.length ?? 0).toBeGreaterThanOrEqual(14);
    expect(map).toMatch(/<path d="M[^"]+" fill="#cc0000"/);
    expect(map).toContain('<title>Rakhine</title>');
    expect(map).toContain('>violence</text>');
    // No self-contradiction: the stage is never worded as "no red flags" above red-flag rows.
    if (/<h2>Recent red flags<\/h2>\s*<table>/.test(html))
      expect(html).not.toMatch(/no red flags/i);
    else expect(html).toContain('No red flags raised in the last twelve months.');
    expect(html).not.toContain('Hidden Witness');
    expect(html).not.toContain('555 0101');
    // Women, peace and security: the standing of the API, the report's red flag to verify.
    const wps = (await call('GET', '/api/wps/MMR?year=2021', 'viewer')).json<{
      reading: { standing: number };
      violence: Array<{
        year: number;
        counts: Array<{ indicator: string; evidence: number; toVerify: number }>;
      }>;
    }>();
    const block = /<p data-wps>(.*?)<\/p>\s*<p>(.*?)<\/p>/s.exec(html);
    expect(block?.[1]).toContain(
      `Standing (0-100, higher is better): <strong>${Math.round(wps.reading.standing)}</strong>/100`,
    );
    const sv = wps.violence
      .find((v) => v.year === 2021)!
      .counts.find((c) => c.indicator === 'sexual_violence')!;
    // GED's source headlines that tell of rape, and the monitor's report still to verify.
    expect(sv.evidence).toBeGreaterThan(0);
    expect(sv.toVerify).toBe(1);
    expect(block?.[2]).toContain(
      `Gendered red flags in 2021: sexual violence: ${sv.evidence} recorded, 1 to verify`,
    );
    expect(html).toMatch(
      /followed by a new mass-killing onset within two years, by standing: 0-40: 6\.0%/,
    );
    const ar = await call(
      'GET',
      '/api/briefs/MMR?year=2021&lang=ar&lexicon=human_rights',
      'viewer',
    );
    expect(ar.body).toContain('<html lang="ar" dir="rtl">');
    // The country and the catalog's measures in Arabic (CLDR names, the catalog's translation).
    expect(ar.body).toMatch(/<h1>[^<]*: ميانمار<\/h1>/);
    const fr = await call('GET', '/api/briefs/MMR?year=2021&lang=fr', 'viewer');
    expect(fr.body).toContain('Réduire les inégalités, en particulier horizontales');
    expect(fr.body).not.toContain('Reducing inequalities, especially horizontal');
    // The UN Framework's risk factors by their French names, and why each agenda applies.
    expect(fr.body).toMatch(
      /<strong>Situations de conflit armé ou d(&#39;|')autres formes d(&#39;|')instabilité<\/strong>/,
    );
    expect(fr.body).toMatch(/conflit armé en cours : \d+ morts au combat en 2021 \(UCDP\)/);
    expect(ar.body).toContain('خطر الانتهاكات الجسيمة لحقوق الإنسان');
    const bad = await call('GET', '/api/briefs/MMR?year=2021&lang=de', 'viewer');
    expect(bad.statusCode).toBe(400);
  });

  it("gives the planning page's capacity, needs and context in the reader's language, and briefs without catalog ids", async () => {
    const cap = await call('GET', '/api/capacity?country=MMR&lang=fr', 'viewer');
    expect(cap.statusCode).toBe(200);
    const rows = cap.json<{ rows: Array<{ measure: { id: string; text: string } }> }>().rows;
    expect(rows.find((r) => r.measure.id === 'CPA.D.DIP.01')?.measure.text).toBe(
      'Établissement des faits',
    );
    const needs = await call('GET', '/api/needs/MMR?lang=fr', 'viewer');
    expect(needs.statusCode).toBe(200);
    const view = await call('GET', '/api/prevention/MMR?year=2021&lang=ar', 'viewer');
    expect(view.json<{ context: { country: string } }>().context.country).toBe('ميانمار');
    expect((await call('GET', '/api/capacity?country=MMR&lang=de', 'viewer')).statusCode).toBe(400);
    // A decision-maker reads names: no catalog item or link ids, in any language.
    for (const lang of ['en', 'ar']) {
      const brief = await call('GET', `/api/briefs/MMR?year=2021&lang=${lang}`, 'viewer');
      const shown = brief.body.replace(/<[^>]*>/g, ' ');
      expect(shown).not.toMatch(/\b(?:CPA|BEL|MAP|TEN|STAN|HARFF|G)\.[A-Z0-9]/);
      expect(shown).toMatch(lang === 'en' ? /UN RF4 · Bellamy · Harff/ : /الأمم المتحدة RF4/);
    }
  });

  it('says the triggers ahead of its day in the brief, and that they heighten monitoring', async () => {
    const before = await call('GET', '/api/briefs/MMR?year=2021', 'viewer');
    expect(before.body).toMatch(
      /<p class="small" data-triggers>No trigger recorded for the year ahead\.<\/p>/,
    );
    // The brief of 2021 reads as of 31 December 2021: an election 20 days later is in its window.
    const added = await t.app.inject({
      method: 'POST',
      url: '/api/triggers',
      headers: as(t.callers.analyst),
      payload: {
        iso3: 'MMR',
        date: '2022-01-20',
        kind: 'verdict',
        title: 'Verdict in the trial of the State Counsellor',
        source: 'Court schedule reported by the press',
        windowDays: 30,
      },
    });
    expect(added.statusCode).toBe(201);
    const en = await call('GET', '/api/briefs/MMR?year=2021', 'viewer');
    expect(en.body).toContain(
      'Triggers ahead (<strong>monitoring heightened</strong>): 2022-01-20 · verdict: Verdict in the trial of the State Counsellor',
    );
    const ar = await call('GET', '/api/briefs/MMR?year=2021&lang=ar', 'viewer');
    expect(ar.body).toContain(
      'العوامل المحفزة المقبلة (<strong>رصد معزز</strong>): 2022-01-20 · حكم:',
    );
    await t.app.inject({
      method: 'POST',
      url: `/api/triggers/${added.json<{ id: number }>().id}/retire`,
      headers: as(t.callers.analyst),
      payload: {},
    });
  });

  it.skipIf((!hasChromium || !hasPdftotext) && !pdfRequired)(
    'prints the brief as a two-page PDF whose text holds its sections and numbers, in English and Arabic',
    async () => {
      const dir = mkdtempSync(path.join(tmpdir(), 'lens-brief-'));
      const text = async (q: string) => {
        const res = await call('GET', `/api/briefs/MMR?year=2021&format=pdf${q}`, 'viewer');
        expect(res.statusCode).toBe(200);
        expect(res.headers['content-type']).toBe('application/pdf');
        const file = path.join(dir, `b${q.length}.pdf`);
        writeFileSync(file, res.rawPayload);
        const pages = execFileSync('pdfinfo', [file], { encoding: 'utf8' }).match(
          /Pages:\s+(\d+)/,
        )?.[1];
        return {
          text: execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' }),
          pages,
        };
      };
      const en = await text('');
      execFileSync('cp', [path.join(dir, 'b0.pdf'), '/tmp/brief-en.pdf']);
      expect(en.pages).toBe('2');
      expect(en.text).toContain('Atrocity risk brief: Myanmar');
      expect(en.text).toContain(`Structural score: ${Math.round(assessment.score)}/100`);
      expect(en.text).toMatch(new RegExp(`Risk tier: ${assessment.tier}`));
      expect(en.text).toContain('Recommended measures');
      expect(en.text).toContain('Pitfalls to avoid');
      expect(en.text).toContain('Women, peace and security');
      expect(en.text).not.toContain('Hidden Witness');
      const ar = await text('&lang=ar');
      expect(ar.pages).toBe('2');
      // pdftotext gives Arabic back as letters (shaped glyphs map to their characters).
      expect(ar.text).toMatch(/موجز مخاطر الفظائع|الفظائع/);
      expect(ar.text).toMatch(/Myanmar|ميانمار/);
      // The page image in the docs: page one of the English PDF as printed.
      execFileSync('pdftoppm', [
        '-r',
        '70',
        '-png',
        '-f',
        '1',
        '-l',
        '1',
        '-singlefile',
        path.join(dir, `b0.pdf`),
        path.join(SCREENSHOTS, 'brief-MMR-2021-page1'),
      ]);
    },
    120_000,
  );
});
