import type { AnalystLink } from '../planning/recommend';
import type { NeedsAssessmentBody, PlanBody, Versioned } from '../planning/plan';
import type { NewTrigger, Trigger } from '../triggers/trigger';
import type { NewScenario, Scenario } from '../triggers/scenario';
import type { Exercise } from '../exercises/exercise';

export type PlanningDocument = 'plan' | 'needs';

/** Analysts' risk -> measure links, and the versioned plans and needs assessments (issue 9). */
export interface PlanningRepository {
  links(q: { includeRetired?: boolean }): Promise<AnalystLink[]>;
  link(id: number): Promise<AnalystLink | undefined>;
  addLink(l: Omit<AnalystLink, 'id' | 'retiredAt'>): Promise<AnalystLink>;
  updateLink(
    id: number,
    changes: Partial<Pick<AnalystLink, 'rationale' | 'source' | 'retiredAt'>>,
  ): Promise<void>;
  /** The newest version (or the one asked for) of a country's plan or needs assessment. */
  latest<K extends PlanningDocument>(
    kind: K,
    iso3: string,
    version?: number,
  ): Promise<Versioned<K extends 'plan' ? PlanBody : NeedsAssessmentBody> | undefined>;
  /** The newest version of every country's plan or needs assessment, by country. */
  latestOfEach<K extends PlanningDocument>(
    kind: K,
  ): Promise<Array<Versioned<K extends 'plan' ? PlanBody : NeedsAssessmentBody>>>;
  /** Every version's number, date and author, newest first. */
  versions(
    kind: PlanningDocument,
    iso3: string,
  ): Promise<Array<{ version: number; createdAt: string; createdBy: string }>>;
  /** Stores the next version; returns its number. */
  add(
    kind: PlanningDocument,
    doc: {
      iso3: string;
      body: PlanBody | NeedsAssessmentBody;
      createdAt: string;
      createdBy: string;
    },
  ): Promise<number>;
  /** Triggers (issue 23): a country's or every country's, retired ones when asked. */
  triggers(q: { iso3?: string; includeRetired?: boolean }): Promise<Trigger[]>;
  trigger(id: number): Promise<Trigger | undefined>;
  /** Adds triggers; one already stored from the same origin and source is left as it is. */
  addTriggers(
    ts: ReadonlyArray<NewTrigger & { createdAt: string; createdBy: string }>,
  ): Promise<Trigger[]>;
  retireTrigger(id: number, at: string): Promise<void>;
  /** Analysts' scenarios of a country (issue 23 item 2), retired ones when asked. */
  scenarios(q: { iso3: string; includeRetired?: boolean }): Promise<Scenario[]>;
  scenario(id: number): Promise<Scenario | undefined>;
  addScenario(s: NewScenario & { createdAt: string; createdBy: string }): Promise<Scenario>;
  retireScenario(id: number, at: string): Promise<void>;
  /** Desktop exercises (issue 23 item 5), newest first; one country's when asked. */
  exercises(q: { iso3?: string }): Promise<Exercise[]>;
  exercise(id: number): Promise<Exercise | undefined>;
  addExercise(e: Omit<Exercise, 'id' | 'actions' | 'revealedAt' | 'score'>): Promise<Exercise>;
  updateExercise(
    id: number,
    changes: Partial<Pick<Exercise, 'actions' | 'revealedAt' | 'score'>>,
  ): Promise<void>;
}
