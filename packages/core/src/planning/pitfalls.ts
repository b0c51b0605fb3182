/**
 * Pitfalls and tensions checked against a plan (Bellamy 2011; catalog `conflict_prevention_pitfalls`
 * and `tensions`): blind neutrality when violence is one-sided, negative peace at any price,
 * prevention treated as over once violence begins, growth that widens horizontal inequality,
 * security capacity that can be turned to atrocities, embargoes that disarm the victims, curbing
 * hate speech at the cost of press freedom, inducements that reward atrocities, amnesties against
 * accountability and a return of the displaced before it is safe. Each warning
 * names the catalog items it rests on and says why it fired, from the plan and the country's data.
 */
import type { BriefLanguage } from '../briefs/brief-text';
import { stageRank } from '../escalation/indicators';
import { oneSided, topShare, type PlanContext } from './context';
import { pitfallText, type Killer, type PitfallFacts } from './pitfall-words';
import { recoveryPitfallText, type RecoveryFacts } from './recovery-pitfall-words';
import { activeItems, isUnder, type PlanBody, type PlanItem } from './plan';

export interface PlanWarning {
  readonly check: string;
  /** Catalog pitfalls and tensions (BEL.PIT.1, TEN.4). */
  readonly catalogIds: readonly string[];
  readonly title: string;
  readonly why: string;
  /** The plan's measures it concerns. */
  readonly measures: readonly string[];
}

/** What a check found: the warning without its words (pitfall-words.ts gives them). */
interface Finding {
  readonly catalogIds: readonly string[];
  readonly measures: readonly string[];
  readonly facts: PitfallFacts | RecoveryFacts;
}

type Check = (plan: PlanBody, ctx: PlanContext, text: (id: string) => string) => Finding | null;

const has = (items: readonly PlanItem[], id: string) =>
  items.filter((i) => isUnder(i.measureId, id));
const deaths = (ctx: PlanContext) => ctx.perpetrators.reduce((s, p) => s + p.civilianDeaths, 0);
const whoKills = (ctx: PlanContext): Killer => ({
  name: ctx.perpetrators[0]!.name,
  share: topShare(ctx),
  deaths: deaths(ctx),
});
const quote = (items: readonly PlanItem[], text: (id: string) => string) =>
  items.map((i) => text(i.measureId));

const neutrality: Check = (plan, ctx, text) => {
  if (!oneSided(ctx)) return null;
  const even = activeItems(plan).filter(
    (i) =>
      i.addressedTo === 'all_parties' &&
      (isUnder(i.measureId, 'CPA.D.DIP') ||
        isUnder(i.measureId, 'CPA.D.MIL.01') ||
        isUnder(i.measureId, 'CPA.D.SAN')),
  );
  if (even.length === 0) return null;
  return {
    catalogIds: ['BEL.PIT.1', 'BEL.PIT.7', 'TEN.4'],
    facts: { check: 'blind-neutrality', killer: whoKills(ctx), quoted: quote(even, text) },
    measures: even.map((i) => i.measureId),
  };
};

const DETERRENTS = ['CPA.S.SEC.02', 'CPA.S.HR.02', 'CPA.D.LEG', 'CPA.D.SAN', 'CPA.D.MIL.02'];

const negativePeace: Check = (plan, ctx) => {
  if (!plan.seeksPeaceAgreement) return null;
  const threat =
    ctx.tier === 'high' ||
    ctx.tier === 'extreme' ||
    stageRank(ctx.stage) >= stageRank('mobilisation');
  if (!threat) return null;
  const items = activeItems(plan);
  if (DETERRENTS.some((d) => has(items, d).length > 0)) return null;
  return {
    catalogIds: ['BEL.PIT.2', 'TEN.5'],
    facts: { check: 'negative-peace', tier: ctx.tier, stage: ctx.stage },
    measures: [],
  };
};

const preventionEnds: Check = (plan, ctx) => {
  if (ctx.stage !== 'violence' && !ctx.armedConflict) return null;
  const items = activeItems(plan);
  if (items.some((i) => isUnder(i.measureId, 'CPA.D') || isUnder(i.measureId, 'CPA.E')))
    return null;
  return {
    catalogIds: ['BEL.PIT.3'],
    facts: {
      check: 'prevention-ends',
      violence: ctx.stage === 'violence',
      battleDeaths: ctx.battleDeaths,
      year: ctx.year,
      planItems: items.length,
    },
    measures: items.map((i) => i.measureId),
  };
};

const growthInequality: Check = (plan, ctx, text) => {
  const items = activeItems(plan);
  const growth = has(items, 'CPA.S.ECON.03');
  if (growth.length === 0 || has(items, 'CPA.S.ECON.02').length > 0) return null;
  const driver = ctx.drivers.find((d) => d.catalogRefs.includes('BEL.PC.ECO.3'));
  return {
    catalogIds: ['BEL.PIT.5', 'TEN.2'],
    facts: {
      check: 'growth-inequality',
      quoted: quote(growth, text),
      inequality: text('CPA.S.ECON.02'),
      driver: driver ? { name: driver.name, score: driver.score } : null,
    },
    measures: growth.map((i) => i.measureId),
  };
};

const securityCapacity: Check = (plan, ctx, text) => {
  const ssr = [
    ...has(activeItems(plan), 'CPA.S.SEC.03'),
    ...has(activeItems(plan), 'CPA.S.SEC.04'),
  ];
  const state = ctx.perpetrators.find((p) => p.type === 'state_organ');
  if (ssr.length === 0 || !state) return null;
  return {
    catalogIds: ['BEL.PIT.5', 'TEN.3'],
    facts: {
      check: 'security-capacity',
      quoted: quote(ssr, text),
      state: { name: state.name, deaths: state.civilianDeaths },
    },
    measures: ssr.map((i) => i.measureId),
  };
};

const embargo: Check = (plan, ctx, text) => {
  const e = has(activeItems(plan), 'CPA.D.SAN.02').filter((i) => i.addressedTo === 'all_parties');
  if (e.length === 0 || !oneSided(ctx)) return null;
  return {
    catalogIds: ['TEN.6'],
    facts: { check: 'embargo-disarms-victims', quoted: quote(e, text), killer: whoKills(ctx) },
    measures: e.map((i) => i.measureId),
  };
};

const hateSpeech: Check = (plan, _ctx, text) => {
  const items = activeItems(plan);
  const curbs = [...has(items, 'CPA.S.SOC.04'), ...has(items, 'CPA.D.MIL.03')];
  if (curbs.length === 0 || has(items, 'CPA.S.SOC.03').length > 0) return null;
  return {
    catalogIds: ['TEN.1'],
    facts: {
      check: 'hate-speech-press-freedom',
      quoted: quote(curbs, text),
      press: text('CPA.S.SOC.03'),
    },
    measures: curbs.map((i) => i.measureId),
  };
};

const rewarding: Check = (plan, ctx, text) => {
  if (stageRank(ctx.stage) < stageRank('mobilisation') && !ctx.armedConflict) return null;
  const perpetrators = new Set(ctx.perpetrators.map((p) => p.key));
  const offers = has(activeItems(plan), 'CPA.D.IND').filter(
    (i) => i.addressedTo === 'perpetrators' || i.targets.some((t) => perpetrators.has(t)),
  );
  if (offers.length === 0) return null;
  return {
    catalogIds: ['BEL.PIT.6', 'TEN.7'],
    facts: { check: 'rewarding-atrocities', quoted: quote(offers, text) },
    measures: offers.map((i) => i.measureId),
  };
};

/** Measures that hold perpetrators to account (an amnesty beside one of them is still flagged). */
const ACCOUNTABILITY = ['RR.REC.JUS.01', 'CPA.S.SEC.02', 'CPA.S.HR.02', 'CPA.D.LEG.01'];

const amnesty: Check = (plan, _ctx, text) => {
  const items = activeItems(plan);
  const a = has(items, 'RR.REC.JUS.02');
  if (a.length === 0) return null;
  const held = ACCOUNTABILITY.flatMap((id) => has(items, id))[0];
  return {
    catalogIds: ['TEN.L1'],
    facts: {
      check: 'amnesty-accountability',
      quoted: quote(a, text),
      accountability: held ? text(held.measureId) : null,
    },
    measures: a.map((i) => i.measureId),
  };
};

const prematureReturn: Check = (plan, ctx, text) => {
  const r = has(activeItems(plan), 'RR.REC.ECO.02');
  const civilianDeaths = deaths(ctx);
  const unsafe =
    stageRank(ctx.stage) >= stageRank('mobilisation') || ctx.armedConflict || civilianDeaths > 0;
  if (r.length === 0 || !unsafe) return null;
  return {
    catalogIds: ['TEN.L2'],
    facts: {
      check: 'premature-return',
      quoted: quote(r, text),
      stage: ctx.stage,
      armedConflict: ctx.armedConflict,
      civilianDeaths,
    },
    measures: r.map((i) => i.measureId),
  };
};

export const PLAN_CHECKS: ReadonlyArray<readonly [string, Check]> = [
  ['blind-neutrality', neutrality],
  ['negative-peace', negativePeace],
  ['prevention-ends', preventionEnds],
  ['growth-inequality', growthInequality],
  ['security-capacity', securityCapacity],
  ['embargo-disarms-victims', embargo],
  ['hate-speech-press-freedom', hateSpeech],
  ['rewarding-atrocities', rewarding],
  ['amnesty-accountability', amnesty],
  ['premature-return', prematureReturn],
];

const worded = (f: Finding, lang: BriefLanguage): PlanWarning => ({
  check: f.facts.check,
  catalogIds: f.catalogIds,
  ...(f.facts.check === 'amnesty-accountability' || f.facts.check === 'premature-return'
    ? recoveryPitfallText(f.facts, lang)
    : pitfallText(f.facts, lang)),
  measures: f.measures,
});

/** Every warning the plan triggers in this context, in a fixed order, in a language. */
export function checkPlan(
  plan: PlanBody,
  ctx: PlanContext,
  text: (measureId: string) => string = (id) => id,
  lang: BriefLanguage = 'en',
): PlanWarning[] {
  return PLAN_CHECKS.map(([, c]) => c(plan, ctx, text))
    .filter((w): w is Finding => w !== null)
    .map((f) => worded(f, lang));
}

/**
 * The pitfalls a country's situation makes likely, before any plan exists: what a brief warns
 * decision-makers of. Each says why, from the country's data.
 */
export function contextPitfalls(ctx: PlanContext, lang: BriefLanguage = 'en'): PlanWarning[] {
  const out: Finding[] = [];
  if (oneSided(ctx))
    out.push({
      catalogIds: ['BEL.PIT.1', 'TEN.4'],
      facts: { check: 'blind-neutrality', killer: whoKills(ctx), quoted: null },
      measures: [],
    });
  if (ctx.stage === 'violence' || ctx.armedConflict)
    out.push({
      catalogIds: ['BEL.PIT.3'],
      facts: {
        check: 'prevention-ends',
        violence: ctx.stage === 'violence',
        battleDeaths: ctx.battleDeaths,
        year: ctx.year,
        planItems: null,
      },
      measures: [],
    });
  const state = ctx.perpetrators.find((p) => p.type === 'state_organ');
  if (state)
    out.push({
      catalogIds: ['BEL.PIT.5', 'TEN.3'],
      facts: {
        check: 'security-capacity',
        quoted: null,
        state: { name: state.name, deaths: state.civilianDeaths },
      },
      measures: [],
    });
  if (!ctx.armedConflict && (ctx.tier === 'high' || ctx.tier === 'extreme'))
    out.push({
      catalogIds: ['BEL.PIT.4'],
      facts: { check: 'peacetime-blind-spot', tier: ctx.tier },
      measures: [],
    });
  const ineq = ctx.drivers.find((d) => d.catalogRefs.includes('BEL.PC.ECO.3'));
  if (ineq)
    out.push({
      catalogIds: ['BEL.PIT.5', 'TEN.2'],
      facts: {
        check: 'growth-inequality',
        quoted: null,
        inequality: null,
        driver: { name: ineq.name, score: ineq.score },
      },
      measures: [],
    });
  return out.map((f) => worded(f, lang));
}
