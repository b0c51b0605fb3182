import { describe, expect, it } from 'vitest';
import type { PlanContext } from './context';
import { checkPlan, contextPitfalls } from './pitfalls';
import { pitfallText } from './pitfall-words';
import type { PlanBody, PlanItem } from './plan';

const ctx = (o: Partial<PlanContext> = {}): PlanContext => ({
  iso3: 'MMR',
  country: 'Myanmar',
  year: 2017,
  tier: 'extreme',
  probability: { risk2y: 0.12, modelId: 'm' },
  stage: 'violence',
  battleDeaths: 900,
  armedConflict: true,
  recentConflict: false,
  drivers: [
    {
      factorId: 'RF3',
      name: 'Weakness of state structures',
      score: 70,
      catalogRefs: ['BEL.PC.ECO.3'],
    },
  ],
  // One-sided: the military caused 90% of civilian deaths.
  perpetrators: [
    {
      key: 'government of myanmar',
      name: 'Government of Myanmar (Burma)',
      type: 'state_organ',
      civilianDeaths: 900,
    },
    { key: 'arsa', name: 'ARSA', type: 'armed_group', civilianDeaths: 100 },
  ],
  ...o,
});
const twoSided: Partial<PlanContext> = {
  perpetrators: [
    { key: 'a', name: 'Group A', type: 'armed_group', civilianDeaths: 500 },
    { key: 'b', name: 'Group B', type: 'armed_group', civilianDeaths: 450 },
  ],
};
const item = (measureId: string, o: Partial<PlanItem> = {}): PlanItem => ({
  measureId,
  actors: [],
  addressedTo: 'perpetrators',
  targets: [],
  start: null,
  end: null,
  status: 'agreed',
  review: null,
  note: null,
  ...o,
});
const plan = (items: PlanItem[], o: Partial<PlanBody> = {}): PlanBody => ({
  objective: 'Protect civilians in Rakhine',
  seeksPeaceAgreement: false,
  items,
  reviewOn: null,
  ...o,
});
const fired = (p: PlanBody, c: PlanContext) => checkPlan(p, c).map((w) => w.check);
// A sound plan for a one-sided crisis: direct, targeted, accountable.
const sound = [item('CPA.D.SAN.03'), item('CPA.S.SEC.02'), item('CPA.D.DIP.01')];

describe('pitfalls and tensions checked against a plan', () => {
  it('stays silent on a plan that avoids them', () => {
    expect(checkPlan(plan(sound), ctx())).toEqual([]);
  });

  it('blind neutrality: mediation addressed to all parties while one side does the killing', () => {
    const p = plan([...sound, item('CPA.D.DIP.03', { addressedTo: 'all_parties' })]);
    const [w] = checkPlan(p, ctx(), (id) =>
      id === 'CPA.D.DIP.03' ? 'Deploying eminent persons/envoys' : id,
    );
    expect(w).toMatchObject({
      check: 'blind-neutrality',
      catalogIds: ['BEL.PIT.1', 'BEL.PIT.7', 'TEN.4'],
    });
    expect(w!.why).toBe(
      'Government of Myanmar (Burma) caused 90% of the 1000 civilian deaths in attacks recorded in the window, yet "Deploying eminent persons/envoys" is addressed to all parties alike.',
    );
    expect(fired(p, ctx(twoSided))).toEqual([]);
  });

  it('negative peace: a peace agreement sought with nothing that deters atrocities', () => {
    const p = plan([item('CPA.D.DIP.04'), item('CPA.D.IND.01', { addressedTo: 'government' })], {
      seeksPeaceAgreement: true,
    });
    expect(fired(p, ctx())).toEqual(['negative-peace']);
    expect(checkPlan(p, ctx())[0]!.why).toMatch(/risk tier extreme, escalation stage violence/);
    expect(
      fired(plan([...p.items, item('CPA.D.LEG.01')], { seeksPeaceAgreement: true }), ctx()),
    ).toEqual([]);
    expect(fired(p, ctx({ tier: 'low', stage: 'crisis', armedConflict: false }))).toEqual([]);
  });

  it('prevention is not over once violence begins: only structural measures during violence', () => {
    const p = plan([
      item('CPA.S.GOV.01'),
      item('CPA.S.SOC.02'),
      item('CPA.D.MIL.01', { status: 'dropped' }),
    ]);
    expect(fired(p, ctx())).toEqual(['prevention-ends']);
    expect(checkPlan(p, ctx())[0]!.why).toMatch(
      /^The escalation stage is violence, but the plan has no direct/,
    );
    expect(fired(p, ctx({ stage: 'crisis', armedConflict: false }))).toEqual([]);
  });

  it('growth without a measure against horizontal inequality', () => {
    const p = plan([...sound, item('CPA.S.ECON.03')]);
    const w = checkPlan(p, ctx()).find((x) => x.check === 'growth-inequality')!;
    expect(w.catalogIds).toEqual(['BEL.PIT.5', 'TEN.2']);
    expect(w.why).toMatch(/although Weakness of state structures scores 70/);
    expect(fired(plan([...sound, item('CPA.S.ECON.03'), item('CPA.S.ECON.02')]), ctx())).toEqual(
      [],
    );
  });

  it('security sector reform while state forces attack civilians', () => {
    const p = plan([...sound, item('CPA.S.SEC.03', { addressedTo: 'government' })]);
    expect(fired(p, ctx())).toEqual(['security-capacity']);
    expect(checkPlan(p, ctx())[0]!.why).toMatch(
      /state forces \(Government of Myanmar \(Burma\)\) caused 900 civilian deaths/,
    );
    expect(fired(p, ctx(twoSided))).toEqual([]);
  });

  it('an arms embargo on all parties when one side does the killing', () => {
    const p = plan([...sound, item('CPA.D.SAN.02', { addressedTo: 'all_parties' })]);
    expect(fired(p, ctx())).toEqual(['blind-neutrality', 'embargo-disarms-victims']);
    expect(
      fired(plan([...sound, item('CPA.D.SAN.02', { addressedTo: 'perpetrators' })]), ctx()),
    ).toEqual([]);
  });

  it('curbing hate speech with nothing for press freedom', () => {
    const p = plan([...sound, item('CPA.S.SOC.04')]);
    expect(fired(p, ctx())).toEqual(['hate-speech-press-freedom']);
    expect(fired(plan([...sound, item('CPA.S.SOC.04'), item('CPA.S.SOC.03')]), ctx())).toEqual([]);
  });

  it('inducements offered to perpetrators while violence is under way', () => {
    const p = plan([
      ...sound,
      item('CPA.D.IND.02', { addressedTo: 'armed_groups', targets: ['arsa'] }),
    ]);
    expect(fired(p, ctx())).toEqual(['rewarding-atrocities']);
    expect(fired(p, ctx({ stage: 'none', armedConflict: false }))).toEqual([]);
  });

  it('says every warning in French, Spanish and Arabic, with the measures as the catalog translates them', () => {
    const text = (id: string) =>
      id === 'CPA.D.DIP.03' ? 'Déployer des personnalités éminentes ou des envoyés' : id;
    const [w] = checkPlan(
      plan([item('CPA.D.DIP.03', { addressedTo: 'all_parties' })]),
      ctx(),
      text,
      'fr',
    );
    expect(w).toMatchObject({
      check: 'blind-neutrality',
      title:
        'Neutralité aveugle : toutes les parties traitées de la même façon alors que la violence est unilatérale',
    });
    expect(w!.why).toBe(
      'Government of Myanmar (Burma) a causé 90% des 1000 morts civils des attaques recensées sur la période, et pourtant « Déployer des personnalités éminentes ou des envoyés » s’adresse indistinctement à toutes les parties.',
    );
    const ar = contextPitfalls(ctx({ armedConflict: false, stage: 'crisis' }), 'ar');
    expect(ar.map((x) => x.check)).toEqual([
      'blind-neutrality',
      'security-capacity',
      'peacetime-blind-spot',
      'growth-inequality',
    ]);
    expect(ar.find((x) => x.check === 'peacetime-blind-spot')!.why).toContain('مستوى الخطر بالغ');
    // A translated warning's title is not the English one.
    const rewarding = { check: 'rewarding-atrocities', quoted: ['x'] } as const;
    for (const lang of ['fr', 'es', 'ar'] as const)
      expect(pitfallText(rewarding, lang).title).not.toBe(pitfallText(rewarding, 'en').title);
  });
});
