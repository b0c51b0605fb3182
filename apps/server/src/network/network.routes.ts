import { NetworkExportQuery, NetworkQuery, NetworkSchema } from '@lens/contract';
import { networkGexf, networkGraphml, READER_ROLES } from '@lens/core';
import type { z } from 'zod';
import { errorResponses, typed, type RouteModule } from '../http/context';

const READERS = READER_ROLES;

export const networkRoutes: RouteModule = (app, { lens }) => {
  typed(app).get(
    '/api/network',
    {
      config: { access: READERS },
      schema: {
        tags: ['actors'],
        summary:
          "A country's perpetrator network from its events and reports: actors with centrality, communities and brokers, ties inferred from events; format=graphml|gexf for Gephi",
        querystring: NetworkQuery,
        response: { 200: NetworkSchema, ...errorResponses(400, 401, 403) },
      },
    },
    async (req) =>
      lens.actorNetwork({
        iso3: req.query.country.toUpperCase(),
        ...(req.query.from ? { from: req.query.from } : {}),
        ...(req.query.to ? { to: req.query.to } : {}),
      }),
  );
  // Untyped on purpose: the body is XML text, not a JSON document the serializer checks.
  app.get(
    '/api/network/export',
    {
      config: { access: READERS },
      schema: {
        tags: ['actors'],
        summary: 'The same network as a GraphML or GEXF (Gephi) file',
        querystring: NetworkExportQuery,
        response: errorResponses(400, 401, 403),
      },
    },
    async (req, reply) => {
      const query = req.query as z.infer<typeof NetworkExportQuery>;
      const net = await lens.actorNetwork({
        iso3: query.country.toUpperCase(),
        ...(query.from ? { from: query.from } : {}),
        ...(query.to ? { to: query.to } : {}),
      });
      const text =
        query.format === 'graphml'
          ? networkGraphml(net)
          : networkGexf(net, {
              description: `Lens network of ${net.iso3} (ties inferred from ${net.eventsRead} events)`,
              date: lens.adapters.clock.now().toISOString().slice(0, 10),
            });
      return reply
        .header('content-type', 'application/xml; charset=utf-8')
        .header(
          'content-disposition',
          `attachment; filename="lens-network-${net.iso3}.${query.format}"`,
        )
        .send(text);
    },
  );
};
