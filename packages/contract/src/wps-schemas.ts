/** The women, peace and security standing (issue 19 item 4, ADR 28). */
import { z } from 'zod';
import { WPS_DIMENSIONS, WPS_VIOLENCE } from '@lens/core';
import { SourceSchema } from './assessment-schemas';

const list = <T extends z.ZodType>(t: T) => z.array(t).readonly();
const Dimension = z.enum(WPS_DIMENSIONS);
const Range = z.tuple([z.number(), z.number()]).readonly();
const Direction = z.enum(['improved', 'deteriorated', 'steady']);

export const WpsQuery = z.object({
  year: z.coerce
    .number()
    .int()
    .min(1900)
    .max(2100)
    .optional()
    .describe("the year (default: the year of the country's latest assessment)"),
});

const WpsIndicator = z.object({
  id: z.string(),
  label: z.string(),
  raw: z.number().nullable(),
  valueYear: z.number().int().nullable(),
  score: z.number().nullable().describe("the structural lens's score of the value (0 safe)"),
  standing: z.number().nullable().describe('0 (none) ... 100 (full standing)'),
  source: SourceSchema,
  rationale: z.string(),
  catalogRefs: list(z.string()),
});

const WpsMove = z.object({
  id: z.string(),
  label: z.string(),
  from: z.number(),
  to: z.number(),
  fromYear: z.number().int(),
  toYear: z.number().int(),
  points: z.number(),
});

export const WpsSchema = z
  .object({
    iso3: z.string(),
    country: z.string(),
    year: z.number().int(),
    spec: z.string().describe('the version of the standing (indicators and anchors)'),
    reading: z.object({
      iso3: z.string(),
      year: z.number().int(),
      standing: z
        .number()
        .nullable()
        .describe('mean of the three dimensions; null unless all three have enough data'),
      range: Range.describe('what it could be were each missing indicator anywhere in 0-100'),
      dimensions: list(
        z.object({
          id: Dimension,
          name: z.string(),
          standing: z.number().nullable(),
          coverage: z.number(),
          range: Range,
          indicators: list(WpsIndicator),
        }),
      ),
    }),
    trend: list(
      z.object({
        year: z.number().int(),
        standing: z.number().nullable(),
        dimensions: z.record(Dimension, z.number().nullable()),
      }),
    ),
    changes: list(
      z.object({
        dimension: Dimension.nullable().describe('null: the standing as a whole'),
        since: z.number().int(),
        from: z.number(),
        to: z.number(),
        direction: Direction,
        why: list(WpsMove).describe('indicators whose values moved, largest first'),
      }),
    ),
    violence: list(
      z.object({
        year: z.number().int(),
        counts: list(
          z.object({
            indicator: z.enum(WPS_VIOLENCE),
            label: z.string(),
            evidence: z.number().int(),
            toVerify: z.number().int(),
          }),
        ),
      }),
    ).describe("the escalation engine's gendered red flags by year, known by the year's end"),
    eventSources: z.object({
      events: z
        .number()
        .int()
        .describe(
          "the country's events and reports in the window: with none, zeros are no evidence",
        ),
    }),
    onsetLink: z.object({
      outcomes: z.string().nullable(),
      years: Range.nullable(),
      bands: list(
        z.object({
          from: z.number(),
          to: z.number(),
          countryYears: z.number().int(),
          onsets: z.number().int(),
          rate: z.number(),
        }),
      ),
    }),
    sources: list(z.string()),
  })
  .meta({ id: 'WomenPeaceSecurity' });
export type WpsDto = z.infer<typeof WpsSchema>;
