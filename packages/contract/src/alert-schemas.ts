/** Escalation and alerts (issue 7): request and response shapes. Alerts never hold a reporter. */
import { z } from 'zod';
import { DaySchema } from './day';
import { ALERT_STATUSES, BASES, BRIEF_LANGUAGES, SEVERITIES, STAGES } from '@lens/core';

// The vocabularies, for clients (the web app) that list or order them.
export {
  ALERT_STATUSES,
  BASES,
  INDICATOR_IDS,
  nextStatus,
  ruleNameIn,
  SEVERITIES,
  STAGES,
} from '@lens/core';

const Stage = z.enum(STAGES);

export const AlertSchema = z
  .object({
    id: z.number().int(),
    origin: z
      .enum(['replay', 'live'])
      .describe('replay: run over stored history; live: raised as events arrived'),
    kind: z
      .enum(['alert', 'signal'])
      .describe('signal: sets a stage without entering the workflow'),
    iso3: z.string(),
    admin1Code: z.string().nullable(),
    admin1Name: z.string().nullable(),
    ruleId: z.string(),
    ruleName: z.string(),
    rulesetVersion: z.string(),
    classifierVersion: z.string(),
    stage: Stage,
    severity: z.enum(SEVERITIES),
    basis: z
      .enum(BASES)
      .describe(
        'evidence: moves the stage; to_verify: rests on unverified reports only; accountability_unknown: no source could have recorded accountability',
      ),
    risk: z
      .number()
      .nullable()
      .describe(
        "the monthly escalation model's probability of atrocity-scale violence against civilians in the place within three months, when raised",
      ),
    firstEventDate: z.string(),
    lastEventDate: z.string(),
    raisedAt: z
      .string()
      .describe('the day the rule fired (replay) or the moment it was raised (live)'),
    holdsUntil: z.string(),
    status: z.enum(ALERT_STATUSES),
    owner: z.string().nullable(),
    deadline: z.string().nullable(),
    decision: z.string().nullable(),
    escalationLevel: z.number().int(),
    context: z
      .record(z.string(), z.union([z.string(), z.number(), z.null()]))
      .describe('structural tier and score when raised, rule details'),
    eventCount: z.number().int(),
    updatedAt: z.string(),
  })
  .meta({ id: 'Alert' });

export const AlertEventSchema = z.object({
  ref: z.string(),
  date: z.string(),
  summary: z.string(),
  indicators: z.array(z.string()).readonly(),
});

export const AlertStepSchema = z
  .object({
    id: z.number().int(),
    alertId: z.number().int(),
    at: z.string(),
    by: z.string(),
    kind: z.enum(['step', 'comment', 'escalation']),
    status: z.enum(ALERT_STATUSES),
    owner: z.string().nullable(),
    deadline: z.string().nullable(),
    comment: z.string().nullable(),
    decision: z.string().nullable(),
  })
  .meta({ id: 'AlertStep' });

export const ReadableEventSchema = AlertEventSchema.extend({
  source: z.string().nullable().describe('the dataset and its version, or "field report"'),
  record: z.string().describe("the record's id in its source"),
  reportId: z.number().int().nullable().describe("a field report's number in Lens"),
  place: z.string().nullable(),
  type: z.string().nullable().describe('the violence or event type as the source codes it'),
  actors: z.array(z.string()).readonly(),
  target: z.string().nullable(),
  deaths: z.number().int().nullable(),
  text: z.string().nullable().describe("the source's own words (never a field report's text)"),
  url: z.string().nullable().describe("the source's article, where it gives one"),
  hits: z
    .array(
      z.object({
        indicator: z.string(),
        label: z.string(),
        via: z.enum(['violence-type', 'event-type', 'cameo', 'civilians', 'text']),
        value: z.string(),
      }),
    )
    .readonly()
    .describe('each indicator read into the event, and from which field or words'),
}).meta({ id: 'ReadableEvent' });

export const AlertDetailSchema = AlertSchema.extend({
  events: z.array(ReadableEventSchema).readonly(),
  catalogItems: z
    .array(
      z.object({
        id: z.string(),
        name: z.string(),
        framework: z.string(),
        citation: z.string().nullable(),
        authoritative: z.boolean(),
      }),
    )
    .readonly()
    .describe('the framework items the rule stands for'),
  steps: z.array(AlertStepSchema).readonly(),
}).meta({ id: 'AlertDetail' });

export const AlertsQuery = z.object({
  country: z
    .string()
    .regex(/^[A-Za-z]{3}$/, 'must be an ISO3 code')
    .optional(),
  status: z.enum([...ALERT_STATUSES, 'open']).optional(),
  kind: z.enum(['alert', 'signal', 'all']).default('alert'),
  limit: z.coerce.number().int().min(1).max(5000).default(200),
  offset: z.coerce.number().int().min(0).default(0),
  order: z
    .enum(['priority', 'recent'])
    .default('priority')
    .describe("priority: severity, then the escalation model's risk, then newest; recent: newest"),
});
export const AlertsResponse = z.object({
  alerts: z.array(AlertSchema),
  total: z.number().int().describe('how many match the filters'),
  offset: z.number().int(),
  hidden: z
    .object({ closed: z.number().int(), signals: z.number().int() })
    .describe('what the filters leave out: closed alerts and stage signals'),
});
export const AlertParams = z.object({ id: z.coerce.number().int().positive() });
export const AlertDetailQuery = z.object({
  lang: z
    .enum(BRIEF_LANGUAGES)
    .default('en')
    .describe("The language of the catalog items' names (the catalog translation)"),
});

export const AdvanceRequest = z
  .object({
    to: z.enum(ALERT_STATUSES),
    owner: z.string().max(128).nullable().optional(),
    deadline: z.string().max(32).nullable().optional().describe('YYYY-MM-DD or an ISO date-time'),
    comment: z.string().max(10_000).nullable().optional(),
    decision: z
      .string()
      .max(10_000)
      .nullable()
      .optional()
      .describe('required when moving to decision'),
  })
  .meta({ id: 'AdvanceRequest' });

export const CommentRequest = z.object({ comment: z.string().min(1, 'is empty').max(10_000) });

export const EscalationParams = z.object({
  iso3: z.string().regex(/^[A-Za-z]{3}$/, 'must be an ISO3 code'),
});
export const EscalationQuery = z.object({
  asOf: DaySchema.optional(),
});

export const EscalationSchema = z
  .object({
    iso3: z.string(),
    asOf: z.string(),
    asOfBasis: z.enum(['requested', 'today']),
    dataThrough: z.string().nullable().describe("the last day the country's event data cover"),
    noDataSince: z
      .string()
      .nullable()
      .describe(
        'set when the event data stopped more than 90 days before asOf: the stage is the last known one, held',
      ),
    stage: Stage,
    timeline: z.array(z.object({ date: z.string(), stage: Stage })).readonly(),
    places: z
      .array(
        z.object({
          admin1Code: z.string().nullable(),
          admin1Name: z.string().nullable(),
          stage: Stage,
          since: z.string().nullable(),
          latitude: z.number().nullable(),
          longitude: z.number().nullable(),
          risk: z
            .number()
            .nullable()
            .describe("the monthly escalation model's latest risk for the province"),
        }),
      )
      .readonly(),
    openAlerts: z.number().int(),
    risk: z
      .array(z.object({ month: z.string(), risk: z.number() }))
      .readonly()
      .describe(
        "the monthly escalation model's risk for the country, month by month: probability of atrocity-scale violence against civilians in the next three months",
      ),
    riskAlarm: z.number().nullable().describe("the model's alarm level for the country"),
    map: z
      .object({
        width: z.number(),
        height: z.number(),
        fontSize: z.number(),
        provinces: z
          .array(
            z.object({
              code: z.string().describe('the admin-1 code, as in places'),
              name: z.string(),
              d: z.string().describe('SVG path data in the width x height box'),
              label: z
                .object({ x: z.number(), y: z.number(), text: z.string() })
                .nullable()
                .describe('where the name sits; null when it would overlap another'),
            }),
          )
          .readonly(),
      })
      .nullable()
      .describe(
        "the provinces' shapes (Natural Earth admin-1, simplified) projected for drawing, labelled without overlap; null without shapes",
      ),
  })
  .meta({ id: 'CountryEscalation' });

export const ReplayRequest = z.object({
  asOf: DaySchema.optional(),
});
export const ReplaySchema = z.object({
  iso3: z.string(),
  events: z.number().int(),
  alerts: z.number().int(),
  signals: z.number().int(),
  rulesetVersion: z.string(),
  classifierVersion: z.string(),
  stage: Stage,
  asOf: z.string(),
});

export const RuleSetSchema = z
  .object({
    version: z.string(),
    description: z.string(),
    rules: z.array(z.record(z.string(), z.unknown())),
  })
  .meta({ id: 'RuleSet' });

export const WebhookSchema = z
  .object({
    id: z.number().int(),
    url: z.string(),
    createdAt: z.string(),
    createdBy: z.string(),
    lastStatus: z.string().nullable(),
    lastDeliveryAt: z.string().nullable(),
  })
  .meta({ id: 'Webhook' });
export const WebhooksResponse = z.object({ webhooks: z.array(WebhookSchema) });
export const WebhookRequest = z.object({
  url: z
    .string()
    .max(2000)
    .regex(/^https?:\/\/[^\s]+$/, 'must be an http(s) URL'),
});
export const WebhookCreated = WebhookSchema.extend({
  secret: z.string().describe('shown once: the HMAC-SHA256 key that signs deliveries'),
});
