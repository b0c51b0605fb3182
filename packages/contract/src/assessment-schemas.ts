/** The structural lens's request and response shapes (issue 5). */
import { z } from 'zod';
import { DaySchema } from './day';
import { TIERS } from '@lens/core';

export { labelIn, RISK_BANDS, riskBand, TIERS } from '@lens/core';

export const TierSchema = z.enum(TIERS);
/** Arrays the core hands out read-only. */
const list = <T extends z.ZodType>(t: T) => z.array(t).readonly();
const Iso3Param = z.string().regex(/^[A-Z]{3}$/, 'must be three capital letters');
const Year = z.coerce.number().int().min(1900).max(2100);

export const SourceSchema = z
  .object({
    datasetId: z.number().int(),
    kind: z.string(),
    version: z.string(),
    source: z.string(),
  })
  .nullable()
  .describe('The stored dataset version the value comes from');

export const JudgementSchema = z
  .object({
    id: z.number().int(),
    iso3: z.string(),
    factorId: z.string(),
    score: z.number(),
    evidence: z.string(),
    confidence: z.enum(['low', 'medium', 'high']),
    asOf: z.string().describe('The date the judgement speaks for; it counts from that year on'),
    actor: z.string(),
    at: z.string(),
  })
  .meta({ id: 'Judgement' });

export const OverrideSchema = z
  .object({
    id: z.number().int(),
    iso3: z.string(),
    year: z.number().int(),
    computedTier: TierSchema.nullable(),
    tier: TierSchema,
    justification: z.string(),
    actor: z.string(),
    at: z.string(),
  })
  .meta({ id: 'Override' });

export const AssessmentSchema = z
  .object({
    iso3: z.string(),
    ccode: z.number().int().nullable().describe('Correlates of War code'),
    country: z.string(),
    region: z.string(),
    year: z.number().int().describe('The year assessed, as of that year (no later data)'),
    spec: z.string().describe('The structural lens version, e.g. lens-structural@2'),
    factors: list(
      z.object({
        id: z.string().describe('UN Framework risk factor (RF1-RF14) or G, the gender lens'),
        name: z.string(),
        score: z
          .number()
          .nullable()
          .describe('0 (no sign) to 100; null when the factor has too little data to score'),
        coverage: z.number().describe('Share of its indicators with a value'),
        sufficient: z
          .boolean()
          .describe(
            'Enough data to score it (a judgement, or two thirds of its indicators); otherwise it reads "insufficient data" with its range',
          ),
        partialScore: z.number().nullable().describe('The mean of what is known of it'),
        range: z
          .tuple([z.number(), z.number()])
          .readonly()
          .describe('The score it could have were each missing indicator anywhere from 0 to 100'),
        basis: z.enum(['data', 'judgement', 'data and judgement', 'none']),
        judgement: JudgementSchema.nullable(),
        indicators: list(
          z.object({
            id: z.string(),
            label: z.string(),
            raw: z.number().nullable(),
            valueYear: z.number().int().nullable(),
            score: z.number().nullable(),
            source: SourceSchema,
          }),
        ),
      }),
    ),
    score: z
      .number()
      .nullable()
      .describe(
        "Weighted mean of the sufficient factors' scores; a factor with too little data counts only where its known readings raise it (missing data never lowers the score)",
      ),
    scoreRange: z
      .tuple([z.number(), z.number()])
      .readonly()
      .describe('The range the score could take were every missing indicator known'),
    coverage: z.number(),
    structuralTier: TierSchema.nullable(),
    probability: z
      .object({
        risk2y: z.number(),
        modelId: z.string(),
        year: z.number().int(),
        interval: z
          .tuple([z.number(), z.number()])
          .readonly()
          .nullable()
          .optional()
          .describe(
            '90% interval of the onset rate that followed forecasts like this one in the back-test (band by band)',
          ),
        backtest: z
          .object({ trainedThrough: z.number().int() })
          .optional()
          .describe(
            "Set for a past year: the model's back-test forecast, its recipe fitted only on years up to trainedThrough",
          ),
      })
      .nullable()
      .describe(
        "The default model's two-year risk knowable in this year: its own when it was trained before the year, else its out-of-sample back-test forecast",
      ),
    probabilityTier: TierSchema.nullable(),
    computedTier: TierSchema.nullable(),
    tier: TierSchema.nullable().describe('The computed tier, or the analyst override'),
    override: OverrideSchema.nullable(),
    drivers: list(
      z.object({
        factorId: z.string(),
        name: z.string(),
        score: z.number(),
        indicator: z.string().nullable(),
      }),
    ),
    previousTier: TierSchema.nullable(),
    changes: list(
      z.object({
        factorId: z.string(),
        from: z.number().nullable(),
        to: z.number().nullable(),
        why: z.string().describe('Why, in English'),
        because: z
          .discriminatedUnion('kind', [
            z.object({ kind: z.literal('judgement'), asOf: z.string(), score: z.number() }),
            z.object({ kind: z.literal('lost'), indicator: z.string() }),
            z.object({
              kind: z.literal('gained'),
              indicator: z.string(),
              year: z.number().nullable(),
            }),
            z.object({
              kind: z.literal('moved'),
              indicator: z.string(),
              from: z.number(),
              to: z.number(),
            }),
            z.object({ kind: z.literal('coverage') }),
          ])
          .describe(
            'Why as facts: a new analyst judgement, an indicator (its English label) that lost or gained its value or moved the most, or only the coverage',
          ),
      }),
    ),
  })
  .meta({ id: 'Assessment' });
export type AssessmentDto = z.infer<typeof AssessmentSchema>;

export const AssessmentQuery = z.object({
  year: Year.optional().describe(
    'The year assessed (default: the latest year with data; the answer says which)',
  ),
});
export const AssessmentsResponse = z
  .object({ year: z.number().int(), assessments: list(AssessmentSchema) })
  .meta({ id: 'Assessments' });
export const AssessmentParams = z.object({ iso3: Iso3Param });
export const TimelineQuery = z.object({
  from: Year.default(1990),
  to: Year.describe('The last year'),
});
export const TimelineResponse = z
  .object({ iso3: z.string(), assessments: list(AssessmentSchema) })
  .meta({ id: 'AssessmentTimeline' });

export const OverrideRequest = z.object({
  year: z.number().int().min(1900).max(2100),
  tier: TierSchema,
  justification: z.string().trim().min(10, 'at least 10 characters').max(4000),
});
export const JudgementRequest = z.object({
  factorId: z.string().min(1).max(16),
  score: z.number().min(0).max(100),
  evidence: z.string().trim().min(10, 'at least 10 characters').max(8000),
  confidence: z.enum(['low', 'medium', 'high']),
  asOf: DaySchema,
});
export const JudgementsResponse = z.object({ judgements: list(JudgementSchema) });

export const CatalogItemSchema = z
  .object({
    id: z.string(),
    framework: z.string(),
    frameworkName: z.string(),
    kind: z.string(),
    parentId: z.string().nullable(),
    name: z.string().nullable(),
    text: z.string(),
    verification: z.string().nullable(),
    confidence: z.string().nullable(),
    source: z
      .object({ id: z.string(), section: z.string(), title: z.string().nullable() })
      .nullable(),
    authoritative: z
      .boolean()
      .describe('False for recalled_unverified items: never to be shown as authoritative'),
    translated: z
      .boolean()
      .describe('False when some of its texts have no translation and are shown in English'),
    original: z
      .object({ name: z.string().nullable(), text: z.string() })
      .optional()
      .describe('The English name and text, when the item is shown in another language'),
  })
  .meta({ id: 'CatalogItem' });
export const CatalogLanguageSchema = z.enum(['en', 'fr', 'es', 'ar']);
export const FrameworksQuery = z.object({
  lang: CatalogLanguageSchema.optional().describe('the language of the texts (default en)'),
});
export const TranslationSchema = z
  .object({
    language: CatalogLanguageSchema,
    translatedBy: z.string(),
    reviewed: z.boolean(),
    reviewedBy: z.string().nullable(),
  })
  .nullable()
  .describe('Who translated the texts shown and whether it was reviewed; null for English');
export const FrameworksResponse = z
  .object({
    version: z.string(),
    title: z.string(),
    loadedAt: z.string(),
    language: CatalogLanguageSchema,
    translation: TranslationSchema,
    items: list(CatalogItemSchema),
  })
  .meta({ id: 'Frameworks' });

export const HistoryCheckResponse = z
  .object({
    fromYear: z.number().int(),
    toYear: z.number().int(),
    outcomesThrough: z.number().int(),
    outcomes: z.string().describe('The outcome dataset the tiers are scored against'),
    tiers: list(
      z.object({
        tier: TierSchema,
        countryYears: z.number().int(),
        horizons: list(
          z.object({
            years: z.number().int(),
            observed: z.number().int(),
            withOnset: z.number().int(),
            share: z.number().nullable(),
          }),
        ),
      }),
    ),
    onsets: z.number().int(),
    caughtTopTwo: z.object({ oneYear: z.number().int(), twoYears: z.number().int() }),
    topTwoShare: z.number(),
    periods: list(
      z.object({
        kind: z
          .enum(['fit', 'test'])
          .describe('fit: the years the tier thresholds were fitted on; test: the later years'),
        fromYear: z.number().int(),
        toYear: z.number().int(),
        countryYears: z.number().int(),
        withForecast: z
          .number()
          .int()
          .describe('Country-years whose tier used an out-of-sample forecast knowable that year'),
        onsets: z.number().int(),
        caughtTopTwo: z.object({ oneYear: z.number().int(), twoYears: z.number().int() }),
        topTwoShare: z.number(),
      }),
    ),
  })
  .meta({ id: 'HistoryCheck' });
