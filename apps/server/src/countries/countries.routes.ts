import { CountriesQuery, CountriesResponse, CountryParams, CountryResponse } from '@lens/contract';
import { ALL_ROLES } from '@lens/core';
import { errorResponses, typed, type RouteModule } from '../http/context';

export const countryRoutes: RouteModule = (app, { lens }) => {
  const api = typed(app);
  api.get(
    '/api/countries',
    {
      config: { access: ALL_ROLES },
      schema: {
        tags: ['countries'],
        summary:
          'The country reference table: ISO, COW and Gleditsch-Ward codes by period, region, names in en/fr/es/ar',
        querystring: CountriesQuery,
        response: { 200: CountriesResponse, ...errorResponses(400, 401) },
      },
    },
    async (request) => ({ countries: await lens.countriesIn(request.query.year) }),
  );
  api.get(
    '/api/countries/:iso3',
    {
      config: { access: ALL_ROLES },
      schema: {
        tags: ['countries'],
        summary: 'Every period of one country (codes change when states split or merge)',
        params: CountryParams,
        response: { 200: CountryResponse, ...errorResponses(400, 401, 404) },
      },
    },
    async (request) => {
      const periods = await lens.countryPeriods(request.params.iso3);
      return { iso3: request.params.iso3.toUpperCase(), periods };
    },
  );
};
