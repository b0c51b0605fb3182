import { z } from 'zod';
import { INDICATOR_IDS, TRIGGER_KINDS } from '@lens/core';
import { DaySchema } from './day';

export { TRIGGER_KINDS, TRIGGER_WORDS } from '@lens/core';

const list = <T extends z.ZodTypeAny>(item: T) => z.array(item).readonly();

export const TriggerSchema = z
  .object({
    id: z.number().int(),
    iso3: z.string(),
    date: z.string().describe('The day; for a yearly trigger, its first occurrence'),
    kind: z.enum(TRIGGER_KINDS),
    title: z.string(),
    source: z.string().describe('Where it is known from'),
    windowDays: z.number().int().describe('Days before the date it raises the monitoring level'),
    yearly: z.boolean().describe('Comes back every year on its day'),
    origin: z.string().describe('`analyst`, or the dataset an import read it from'),
    createdAt: z.string(),
    createdBy: z.string(),
    retiredAt: z.string().nullable(),
  })
  .meta({ id: 'Trigger' });

const Upcoming = z.object({
  trigger: TriggerSchema,
  on: z.string().describe('The occurrence ahead'),
  daysUntil: z.number().int(),
  raises: z.boolean().describe('Inside its window: it raises the monitoring level now'),
});

export const CountryTriggersSchema = z
  .object({
    iso3: z.string(),
    asOf: z.string(),
    monitoring: z
      .enum(['routine', 'heightened'])
      .describe('Heightened while a trigger is inside its window before its date'),
    upcoming: list(Upcoming).describe('The year ahead, soonest first'),
    recent: list(z.object({ trigger: TriggerSchema, on: z.string() })).describe(
      'Occurrences in the year before, newest first',
    ),
  })
  .meta({ id: 'CountryTriggers' });
export type CountryTriggersDto = z.infer<typeof CountryTriggersSchema>;

export const TriggersQuery = z.object({
  asOf: DaySchema.optional().describe('The day to look ahead from (default today)'),
});

export const TriggerRequest = z.object({
  iso3: z.string().length(3),
  date: DaySchema,
  kind: z.enum(TRIGGER_KINDS),
  title: z.string().min(3).max(300),
  source: z.string().min(3).max(1000).describe('Where it is known from (required)'),
  windowDays: z.number().int().min(0).max(365).optional(),
  yearly: z.boolean().optional(),
});

export const TriggerImportRequest = z.object({
  iso3: z.string().length(3).optional(),
  minDeaths: z.number().int().min(1).default(100),
});
export const TriggerImportSchema = z.object({
  added: z.number().int(),
  considered: z.number().int(),
});

export const ScenarioSchema = z
  .object({
    id: z.number().int(),
    iso3: z.string(),
    title: z.string(),
    narrative: z.string().describe('How escalation could unfold'),
    perpetrators: z.string().describe('By whom'),
    targets: z.string().describe('Against whom'),
    places: z.string().describe('Where'),
    watched: z.array(z.string()).readonly().describe('The escalation indicators it watches'),
    createdAt: z.string(),
    createdBy: z.string(),
    retiredAt: z.string().nullable(),
  })
  .meta({ id: 'Scenario' });

export const CountryScenariosSchema = z
  .object({
    iso3: z.string(),
    asOf: z.string(),
    asOfBasis: z
      .enum(['requested', 'today', 'latest data'])
      .describe("The day read: asked for, today, or the last day the country's event data cover"),
    scenarios: list(
      z.object({
        scenario: ScenarioSchema,
        watched: list(
          z.object({
            indicator: z.string(),
            events: z.number().int().describe('Corroborated evidence in the last 90 days'),
            toVerify: z.number().int().describe('Unverified reports in the last 90 days'),
            lastFired: z.string().nullable(),
            lit: z.boolean(),
          }),
        ),
        lit: z.number().int(),
        litBefore: z.number().int().describe('Lit 90 days earlier'),
        direction: z.enum(['rising', 'falling', 'steady']),
      }),
    ),
  })
  .meta({ id: 'CountryScenarios' });

export const ScenarioRequest = z.object({
  iso3: z.string().length(3),
  title: z.string().min(3).max(300),
  narrative: z.string().min(10).max(8000),
  perpetrators: z.string().max(1000).optional(),
  targets: z.string().max(1000).optional(),
  places: z.string().max(1000).optional(),
  watched: z.array(z.enum(INDICATOR_IDS as [string, ...string[]])).min(1),
});
