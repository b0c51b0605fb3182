/** Desktop exercises (issue 23 item 5). */
import { z } from 'zod';
import { ADDRESSEES, EXERCISE_STEPS, STAGES } from '@lens/core';
import { DaySchema } from './day';
import { PlanningSchema } from './planning-schemas';

export { EXERCISE_STEPS } from '@lens/core';

const Stage = z.enum(STAGES);

const ScoreSchema = z.object({
  alerts: z.object({
    visible: z.number().int(),
    actedOn: z.number().int(),
    decided: z.number().int(),
    score: z.number(),
  }),
  timing: z.object({ leadDays: z.number().int().nullable(), score: z.number().nullable() }),
  measures: z.object({ chosen: z.number().int(), fitting: z.number().int(), score: z.number() }),
  overall: z.number(),
});

const ActionSchema = z.union([
  z.object({
    kind: z.literal('alert'),
    alertId: z.number().int(),
    step: z.enum(EXERCISE_STEPS),
    note: z.string(),
    at: z.string(),
    by: z.string(),
  }),
  z.object({
    kind: z.literal('plan'),
    items: z.array(z.object({ measureId: z.string(), addressedTo: z.enum(ADDRESSEES) })).readonly(),
    at: z.string(),
    by: z.string(),
  }),
]);

export const ExerciseSchema = z
  .object({
    id: z.number().int(),
    iso3: z.string(),
    asOf: z.string(),
    team: z.string(),
    createdAt: z.string(),
    createdBy: z.string(),
    actions: z.array(ActionSchema).readonly(),
    revealedAt: z.string().nullable(),
    /** Only once revealed. */
    score: ScoreSchema.nullable(),
  })
  .meta({ id: 'Exercise' });

export const ExercisesResponse = z.object({ exercises: z.array(ExerciseSchema).readonly() });
export const ExercisesQuery = z.object({
  iso3: z
    .string()
    .regex(/^[A-Za-z]{3}$/)
    .optional(),
});
export const ExerciseRequest = z.object({
  iso3: z.string().regex(/^[A-Za-z]{3}$/, 'iso3 must be a three-letter country code'),
  asOf: DaySchema,
  team: z.string().min(2).max(128),
});
export const ExerciseActRequest = z.object({
  alertId: z.number().int().positive(),
  step: z.enum(EXERCISE_STEPS),
  note: z.string().max(2000).default(''),
});
export const ExercisePlanRequest = z.object({
  items: z
    .array(z.object({ measureId: z.string().min(1), addressedTo: z.enum(ADDRESSEES) }))
    .max(100),
});
export const ExerciseParams = z.object({ id: z.coerce.number().int().positive() });
export const ExerciseQuery = z.object({
  lang: z.enum(['en', 'fr', 'es', 'ar']).optional(),
});

const planning = PlanningSchema.shape;

/** What followed the exercise day in the record (a year after it). */
const RecordSchema = z.object({
  from: z.string(),
  to: z.string(),
  civilianDeaths: z.number(),
  firstAtrocity: z.object({ day: z.string(), deaths: z.number() }).nullable(),
  stageAfter: Stage,
  perpetrators: z
    .array(z.object({ name: z.string(), type: z.string(), civilianDeaths: z.number() }))
    .readonly(),
});

/** The team's workspace, everything as of the exercise day. */
export const ExerciseWorkspaceSchema = z
  .object({
    exercise: ExerciseSchema,
    stage: Stage,
    places: z
      .array(z.object({ name: z.string().nullable(), stage: Stage, since: z.string().nullable() }))
      .readonly(),
    alerts: z
      .array(
        z.object({
          id: z.number().int(),
          rule: z.string(),
          stage: Stage,
          severity: z.string(),
          basis: z.string(),
          place: z.string().nullable(),
          firstEventDate: z.string(),
          lastEventDate: z.string(),
          raisedOn: z.string(),
          events: z.number().int(),
          teamStep: z.enum(EXERCISE_STEPS).nullable(),
        }),
      )
      .readonly(),
    events: z
      .array(
        z.object({
          date: z.string(),
          place: z.string().nullable(),
          type: z.string().nullable(),
          deaths: z.number().nullable(),
        }),
      )
      .readonly(),
    agenda: planning.agenda,
    recommendations: planning.recommendations,
    similarCases: planning.similarCases,
    tier: planning.context.shape.tier,
    year: z.number().int(),
    /** Only once revealed. */
    record: RecordSchema.nullable(),
  })
  .meta({ id: 'ExerciseWorkspace' });

export const ExerciseRevealSchema = z
  .object({ exercise: ExerciseSchema, score: ScoreSchema, record: RecordSchema })
  .meta({ id: 'ExerciseReveal' });
