/** Actors and networks (issue 8): the network of a country as the API returns it. */
import { z } from 'zod';

export const NetworkQuery = z.object({
  country: z.string().regex(/^[A-Za-z]{3}$/, 'must be an ISO3 code'),
  from: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/, 'must be YYYY-MM-DD')
    .optional(),
  to: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/, 'must be YYYY-MM-DD')
    .optional(),
});
export const NetworkExportQuery = NetworkQuery.extend({ format: z.enum(['graphml', 'gexf']) });

const Metrics = z.object({
  degree: z.number().int(),
  strength: z.number(),
  betweenness: z.number(),
  pagerank: z.number(),
  eigenvector: z.number().nullable(),
  community: z.number().int(),
  bridges: z.number().int(),
  broker: z.boolean(),
});

export const NetworkSchema = z
  .object({
    iso3: z.string(),
    from: z.string().nullable(),
    to: z.string().nullable(),
    eventsRead: z.number().int(),
    nodes: z
      .array(
        z.object({
          id: z.string(),
          name: z.string(),
          aliases: z.array(z.string()).readonly(),
          type: z.enum(['state', 'armed_group', 'civilians']),
          countries: z.array(z.string()).readonly(),
          firstEvent: z.string(),
          lastEvent: z.string(),
          events: z.number().int(),
          deaths: z.number(),
          metrics: Metrics,
        }),
      )
      .readonly(),
    edges: z
      .array(
        z.object({
          source: z.string(),
          target: z.string(),
          relation: z.enum(['fights', 'targets']),
          inferred: z.literal(true).describe('inferred from events, not a sourced relationship'),
          events: z.number().int(),
          deaths: z.number(),
          firstEvent: z.string(),
          lastEvent: z.string(),
          evidence: z.array(z.string()).readonly(),
        }),
      )
      .readonly(),
  })
  .meta({ id: 'Network' });
