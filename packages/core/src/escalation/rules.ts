import { LensError } from '../domain/errors';
import { TIERS, type Tier } from '../assessment/lens-spec';
import { isIndicatorId, STAGES, type IndicatorId, type Stage } from './indicators';

export const SEVERITIES = ['low', 'medium', 'high', 'critical'] as const;
export type Severity = (typeof SEVERITIES)[number];

interface RuleBase {
  readonly id: string;
  readonly name: string;
  readonly description: string;
  /** The stage the rule's firing puts its scope in. */
  readonly stage: Exclude<Stage, 'none'>;
  readonly severity: Severity;
  /** Catalog item ids the rule stands for (frameworks catalog). */
  readonly catalog: readonly string[];
  /** Province (admin-1 unit) or whole country. */
  readonly scope: 'admin1' | 'country';
  /** Raise an alert (true) or only set the stage (false). */
  readonly alert: boolean;
  /** How long the stage holds after the last event behind a firing. */
  readonly holdDays: number;
  /** Firings of the rule in one scope this close to an open alert join it rather than raise another. */
  readonly mergeDays: number;
  /** Events the rule reads: any of these indicators. */
  readonly indicators: readonly IndicatorId[];
}

/** At least `minEvents` matching events within `windowDays` (each with at least `minDeaths`). */
export interface CountRule extends RuleBase {
  readonly kind: 'count';
  readonly minEvents: number;
  readonly windowDays: number;
  readonly minDeaths: number;
}

/** A matching event and no accountability event in the same place within `withinDays`. */
export interface ImpunityRule extends RuleBase {
  readonly kind: 'impunity';
  readonly accountability: readonly IndicatorId[];
  readonly withinDays: number;
  readonly minDeaths: number;
}

/**
 * Repeated small attacks on the same group (or by the same perpetrator when the target is not
 * known): `minEvents` within `windowDays`, each killing at most `maxDeaths`, and no accountability
 * within `withinDays` of the first.
 */
export interface TrialMassacreRule extends RuleBase {
  readonly kind: 'trial_massacre';
  readonly accountability: readonly IndicatorId[];
  readonly minEvents: number;
  readonly windowDays: number;
  readonly maxDeaths: number;
  readonly withinDays: number;
}

/** A matching event in a country whose tier (as assessed for the year before) is one of `tiers`. */
export interface StructuralGateRule extends RuleBase {
  readonly kind: 'structural_gate';
  readonly tiers: readonly Tier[];
}

export type Rule = CountRule | ImpunityRule | TrialMassacreRule | StructuralGateRule;

export interface RuleSet {
  readonly version: string;
  readonly description: string;
  readonly rules: readonly Rule[];
  /**
   * Alerts a country may raise in a year before lower-priority ones become stage signals
   * (default 12: about one a month keeps a queue readable).
   */
  readonly alertBudget?: number;
}

const common = {
  scope: 'admin1',
  alert: true,
  holdDays: 365,
  mergeDays: 90,
} as const;

/** Lens's first rule set: Bellamy's violence red flags, trial massacres, and crisis in high-risk states. */
export const RULES_1: RuleSet = {
  version: 'lens-escalation-rules@1',
  description:
    'Violence red flags (civilians targeted with impunity, trial massacres), gender red flags, mobilisation signs, and crises in countries of high or extreme structural risk (Bellamy 2011, path of escalation).',
  rules: [
    {
      ...common,
      id: 'impunity',
      kind: 'impunity',
      name: 'Civilians targeted with impunity',
      description:
        'Civilians were deliberately attacked and no arrest, charge, trial or inquiry followed in the same place within 30 days.',
      stage: 'violence',
      severity: 'high',
      catalog: ['BEL.VIO.1', 'BEL.VIO.2'],
      indicators: ['civilians_targeted'],
      accountability: ['accountability'],
      withinDays: 30,
      minDeaths: 1,
    },
    {
      ...common,
      id: 'trial-massacre',
      kind: 'trial_massacre',
      name: 'Trial massacres and the cycle of impunity',
      description:
        'Three or more small one-sided killings (25 dead or fewer each) of the same group, or by the same perpetrator, in one province within 90 days, and no accountability within 30 days of the first.',
      stage: 'violence',
      severity: 'critical',
      catalog: ['BEL.VIO.TM', 'BEL.VIO.CI', 'BEL.VIO.2'],
      indicators: ['civilians_targeted'],
      accountability: ['accountability'],
      minEvents: 3,
      windowDays: 90,
      maxDeaths: 25,
      withinDays: 30,
    },
    {
      ...common,
      id: 'mass-killing',
      kind: 'count',
      name: 'Civilians killed in large numbers',
      description: 'One attack on civilians that killed ten people or more.',
      stage: 'violence',
      severity: 'high',
      catalog: ['BEL.VIO.1'],
      indicators: ['civilians_targeted'],
      minEvents: 1,
      windowDays: 1,
      minDeaths: 10,
    },
    {
      ...common,
      id: 'sexual-violence',
      kind: 'count',
      name: 'Sexual violence',
      description: 'Sexual violence reported (gender red flag).',
      stage: 'violence',
      severity: 'high',
      catalog: ['G.I.2'],
      indicators: ['sexual_violence'],
      minEvents: 1,
      windowDays: 1,
      minDeaths: 0,
    },
    {
      ...common,
      id: 'violence-targeting-women',
      kind: 'count',
      name: 'Political violence targeting women',
      description: 'Women politicians, journalists or activists attacked.',
      stage: 'mobilisation',
      severity: 'medium',
      catalog: ['G.I.3'],
      indicators: ['violence_targeting_women'],
      minEvents: 1,
      windowDays: 1,
      minDeaths: 0,
    },
    {
      ...common,
      id: 'regime-threat',
      kind: 'count',
      name: "Threat to the regime's survival",
      description: 'Reports that the governing regime is under existential threat.',
      stage: 'violence',
      severity: 'high',
      scope: 'country',
      catalog: ['BEL.VIO.3'],
      indicators: ['regime_threat'],
      minEvents: 1,
      windowDays: 1,
      minDeaths: 0,
    },
    {
      ...common,
      id: 'mobilisation',
      kind: 'count',
      name: 'Mobilisation',
      description:
        'Two or more signs of mobilisation (militias, hate groups or propaganda, purges, marginalised moderates, displacement and camps, unpunished abuses) in one province within 90 days.',
      stage: 'mobilisation',
      severity: 'medium',
      catalog: [
        'BEL.MOB.1',
        'BEL.MOB.2',
        'BEL.MOB.3',
        'BEL.MOB.4',
        'BEL.MOB.5',
        'BEL.MOB.6',
        'BEL.MOB.7',
      ],
      indicators: [
        'moderates_marginalised',
        'hate_groups',
        'security_purge',
        'militias',
        'unpunished_abuses',
        'hate_propaganda',
        'segregation_displacement',
      ],
      minEvents: 2,
      windowDays: 90,
      minDeaths: 0,
    },
    {
      ...common,
      id: 'crisis-high-risk',
      kind: 'structural_gate',
      name: 'Coup or disputed election in a high-risk country',
      description:
        'A coup, attempted coup or disputed election in a country whose tier (assessed for the year before) is high or extreme.',
      stage: 'crisis',
      severity: 'high',
      scope: 'country',
      catalog: ['BEL.CR.2.a', 'BEL.CR.2.b'],
      indicators: ['coup', 'disputed_election'],
      tiers: ['high', 'extreme'],
    },
    {
      ...common,
      id: 'crisis',
      kind: 'count',
      name: 'Crisis',
      description:
        'Armed contest (three events within 90 days), or any coup, disputed election, contested succession or secession, or sign of state incapacity: the crisis stage.',
      stage: 'crisis',
      severity: 'low',
      alert: false,
      catalog: ['BEL.CR.1', 'BEL.CR.2', 'BEL.CR.3', 'BEL.CR.4'],
      indicators: ['armed_contest'],
      minEvents: 3,
      windowDays: 90,
      minDeaths: 0,
    },
    {
      ...common,
      id: 'crisis-event',
      kind: 'count',
      name: 'Crisis event',
      description:
        'A coup, disputed election, contested succession or secession, state incapacity or radical government.',
      stage: 'crisis',
      severity: 'low',
      alert: false,
      scope: 'country',
      catalog: ['BEL.CR.2', 'BEL.CR.3', 'BEL.CR.4'],
      indicators: [
        'coup',
        'disputed_election',
        'contested_succession',
        'state_incapacity',
        'radical_government',
      ],
      minEvents: 1,
      windowDays: 1,
      minDeaths: 0,
    },
  ],
};

// ---------------------------------------------------------------------------------------------
// Parsing an edited rule set: every problem named by its path; nothing half-checked is stored.

type Errors = Record<string, string>;

const isObj = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

function int(
  o: Record<string, unknown>,
  k: string,
  at: string,
  e: Errors,
  min: number,
  max: number,
) {
  const v = o[k];
  if (typeof v !== 'number' || !Number.isInteger(v) || v < min || v > max)
    e[`${at}.${k}`] = `must be a whole number from ${min} to ${max}`;
  return v as number;
}

function indicators(v: unknown, at: string, e: Errors): IndicatorId[] {
  if (
    !Array.isArray(v) ||
    v.length === 0 ||
    v.some((x) => typeof x !== 'string' || !isIndicatorId(x))
  ) {
    e[at] = 'must be a non-empty list of indicator ids (see `lens escalation indicators`)';
    return [];
  }
  return v as IndicatorId[];
}

/** Checks an edited rule set; throws a LensError naming every bad field (rules[2].withinDays...). */
export function parseRuleSet(input: unknown): RuleSet {
  const e: Errors = {};
  if (!isObj(input))
    throw new LensError('invalid', 'a rule set is a JSON object', { ruleset: 'not an object' });
  if (typeof input.version !== 'string' || !/^[\w.@:-]{3,80}$/.test(input.version))
    e.version = 'must be 3-80 letters, digits or . @ : - _';
  if (typeof input.description !== 'string') e.description = 'must be text';
  if (!Array.isArray(input.rules) || input.rules.length === 0 || input.rules.length > 100)
    e.rules = 'must be a list of 1 to 100 rules';
  const ids = new Set<string>();
  const rules = (Array.isArray(input.rules) ? input.rules : []).map((r: unknown, i: number) => {
    const at = `rules[${i}]`;
    if (!isObj(r)) {
      e[at] = 'must be an object';
      return r;
    }
    if (typeof r.id !== 'string' || !/^[a-z0-9-]{2,40}$/.test(r.id))
      e[`${at}.id`] = 'must be 2-40 of a-z 0-9 -';
    else if (ids.has(r.id)) e[`${at}.id`] = `repeats ${r.id}`;
    else ids.add(r.id);
    for (const k of ['name', 'description'])
      if (typeof r[k] !== 'string' || r[k] === '') e[`${at}.${k}`] = 'must be text';
    if (!STAGES.includes(r.stage as Stage) || r.stage === 'none')
      e[`${at}.stage`] = 'must be crisis, mobilisation or violence';
    if (!SEVERITIES.includes(r.severity as Severity))
      e[`${at}.severity`] = `must be one of ${SEVERITIES.join(', ')}`;
    if (r.scope !== 'admin1' && r.scope !== 'country')
      e[`${at}.scope`] = 'must be admin1 or country';
    if (typeof r.alert !== 'boolean') e[`${at}.alert`] = 'must be true or false';
    if (!Array.isArray(r.catalog) || r.catalog.some((c) => typeof c !== 'string'))
      e[`${at}.catalog`] = 'must be a list of catalog ids';
    int(r, 'holdDays', at, e, 1, 3650);
    int(r, 'mergeDays', at, e, 0, 3650);
    indicators(r.indicators, `${at}.indicators`, e);
    switch (r.kind) {
      case 'count':
        int(r, 'minEvents', at, e, 1, 10_000);
        int(r, 'windowDays', at, e, 1, 3650);
        int(r, 'minDeaths', at, e, 0, 1_000_000);
        break;
      case 'impunity':
        indicators(r.accountability, `${at}.accountability`, e);
        int(r, 'withinDays', at, e, 1, 3650);
        int(r, 'minDeaths', at, e, 0, 1_000_000);
        break;
      case 'trial_massacre':
        indicators(r.accountability, `${at}.accountability`, e);
        int(r, 'minEvents', at, e, 2, 10_000);
        int(r, 'windowDays', at, e, 1, 3650);
        int(r, 'maxDeaths', at, e, 1, 1_000_000);
        int(r, 'withinDays', at, e, 1, 3650);
        break;
      case 'structural_gate':
        if (
          !Array.isArray(r.tiers) ||
          r.tiers.length === 0 ||
          r.tiers.some((t) => !TIERS.includes(t as Tier))
        )
          e[`${at}.tiers`] = `must be a list of ${TIERS.join(', ')}`;
        break;
      default:
        e[`${at}.kind`] = 'must be count, impunity, trial_massacre or structural_gate';
    }
    return r;
  });
  if (input.alertBudget !== undefined) int(input, 'alertBudget', 'ruleset', e, 1, 10_000);
  if (Object.keys(e).length > 0)
    throw new LensError('invalid', `the rule set has ${Object.keys(e).length} problem(s)`, e);
  return {
    version: input.version as string,
    description: input.description as string,
    rules: rules as Rule[],
    ...(input.alertBudget !== undefined ? { alertBudget: input.alertBudget as number } : {}),
  };
}
