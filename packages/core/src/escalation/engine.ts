import type { Tier } from '../assessment/lens-spec';
import type { IndicatorHit } from './classify';
import { higherStage, type IndicatorId, type Stage } from './indicators';
import type { Rule, RuleSet, Severity } from './rules';

/** An event as the rules read it: classified, placed, dated. */
export interface EscalationEvent {
  /** `ucdp-ged:12345` or `report:42`. */
  readonly ref: string;
  readonly date: string;
  readonly iso3: string;
  readonly admin1Code: string | null;
  readonly admin1Name: string | null;
  readonly deaths: number | null;
  /** The actor that acted (UCDP side A, ACLED actor 1, a report's first actor). */
  readonly perpetrator: string | null;
  /** The group attacked, when the source says (a report's target group). */
  readonly target: string | null;
  readonly hits: readonly IndicatorHit[];
  readonly summary: string;
  /**
   * Whether it counts as evidence on its own: imported events (a published dataset's coding) and
   * corroborated or verified reports do; an unverified report does not.
   */
  readonly corroborated: boolean;
  /**
   * Whether its source could record accountability (an arrest, charge, trial, inquiry): sources
   * with text (reports, ACLED notes) can; GED's coded rows cannot.
   */
  readonly reportsAccountability: boolean;
}

/**
 * What an episode rests on. `evidence` moves the stage; `to_verify` rests on unverified reports
 * only (an analyst should verify them; the stage does not move); `accountability_unknown` is an
 * impunity check where no source covering the place and period could have recorded accountability.
 */
export const BASES = ['evidence', 'to_verify', 'accountability_unknown'] as const;
export type Basis = (typeof BASES)[number];

export interface StructuralContext {
  /** The tier of a country as assessed for a year, or null when not assessed. */
  /**
   * The tier of a country as assessed for a year (or, when that year has no data yet, the latest
   * assessed year up to three before it), with the year used; null when not assessed.
   */
  tierOf(
    iso3: string,
    year: number,
  ): { tier: Tier | null; score: number | null; year: number } | null;
}

/** One rule firing in one scope: an alert (or a stage signal) before merging. */
export interface Firing {
  readonly ruleId: string;
  readonly iso3: string;
  readonly admin1Code: string | null;
  readonly admin1Name: string | null;
  /** The day the rule would have fired (its inputs all dated on or before it). */
  readonly firedOn: string;
  readonly events: readonly EscalationEvent[];
  readonly context: Readonly<Record<string, string | number | null>>;
  readonly basis: Basis;
}

/** Firings of one rule in one scope close in time, as one alert. */
export interface Episode {
  readonly ruleId: string;
  readonly stage: Exclude<Stage, 'none'>;
  readonly severity: Severity;
  readonly alert: boolean;
  readonly iso3: string;
  readonly admin1Code: string | null;
  readonly admin1Name: string | null;
  readonly raisedOn: string;
  readonly firstEventDate: string;
  readonly lastEventDate: string;
  /** The stage holds until this day. */
  readonly holdsUntil: string;
  readonly events: readonly EscalationEvent[];
  readonly context: Readonly<Record<string, string | number | null>>;
  readonly basis: Basis;
}

const DAY = 86_400_000;
/** Days since 1970-01-01 of a day (YYYY-MM-DD, or the day of a date-time). */
export const dayNumber = (d: string) => Math.floor(Date.parse(d.slice(0, 10)) / DAY);
const dateOf = (n: number) => new Date(n * DAY).toISOString().slice(0, 10);
export const addDays = (d: string, days: number) => dateOf(dayNumber(d) + days);

const has = (e: EscalationEvent, ids: readonly IndicatorId[]) =>
  e.hits.some((h) => ids.includes(h.indicator));

const scopeKey = (rule: Rule, e: { iso3: string; admin1Code: string | null }) =>
  rule.scope === 'country' ? e.iso3 : `${e.iso3}|${e.admin1Code ?? '?'}`;

/** Sorted day numbers: is any in (from, to]? */
function anyIn(l: readonly number[] | undefined, from: number, to: number): boolean {
  if (!l) return false;
  let lo = 0;
  let hi = l.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (l[mid]! <= from) lo = mid + 1;
    else hi = mid;
  }
  return lo < l.length && l[lo]! <= to;
}

/**
 * Accountability days per country and per province, for "none within N days" checks; and the days
 * on which a source that could have recorded accountability reported anything in the country.
 */
class Accountability {
  private readonly byKey = new Map<string, number[]>();
  private readonly coverage = new Map<string, number[]>();
  constructor(events: readonly EscalationEvent[], ids: readonly IndicatorId[]) {
    for (const e of events) {
      if (e.reportsAccountability) {
        const c = this.coverage.get(e.iso3) ?? [];
        c.push(dayNumber(e.date));
        this.coverage.set(e.iso3, c);
      }
      if (!has(e, ids)) continue;
      // An accountability event without a province counts for every province of its country.
      for (const k of e.admin1Code ? [`${e.iso3}|${e.admin1Code}`] : [e.iso3]) {
        const list = this.byKey.get(k) ?? [];
        list.push(dayNumber(e.date));
        this.byKey.set(k, list);
      }
    }
    for (const l of this.byKey.values()) l.sort((a, b) => a - b);
    for (const l of this.coverage.values()) l.sort((a, b) => a - b);
  }
  /** Whether any accountability event for this place falls in (from, to]. */
  any(e: EscalationEvent, from: number, to: number): boolean {
    const keys = [e.iso3, ...(e.admin1Code ? [`${e.iso3}|${e.admin1Code}`] : [])];
    return keys.some((k) => anyIn(this.byKey.get(k), from, to));
  }
  /**
   * Whether a source able to record accountability covered the country in (from, to]: anything it
   * reported there then. Without one, "no accountability" is not known, only unrecorded.
   */
  covered(e: EscalationEvent, from: number, to: number): boolean {
    return anyIn(this.coverage.get(e.iso3), from, to);
  }
}

/**
 * Where a window's firing starts: the whole window, unless the last firing of the same series is
 * close enough to be merged with it, in which case only the events it has not already named
 * (keeps a long series linear instead of quadratic).
 */
class Since {
  private included = -1;
  private lastEventDay = Number.NEGATIVE_INFINITY;
  constructor(private readonly mergeDays: number) {}
  start(j: number, i: number, firedDay: number, list: readonly EscalationEvent[]): number {
    const from =
      this.included >= 0 && firedDay <= this.lastEventDay + this.mergeDays
        ? Math.max(j, this.included + 1)
        : j;
    this.included = i;
    this.lastEventDay = dayNumber(list[i]!.date);
    return from;
  }
}

function groupBy<T>(items: readonly T[], key: (t: T) => string): Map<string, T[]> {
  const m = new Map<string, T[]>();
  for (const i of items) {
    const k = key(i);
    const l = m.get(k);
    if (l) l.push(i);
    else m.set(k, [i]);
  }
  return m;
}

function fire(
  rule: Rule,
  events: readonly EscalationEvent[],
  firedOn: string,
  context: Firing['context'] = {},
  unknownAccountability = false,
): Firing {
  const e = events[events.length - 1]!;
  return {
    // Unverified reports alone ask for verification; they do not move a stage.
    basis: events.every((x) => !x.corroborated)
      ? 'to_verify'
      : unknownAccountability
        ? 'accountability_unknown'
        : 'evidence',
    ruleId: rule.id,
    iso3: e.iso3,
    admin1Code: rule.scope === 'country' ? null : e.admin1Code,
    admin1Name: rule.scope === 'country' ? null : e.admin1Name,
    firedOn,
    events,
    context,
  };
}

function runRule(
  rule: Rule,
  sorted: readonly EscalationEvent[],
  asOf: number,
  structure: StructuralContext,
): Firing[] {
  const out: Firing[] = [];
  const matching = sorted.filter((e) => has(e, rule.indicators));
  switch (rule.kind) {
    case 'count': {
      for (const list of groupBy(
        matching.filter((e) => (e.deaths ?? 0) >= rule.minDeaths),
        (e) => scopeKey(rule, e),
      ).values()) {
        let j = 0;
        const since = new Since(rule.mergeDays);
        for (let i = 0; i < list.length; i++) {
          const d = dayNumber(list[i]!.date);
          if (d > asOf) break;
          while (dayNumber(list[j]!.date) <= d - rule.windowDays) j++;
          if (i - j + 1 >= rule.minEvents)
            out.push(fire(rule, list.slice(since.start(j, i, d, list), i + 1), list[i]!.date));
        }
      }
      return out;
    }
    case 'impunity': {
      const acc = new Accountability(sorted, rule.accountability);
      for (const e of matching) {
        if ((e.deaths ?? 0) < rule.minDeaths) continue;
        const d = dayNumber(e.date);
        const deadline = d + rule.withinDays;
        if (deadline > asOf) continue;
        if (acc.any(e, d, deadline)) continue;
        const known = acc.covered(e, d - rule.withinDays, deadline);
        out.push(
          fire(
            rule,
            [e],
            dateOf(deadline),
            { withinDays: rule.withinDays, accountability: known ? 'none recorded' : 'unknown' },
            !known,
          ),
        );
      }
      return out;
    }
    case 'trial_massacre': {
      const acc = new Accountability(sorted, rule.accountability);
      const small = matching.filter(
        (e) => e.deaths === null || (e.deaths >= 1 && e.deaths <= rule.maxDeaths),
      );
      const groups = groupBy(
        small,
        (e) => `${scopeKey(rule, e)}|${e.target ? `t:${e.target}` : `p:${e.perpetrator ?? '?'}`}`,
      );
      for (const list of groups.values()) {
        let j = 0;
        const since = new Since(rule.mergeDays);
        for (let i = 0; i < list.length; i++) {
          const d = dayNumber(list[i]!.date);
          while (dayNumber(list[j]!.date) <= d - rule.windowDays) j++;
          if (i - j + 1 < rule.minEvents) continue;
          const first = dayNumber(list[j]!.date);
          const on = Math.max(d, first + rule.withinDays);
          if (on > asOf || acc.any(list[j]!, first, on)) continue;
          const target = list[i]!.target;
          // Repeated killings are evidence of violence whether or not accountability is known.
          const known = acc.covered(list[j]!, first - rule.withinDays, on);
          out.push(
            fire(rule, list.slice(since.start(j, i, on, list), i + 1), dateOf(on), {
              group: target
                ? `target: ${target}`
                : `perpetrator: ${list[i]!.perpetrator ?? 'unknown'}`,
              accountability: known ? 'none recorded' : 'unknown',
            }),
          );
        }
      }
      return out;
    }
    case 'structural_gate': {
      for (const e of matching) {
        if (dayNumber(e.date) > asOf) continue;
        // The tier as assessed for the year before the event: what was known on the day.
        const year = Number(e.date.slice(0, 4)) - 1;
        const t = structure.tierOf(e.iso3, year);
        if (t?.tier && rule.tiers.includes(t.tier))
          out.push(fire(rule, [e], e.date, { tier: t.tier, tierYear: t.year, score: t.score }));
      }
      return out;
    }
  }
}

/** Firings of one rule in one scope merged into episodes (alerts). */
function episodes(rule: Rule, firings: readonly Firing[]): Episode[] {
  const out: Episode[] = [];
  const byScope = groupBy(firings, (f) => `${f.iso3}|${f.admin1Code ?? ''}`);
  for (const list of byScope.values()) {
    list.sort((a, b) => (a.firedOn < b.firedOn ? -1 : a.firedOn > b.firedOn ? 1 : 0));
    let cur: {
      f: Firing;
      events: Map<string, EscalationEvent>;
      last: string;
      context: Firing['context'];
      basis: Basis;
    } | null = null;
    const flush = () => {
      if (!cur) return;
      const events = [...cur.events.values()].sort((a, b) =>
        a.date < b.date ? -1 : a.date > b.date ? 1 : 0,
      );
      out.push({
        ruleId: rule.id,
        stage: rule.stage,
        severity: rule.severity,
        alert: rule.alert,
        iso3: cur.f.iso3,
        admin1Code: cur.f.admin1Code,
        admin1Name: cur.f.admin1Name,
        raisedOn: cur.f.firedOn,
        firstEventDate: events[0]!.date,
        lastEventDate: cur.last,
        holdsUntil: addDays(cur.last, rule.holdDays),
        events,
        context: cur.context,
        basis: cur.basis,
      });
    };
    for (const f of list) {
      const last = f.events.reduce((m, e) => (e.date > m ? e.date : m), f.events[0]!.date);
      if (cur && dayNumber(f.firedOn) <= dayNumber(cur.last) + rule.mergeDays) {
        for (const e of f.events) cur.events.set(e.ref, e);
        if (last > cur.last) cur.last = last;
        // One firing on evidence makes the whole episode evidence.
        if (f.basis === 'evidence' && cur.basis !== 'evidence') {
          cur.basis = 'evidence';
          cur.context = f.context;
        }
        continue;
      }
      flush();
      cur = {
        f,
        events: new Map(f.events.map((e) => [e.ref, e])),
        last,
        context: f.context,
        basis: f.basis,
      };
    }
    flush();
  }
  return out;
}

/**
 * Runs a rule set over events (any order) as of a day: every rule's episodes, each with the day
 * it would have fired. Only events dated on or before a firing's day enter it: a replay says what
 * Lens would have said at the time.
 */
export function runRules(
  rules: RuleSet,
  events: readonly EscalationEvent[],
  asOf: string,
  structure: StructuralContext,
): Episode[] {
  const sorted = [...events].sort((a, b) =>
    a.date < b.date ? -1 : a.date > b.date ? 1 : a.ref.localeCompare(b.ref),
  );
  const day = dayNumber(asOf);
  return rules.rules.flatMap((r) => episodes(r, runRule(r, sorted, day, structure)));
}

export interface StagePoint {
  readonly date: string;
  readonly stage: Stage;
}

/**
 * The stage of a place at a day: the highest stage of the episodes on evidence raised by then and
 * still holding (unverified reports and unknown accountability do not move it).
 */
export function stageAt(
  eps: readonly Pick<Episode, 'raisedOn' | 'holdsUntil' | 'stage' | 'basis'>[],
  day: string,
): Stage {
  let s: Stage = 'none';
  for (const e of eps)
    if (e.basis === 'evidence' && e.raisedOn <= day && day <= e.holdsUntil)
      s = higherStage(s, e.stage);
  return s;
}

/** Stage changes over time (the days it changed), from episodes of one place (or a whole country). */
export function stageChanges(
  eps: readonly Pick<Episode, 'raisedOn' | 'holdsUntil' | 'stage' | 'basis'>[],
  to: string,
): StagePoint[] {
  const days = new Set<string>();
  for (const e of eps) {
    if (e.basis !== 'evidence') continue;
    days.add(e.raisedOn);
    days.add(addDays(e.holdsUntil, 1));
  }
  const out: StagePoint[] = [];
  for (const d of [...days].filter((x) => x <= to).sort()) {
    const s = stageAt(eps, d);
    if (out.length === 0 ? s !== 'none' : out[out.length - 1]!.stage !== s)
      out.push({ date: d, stage: s });
  }
  return out;
}
