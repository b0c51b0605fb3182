import { isCalendarDay } from '../domain/calendar';
import { refuseIfAny } from '../domain/errors';
import { dayNumber } from '../escalation/engine';

/** Each bad field's problem as "must be ...", for `refuseIfAny`. */
export const mustBe = (bad: Readonly<Record<string, string>>): Record<string, string> =>
  Object.fromEntries(Object.entries(bad).map(([k, v]) => [k, `must be ${v}`]));

/**
 * Dated events ahead (and behind) that can set violence off: elections, referendums, anniversaries
 * of past atrocities, trials and verdicts, leader transitions, commemorations (issue 23 item 1, as
 * the US Atrocity Risk Assessment Framework looks ahead at triggers). Each says its source.
 */
export const TRIGGER_KINDS = [
  'election',
  'referendum',
  'anniversary',
  'trial',
  'verdict',
  'leader_transition',
  'commemoration',
  'other',
] as const;
export type TriggerKind = (typeof TRIGGER_KINDS)[number];

/** Days before its date a trigger raises the monitoring level, unless it says otherwise. */
export const DEFAULT_TRIGGER_WINDOW_DAYS = 60;

export interface Trigger {
  readonly id: number;
  readonly iso3: string;
  /** The day (YYYY-MM-DD); for a yearly trigger, its first occurrence. */
  readonly date: string;
  readonly kind: TriggerKind;
  readonly title: string;
  /** Where it is known from: a document, an article, or the dataset record it was imported from. */
  readonly source: string;
  /** Days before the date the monitoring level is raised. */
  readonly windowDays: number;
  /** Comes back every year on its day (an anniversary, a commemoration). */
  readonly yearly: boolean;
  /** `analyst`, or the dataset an import read it from. */
  readonly origin: string;
  readonly createdAt: string;
  readonly createdBy: string;
  readonly retiredAt: string | null;
}

export type NewTrigger = Omit<Trigger, 'id' | 'retiredAt' | 'createdAt' | 'createdBy'>;

/** A trigger's next occurrence on or after a day, or null when a one-off has passed. */
export function nextOccurrence(t: Pick<Trigger, 'date' | 'yearly'>, asOf: string): string | null {
  if (!t.yearly) return t.date >= asOf ? t.date : null;
  if (t.date >= asOf) return t.date;
  const monthDay = t.date.slice(5);
  const year = Number(asOf.slice(0, 4));
  // 29 February comes back on 28 February in other years.
  const on = (y: number) =>
    monthDay === '02-29' && !isLeap(y) ? `${y}-02-28` : `${y}-${monthDay}`;
  return on(year) >= asOf ? on(year) : on(year + 1);
}

const isLeap = (y: number) => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;

export interface UpcomingTrigger {
  readonly trigger: Trigger;
  /** The occurrence ahead. */
  readonly on: string;
  readonly daysUntil: number;
  /** Inside its window: it raises the monitoring level now. */
  readonly raises: boolean;
}

/**
 * The triggers ahead of a day within a horizon, soonest first, each saying whether it raises the
 * monitoring level now (its date is no more than its window away). Retired ones never count.
 */
export function upcomingTriggers(
  triggers: readonly Trigger[],
  asOf: string,
  horizonDays = 365,
): UpcomingTrigger[] {
  const out: UpcomingTrigger[] = [];
  for (const t of triggers) {
    if (t.retiredAt !== null && t.retiredAt.slice(0, 10) <= asOf) continue;
    const on = nextOccurrence(t, asOf);
    if (on === null) continue;
    const daysUntil = dayNumber(on) - dayNumber(asOf);
    if (daysUntil > horizonDays) continue;
    out.push({ trigger: t, on, daysUntil, raises: daysUntil <= t.windowDays });
  }
  return out.sort((a, b) => a.daysUntil - b.daysUntil || a.trigger.id - b.trigger.id);
}

/**
 * How closely to watch a country: `heightened` while a trigger is inside its window, else
 * `routine`. The escalation stage is evidence of what happened and does not move with it.
 */
export type MonitoringLevel = 'routine' | 'heightened';

export const monitoringLevel = (upcoming: readonly UpcomingTrigger[]): MonitoringLevel =>
  upcoming.some((u) => u.raises) ? 'heightened' : 'routine';

/** Checks an analyst's trigger: every bad field named. */
export function validateTrigger(t: NewTrigger): NewTrigger {
  const bad: Record<string, string> = {};
  if (!/^[A-Z]{3}$/.test(t.iso3)) bad.iso3 = 'an ISO 3166-1 alpha-3 code';
  if (!isCalendarDay(t.date)) bad.date = 'a day that exists, as YYYY-MM-DD';
  if (!(TRIGGER_KINDS as readonly string[]).includes(t.kind))
    bad.kind = `one of ${TRIGGER_KINDS.join(', ')}`;
  if (t.title.trim().length < 3) bad.title = 'at least 3 characters';
  if (t.source.trim().length < 3) bad.source = 'where it is known from (at least 3 characters)';
  if (!Number.isInteger(t.windowDays) || t.windowDays < 0 || t.windowDays > 365)
    bad.windowDays = 'a whole number of days from 0 to 365';
  refuseIfAny('trigger', mustBe(bad));
  return { ...t, title: t.title.trim(), source: t.source.trim() };
}
