/**
 * Pitfalls and tensions checked against a plan (Bellamy 2011; catalog `conflict_prevention_pitfalls`
 * and `tensions`): blind neutrality when violence is one-sided, negative peace at any price,
 * prevention treated as over once violence begins, growth that widens horizontal inequality,
 * security capacity that can be turned to atrocities, embargoes that disarm the victims, curbing
 * hate speech at the cost of press freedom, and inducements that reward atrocities. Each warning
 * names the catalog items it rests on and says why it fired, from the plan and the country's data.
 */
import { stageRank } from '../escalation/indicators';
import { oneSided, topShare, type PlanContext } from './context';
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

type Check = (plan: PlanBody, ctx: PlanContext, text: (id: string) => string) => PlanWarning | null;

const has = (items: readonly PlanItem[], id: string) =>
  items.filter((i) => isUnder(i.measureId, id));
const pct = (x: number) => `${Math.round(x * 100)}%`;
const deaths = (ctx: PlanContext) => ctx.perpetrators.reduce((s, p) => s + p.civilianDeaths, 0);
const whoKills = (ctx: PlanContext) => {
  const top = ctx.perpetrators[0]!;
  return `${top.name} caused ${pct(topShare(ctx))} of the ${deaths(ctx)} civilian deaths in attacks recorded in the window`;
};
const quote = (items: readonly PlanItem[], text: (id: string) => string) =>
  items.map((i) => `"${text(i.measureId)}"`).join(', ');

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
    check: 'blind-neutrality',
    catalogIds: ['BEL.PIT.1', 'BEL.PIT.7', 'TEN.4'],
    title: 'Blind neutrality: all parties treated alike while the violence is one-sided',
    why: `${whoKills(ctx)}, yet ${quote(even, text)} ${even.length > 1 ? 'are' : 'is'} addressed to all parties alike.`,
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
    check: 'negative-peace',
    catalogIds: ['BEL.PIT.2', 'TEN.5'],
    title: 'Negative peace at any price',
    why: `The plan seeks a peace agreement while the atrocity threat is credible (risk tier ${ctx.tier ?? 'unknown'}, escalation stage ${ctx.stage}), and nothing in it deters or punishes atrocities (ending impunity, the ICC, sanctions, legal measures, a rapid-deployment threat).`,
    measures: [],
  };
};

const preventionEnds: Check = (plan, ctx) => {
  if (ctx.stage !== 'violence' && !ctx.armedConflict) return null;
  const items = activeItems(plan);
  if (items.some((i) => isUnder(i.measureId, 'CPA.D') || isUnder(i.measureId, 'CPA.E')))
    return null;
  const now =
    ctx.stage === 'violence'
      ? 'the escalation stage is violence'
      : `armed conflict is under way (${ctx.battleDeaths} battle deaths in ${ctx.year})`;
  return {
    check: 'prevention-ends',
    catalogIds: ['BEL.PIT.3'],
    title: 'Treating prevention as over once violence begins',
    why: `${now[0]!.toUpperCase()}${now.slice(1)}, but the plan has no direct or escalation prevention measure in force: only structural ones${items.length === 0 ? ' (it has none at all)' : ''}.`,
    measures: items.map((i) => i.measureId),
  };
};

const growthInequality: Check = (plan, ctx, text) => {
  const items = activeItems(plan);
  const growth = has(items, 'CPA.S.ECON.03');
  if (growth.length === 0 || has(items, 'CPA.S.ECON.02').length > 0) return null;
  const driver = ctx.drivers.find((d) => d.catalogRefs.includes('BEL.PC.ECO.3'));
  return {
    check: 'growth-inequality',
    catalogIds: ['BEL.PIT.5', 'TEN.2'],
    title: 'Growth that can widen horizontal inequality',
    why: `The plan promotes economic growth (${quote(growth, text)}) with no measure reducing horizontal inequalities (${text('CPA.S.ECON.02')})${driver ? `, although ${driver.name} scores ${Math.round(driver.score)}` : ''}.`,
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
    check: 'security-capacity',
    catalogIds: ['BEL.PIT.5', 'TEN.3'],
    title: 'Security capacity that can be turned to atrocities',
    why: `The plan builds security capacity (${quote(ssr, text)}) while state forces (${state.name}) caused ${state.civilianDeaths} civilian deaths in the window.`,
    measures: ssr.map((i) => i.measureId),
  };
};

const embargo: Check = (plan, ctx, text) => {
  const e = has(activeItems(plan), 'CPA.D.SAN.02').filter((i) => i.addressedTo === 'all_parties');
  if (e.length === 0 || !oneSided(ctx)) return null;
  return {
    check: 'embargo-disarms-victims',
    catalogIds: ['TEN.6'],
    title: 'An embargo on all parties can disarm the victims',
    why: `${quote(e, text)} applies to all parties, while ${whoKills(ctx)}: those attacked lose the means to protect themselves (Bosnia 1992-95).`,
    measures: e.map((i) => i.measureId),
  };
};

const hateSpeech: Check = (plan, _ctx, text) => {
  const items = activeItems(plan);
  const curbs = [...has(items, 'CPA.S.SOC.04'), ...has(items, 'CPA.D.MIL.03')];
  if (curbs.length === 0 || has(items, 'CPA.S.SOC.03').length > 0) return null;
  return {
    check: 'hate-speech-press-freedom',
    catalogIds: ['TEN.1'],
    title: 'Curbing hate speech versus press freedom',
    why: `The plan curbs speech (${quote(curbs, text)}) with nothing that protects press freedom (${text('CPA.S.SOC.03')}): restrictions can silence countervailing voices too.`,
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
    check: 'rewarding-atrocities',
    catalogIds: ['BEL.PIT.6', 'TEN.7'],
    title: 'Inducements that can reward atrocities',
    why: `${quote(offers, text)} ${offers.length > 1 ? 'offer' : 'offers'} inducements to those attacking civilians while violence is under way: armed groups can commit atrocities to "earn" a seat.`,
    measures: offers.map((i) => i.measureId),
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
];

/** Every warning the plan triggers in this context, in a fixed order. */
export function checkPlan(
  plan: PlanBody,
  ctx: PlanContext,
  text: (measureId: string) => string = (id) => id,
): PlanWarning[] {
  return PLAN_CHECKS.map(([, c]) => c(plan, ctx, text)).filter((w): w is PlanWarning => w !== null);
}

/**
 * The pitfalls a country's situation makes likely, before any plan exists: what a brief warns
 * decision-makers of. Each says why, from the country's data.
 */
export function contextPitfalls(ctx: PlanContext): PlanWarning[] {
  const out: PlanWarning[] = [];
  if (oneSided(ctx))
    out.push({
      check: 'blind-neutrality',
      catalogIds: ['BEL.PIT.1', 'TEN.4'],
      title: 'Blind neutrality: all parties treated alike while the violence is one-sided',
      why: `${whoKills(ctx)}: measures addressed to all parties alike would treat them as morally equivalent.`,
      measures: [],
    });
  if (ctx.stage === 'violence' || ctx.armedConflict)
    out.push({
      check: 'prevention-ends',
      catalogIds: ['BEL.PIT.3'],
      title: 'Treating prevention as over once violence begins',
      why:
        ctx.stage === 'violence'
          ? 'Violence red flags are up: escalation prevention still protects those not yet attacked.'
          : `Armed conflict is under way (${ctx.battleDeaths} battle deaths in ${ctx.year}): escalation prevention keeps armed groups from atrocities.`,
      measures: [],
    });
  const state = ctx.perpetrators.find((p) => p.type === 'state_organ');
  if (state)
    out.push({
      check: 'security-capacity',
      catalogIds: ['BEL.PIT.5', 'TEN.3'],
      title: 'Security capacity that can be turned to atrocities',
      why: `State forces (${state.name}) caused ${state.civilianDeaths} civilian deaths in the window: security sector support can feed their capacity.`,
      measures: [],
    });
  if (!ctx.armedConflict && (ctx.tier === 'high' || ctx.tier === 'extreme'))
    out.push({
      check: 'peacetime-blind-spot',
      catalogIds: ['BEL.PIT.4'],
      title: 'Early warning fixed on armed conflict',
      why: `There is no armed conflict, yet the risk tier is ${ctx.tier}: most peacetime atrocities are state-directed suppression, communal violence or post-war retribution.`,
      measures: [],
    });
  const ineq = ctx.drivers.find((d) => d.catalogRefs.includes('BEL.PC.ECO.3'));
  if (ineq)
    out.push({
      check: 'growth-inequality',
      catalogIds: ['BEL.PIT.5', 'TEN.2'],
      title: 'Growth that can widen horizontal inequality',
      why: `${ineq.name} scores ${Math.round(ineq.score)}: growth measures need measures against horizontal inequality beside them.`,
      measures: [],
    });
  return out;
}
