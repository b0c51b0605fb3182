import { z } from 'zod';
import { TRIGGER_KINDS } from '@lens/core';
import { DaySchema } from './day';

export { TRIGGER_KINDS } from '@lens/core';

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
