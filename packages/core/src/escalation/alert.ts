import type { Basis } from './engine';
import type { Stage } from './indicators';
import type { Severity } from './rules';
import { SEVERITIES } from './rules';

/** The fast-track workflow an alert moves through. */
export const ALERT_STATUSES = [
  'early_warning',
  'assessment',
  'advice',
  'decision',
  'closed',
] as const;
export type AlertStatus = (typeof ALERT_STATUSES)[number];

/** `signal` rows set a place's stage without entering the workflow. */
export type AlertKind = 'alert' | 'signal';

export interface AlertEvent {
  readonly ref: string;
  readonly date: string;
  readonly summary: string;
  /** Indicators the classifier found, with why (`civilians_targeted:type_of_violence=one-sided`). */
  readonly indicators: readonly string[];
}

export interface Alert {
  readonly id: number;
  /** `replay` (run over stored history) or `live` (raised as events arrived). */
  readonly origin: 'replay' | 'live';
  readonly kind: AlertKind;
  readonly iso3: string;
  readonly admin1Code: string | null;
  readonly admin1Name: string | null;
  readonly ruleId: string;
  readonly ruleName: string;
  readonly rulesetVersion: string;
  readonly classifierVersion: string;
  readonly stage: Exclude<Stage, 'none'>;
  readonly severity: Severity;
  /** What it rests on: evidence moves the stage; the others ask for verification or say what is unknown. */
  readonly basis: Basis;
  /**
   * The monthly escalation model's probability of atrocity-scale violence against civilians in
   * its place in the next three months, when it was raised (null when no model has scored it).
   */
  readonly risk: number | null;
  readonly firstEventDate: string;
  readonly lastEventDate: string;
  /** The day the rule fired (replay) or the moment the alert was raised (live). */
  readonly raisedAt: string;
  readonly holdsUntil: string;
  readonly status: AlertStatus;
  readonly owner: string | null;
  readonly deadline: string | null;
  readonly decision: string | null;
  /** How many times it was escalated for missing a deadline. */
  readonly escalationLevel: number;
  /** The structural context when raised: tier, score and the assessment year. */
  readonly context: Readonly<Record<string, string | number | null>>;
  readonly eventCount: number;
  readonly updatedAt: string;
}

export interface AlertWithEvents extends Alert {
  readonly events: readonly AlertEvent[];
}

export interface AlertStep {
  readonly id: number;
  readonly alertId: number;
  readonly at: string;
  readonly by: string;
  readonly kind: 'step' | 'comment' | 'escalation';
  readonly status: AlertStatus;
  readonly owner: string | null;
  readonly deadline: string | null;
  readonly comment: string | null;
  readonly decision: string | null;
}

export const nextStatus = (s: AlertStatus): AlertStatus | null => {
  const i = ALERT_STATUSES.indexOf(s);
  return i < ALERT_STATUSES.length - 1 ? ALERT_STATUSES[i + 1]! : null;
};

export const raiseSeverity = (s: Severity): Severity =>
  SEVERITIES[Math.min(SEVERITIES.length - 1, SEVERITIES.indexOf(s) + 1)]!;
