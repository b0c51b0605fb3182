/**
 * Desktop exercises (issue 23 item 5): a team works a real country's alerts, plan and brief as of
 * a past day, with nothing after it shown; then Lens reveals what followed (from the same stored
 * record) and scores what the team did: which alerts it acted on and how far, how early a decision
 * came before the violence, and whether the measures chosen fitted what followed. Pure.
 */
import type { Addressee } from '../planning/plan';
import type { MeasureLevel } from '../actors/capacity';
import type { Stage } from '../escalation/indicators';

/** How far the team took an alert: Lens's workflow steps after triage. */
export const EXERCISE_STEPS = ['assessment', 'advice', 'decision'] as const;
export type ExerciseStep = (typeof EXERCISE_STEPS)[number];
const STEP_WEIGHT: Record<ExerciseStep, number> = { assessment: 1 / 3, advice: 2 / 3, decision: 1 };

/** How long after the exercise day the record is read for what followed. */
export const RECORD_DAYS = 365;
/** A day with at least this many civilians killed in one-sided violence counts as an atrocity. */
export const ATROCITY_DAY_DEATHS = 25;

export type ExerciseAction =
  | {
      readonly kind: 'alert';
      readonly alertId: number;
      readonly step: ExerciseStep;
      readonly note: string;
      readonly at: string;
      readonly by: string;
    }
  | {
      readonly kind: 'plan';
      readonly items: ReadonlyArray<{
        readonly measureId: string;
        readonly addressedTo: Addressee;
      }>;
      readonly at: string;
      readonly by: string;
    };

export interface Exercise {
  readonly id: number;
  readonly iso3: string;
  /** The day the team works as of: nothing after it is shown until the reveal. */
  readonly asOf: string;
  readonly team: string;
  readonly createdAt: string;
  readonly createdBy: string;
  readonly actions: readonly ExerciseAction[];
  readonly revealedAt: string | null;
  readonly score: ExerciseScore | null;
}

/** What followed the exercise day, read from the stored record after the reveal. */
export interface ExerciseRecord {
  readonly from: string;
  readonly to: string;
  readonly civilianDeaths: number;
  /** The first day with ATROCITY_DAY_DEATHS or more civilians killed in one-sided violence. */
  readonly firstAtrocity: { readonly day: string; readonly deaths: number } | null;
  /** The escalation stage at the end of the window. */
  readonly stageAfter: Stage;
  /** Who killed civilians in the window, most deaths first. */
  readonly perpetrators: ReadonlyArray<{
    readonly name: string;
    readonly type: string;
    readonly civilianDeaths: number;
  }>;
}

export interface ExerciseScore {
  readonly alerts: {
    readonly visible: number;
    readonly actedOn: number;
    readonly decided: number;
    /** 0-100: each visible alert counts by how far the team took it (decision 1, advice 2/3 ...). */
    readonly score: number;
  };
  readonly timing: {
    /** Days between the exercise day and the first atrocity, when the team decided before it. */
    readonly leadDays: number | null;
    /** 100 decided, 50 assessed or advised, 0 nothing; null when no atrocity followed. */
    readonly score: number | null;
  };
  readonly measures: {
    readonly chosen: number;
    readonly fitting: number;
    /** 0-100: the share of chosen measures that fit what followed. */
    readonly score: number;
  };
  /** The mean of the scored parts. */
  readonly overall: number;
}

const dayNumber = (d: string) => Math.round(Date.parse(`${d.slice(0, 10)}T00:00:00Z`) / 86_400_000);

/** The team's furthest step on each alert. */
export function stepsTaken(actions: readonly ExerciseAction[]): Map<number, ExerciseStep> {
  const out = new Map<number, ExerciseStep>();
  for (const a of actions)
    if (a.kind === 'alert') {
      const old = out.get(a.alertId);
      if (!old || STEP_WEIGHT[a.step] > STEP_WEIGHT[old]) out.set(a.alertId, a.step);
    }
  return out;
}

/** The team's plan: its last saved list of measures. */
export const chosenPlan = (actions: readonly ExerciseAction[]) =>
  [...actions].reverse().find((a) => a.kind === 'plan')?.items ?? [];

/**
 * Whether a chosen measure fits what followed. When violence followed (an atrocity day or the
 * violence stage), direct prevention and response fit, and a measure aimed at all parties alike
 * does not when one perpetrator did most of the killing; structural and recovery measures alone do
 * not meet it. When nothing followed, prevention fits and response measures are premature.
 */
export function fits(level: MeasureLevel, addressedTo: Addressee, record: ExerciseRecord): boolean {
  const violence = record.firstAtrocity !== null || record.stageAfter === 'violence';
  if (!violence) return level === 'structural' || level === 'direct';
  if (level !== 'direct' && level !== 'response') return false;
  const total = record.perpetrators.reduce((s, p) => s + p.civilianDeaths, 0);
  const oneSided = total > 0 && (record.perpetrators[0]?.civilianDeaths ?? 0) / total >= 0.6;
  return !(oneSided && addressedTo === 'all_parties');
}

export function scoreExercise(input: {
  exercise: Pick<Exercise, 'asOf' | 'actions'>;
  visibleAlerts: readonly number[];
  record: ExerciseRecord;
  levelOf: (measureId: string) => MeasureLevel;
}): ExerciseScore {
  const { exercise: ex, record } = input;
  const steps = stepsTaken(ex.actions);
  const visible = input.visibleAlerts;
  const weight = visible.reduce(
    (s, id) => s + (steps.has(id) ? STEP_WEIGHT[steps.get(id)!] : 0),
    0,
  );
  const decided = visible.filter((id) => steps.get(id) === 'decision').length;
  const actedOn = visible.filter((id) => steps.has(id)).length;
  const alerts = {
    visible: visible.length,
    actedOn,
    decided,
    score: visible.length > 0 ? Math.round((100 * weight) / visible.length) : 0,
  };
  const timing = record.firstAtrocity
    ? {
        leadDays: decided > 0 ? dayNumber(record.firstAtrocity.day) - dayNumber(ex.asOf) : null,
        score: decided > 0 ? 100 : actedOn > 0 ? 50 : 0,
      }
    : { leadDays: null, score: null };
  const items = chosenPlan(ex.actions);
  const fitting = items.filter((i) =>
    fits(input.levelOf(i.measureId), i.addressedTo, record),
  ).length;
  const measures = {
    chosen: items.length,
    fitting,
    score: items.length > 0 ? Math.round((100 * fitting) / items.length) : 0,
  };
  const parts = [alerts.score, measures.score, ...(timing.score === null ? [] : [timing.score])];
  return {
    alerts,
    timing,
    measures,
    overall: Math.round(parts.reduce((s, x) => s + x, 0) / parts.length),
  };
}
