import { refuseIfAny } from '../domain/errors';
import { addDays, type EscalationEvent } from '../escalation/engine';
import { mustBe } from './trigger';
import { INDICATORS, isIndicatorId, type IndicatorId } from '../escalation/indicators';

/**
 * An analyst's scenario of how escalation could unfold in a country (issue 23 item 2): by whom,
 * against whom, where, and the escalation indicators (each standing for catalog items) that would
 * show it coming. Lens reads each watched indicator from the events and reports it holds.
 */
export interface Scenario {
  readonly id: number;
  readonly iso3: string;
  readonly title: string;
  readonly narrative: string;
  readonly perpetrators: string;
  readonly targets: string;
  readonly places: string;
  readonly watched: readonly IndicatorId[];
  readonly createdAt: string;
  readonly createdBy: string;
  readonly retiredAt: string | null;
}

export type NewScenario = Omit<Scenario, 'id' | 'createdAt' | 'createdBy' | 'retiredAt'>;

/** How far back a watched indicator counts as lit: a quarter, as the escalation stages hold. */
export const SCENARIO_WINDOW_DAYS = 90;

export interface WatchedReading {
  readonly indicator: IndicatorId;
  /** Corroborated evidence (a dataset's coding, a verified report) in the window. */
  readonly events: number;
  /** Unverified reports in the window: to verify, not yet evidence. */
  readonly toVerify: number;
  /** The last day it fired on evidence, up to the day read (any time before). */
  readonly lastFired: string | null;
  readonly lit: boolean;
}

export interface ScenarioReading {
  readonly scenario: Scenario;
  readonly watched: readonly WatchedReading[];
  /** Watched indicators lit now, and a window earlier: how the scenario's likelihood moves. */
  readonly lit: number;
  readonly litBefore: number;
  readonly direction: 'rising' | 'falling' | 'steady';
}

function readOne(
  events: readonly EscalationEvent[],
  indicator: IndicatorId,
  asOf: string,
): WatchedReading {
  const from = addDays(asOf, -SCENARIO_WINDOW_DAYS);
  let count = 0;
  let toVerify = 0;
  let lastFired: string | null = null;
  for (const e of events) {
    if (e.date > asOf || !e.hits.some((h) => h.indicator === indicator)) continue;
    if (e.corroborated && (lastFired === null || e.date > lastFired)) lastFired = e.date;
    if (e.date <= from) continue;
    if (e.corroborated) count++;
    else toVerify++;
  }
  return { indicator, events: count, toVerify, lastFired, lit: count > 0 };
}

/** A scenario read on a day: each watched indicator lit or not, and which way it moves. */
export function readScenario(
  scenario: Scenario,
  events: readonly EscalationEvent[],
  asOf: string,
): ScenarioReading {
  const watched = scenario.watched.map((i) => readOne(events, i, asOf));
  const before = addDays(asOf, -SCENARIO_WINDOW_DAYS);
  const litBefore = scenario.watched.filter((i) => readOne(events, i, before).lit).length;
  const lit = watched.filter((w) => w.lit).length;
  return {
    scenario,
    watched,
    lit,
    litBefore,
    direction: lit > litBefore ? 'rising' : lit < litBefore ? 'falling' : 'steady',
  };
}

/** Checks an analyst's scenario: every bad field named. */
export function validateScenario(s: NewScenario): NewScenario {
  const bad: Record<string, string> = {};
  if (s.title.trim().length < 3) bad.title = 'at least 3 characters';
  if (s.narrative.trim().length < 10)
    bad.narrative = 'how escalation could unfold, at least 10 characters';
  const unknown = s.watched.filter((i) => !isIndicatorId(i));
  if (s.watched.length === 0 || unknown.length > 0)
    bad.watched = `one or more of ${INDICATORS.map((i) => i.id).join(', ')}${unknown.length ? ` (unknown: ${unknown.join(', ')})` : ''}`;
  refuseIfAny('scenario', mustBe(bad));
  return {
    ...s,
    title: s.title.trim(),
    narrative: s.narrative.trim(),
    watched: [...new Set(s.watched)],
  };
}
