import {
  CountryParams,
  PublicCountrySchema,
  PublicLangQuery,
  PublicPageRequest,
  PublicPageSettingsSchema,
  PublicWatchListSchema,
} from '@lens/contract';
import { actorName, publicWatchListHxl, type Role } from '@lens/core';
import { z } from 'zod';
import { errorResponses, principalOf, typed, type RouteModule } from '../http/context';

const ADMINS: readonly Role[] = ['admin'];
/** Published pages may be cached by browsers and proxies for five minutes. */
const CACHEABLE = 'public, max-age=300';

/**
 * The public page (issue 22 item 4, ADR 34): off by default; an admin chooses the countries and
 * whether alerts and actors show. Read without an account, read-only, cacheable; a country not
 * chosen (or the whole page while it is off) is "not found".
 */
export const publicRoutes: RouteModule = (app, { lens }) => {
  const api = typed(app);
  api.get(
    '/api/share/public-page',
    {
      config: { access: ADMINS },
      schema: {
        tags: ['sharing'],
        summary: 'What the public page shows (off by default)',
        response: { 200: PublicPageSettingsSchema, ...errorResponses(401, 403) },
      },
    },
    () => lens.publicPageSettings(),
  );
  api.put(
    '/api/share/public-page',
    {
      config: { access: ADMINS },
      schema: {
        tags: ['sharing'],
        summary:
          'Choose what the public page shows: on or off, the countries, and whether alerts and actors show (audited)',
        body: PublicPageRequest,
        response: { 200: PublicPageSettingsSchema, ...errorResponses(400, 401, 403) },
      },
    },
    async (req) => lens.setPublicPage(req.body, actorName(principalOf(req))),
  );
  api.get(
    '/api/public/watchlist',
    {
      config: { access: 'public' },
      schema: {
        tags: ['public'],
        summary:
          'The published watch list (no account needed): the chosen countries with tier, forecast and interval, stage and what changed, and the sources',
        querystring: PublicLangQuery,
        response: { 200: PublicWatchListSchema, ...errorResponses(400, 404) },
      },
    },
    async (req, reply) => {
      const list = await lens.publicWatchList({ lang: req.query.lang ?? 'en' });
      return reply.header('cache-control', CACHEABLE).send(list);
    },
  );
  api.get(
    '/api/public/watchlist.csv',
    {
      config: { access: 'public' },
      schema: {
        tags: ['public'],
        summary:
          'The published watch list as CSV with HXL hashtags under the header (for the Humanitarian Data Exchange)',
        querystring: PublicLangQuery,
        response: { 200: z.string(), ...errorResponses(400, 404) },
      },
    },
    async (req, reply) => {
      const list = await lens.publicWatchList({ lang: req.query.lang ?? 'en' });
      return reply
        .header('cache-control', CACHEABLE)
        .header('content-type', 'text/csv; charset=utf-8')
        .header('content-disposition', 'attachment; filename="lens-watch-list-hxl.csv"')
        .send(publicWatchListHxl(list));
    },
  );
  api.get(
    '/api/public/country/:iso3',
    {
      config: { access: 'public' },
      schema: {
        tags: ['public'],
        summary:
          "A published country's page (no account needed): assessment, forecast, stage, drivers and sources; alerts and actors only where chosen",
        params: CountryParams,
        querystring: PublicLangQuery,
        response: { 200: PublicCountrySchema, ...errorResponses(400, 404) },
      },
    },
    async (req, reply) => {
      const page = await lens.publicCountry({
        iso3: req.params.iso3,
        lang: req.query.lang ?? 'en',
      });
      return reply.header('cache-control', CACHEABLE).send(page);
    },
  );
};
