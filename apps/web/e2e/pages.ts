/**
 * Every page of the web app an admin can open, by address; `{alert}` and `{report}` stand for an
 * existing alert's and report's number. The accessibility walk and the page bench both read it.
 */
export const PAGES = [
  '/',
  '/countries',
  '/report',
  '/alerts',
  '/alerts/{alert}',
  '/reports',
  '/reports/{report}',
  '/network/MMR',
  '/plan/MMR',
  '/capacity/MMR',
  '/assessments',
  '/country/MMR',
  '/forecasts',
  '/frameworks',
  '/cases',
  '/exercises',
  '/data',
  '/users',
  '/audit',
  '/sharing',
  '/public',
  '/public/country/MMR',
] as const;

export const pageUrl = (p: string, ids: { alert: number; report: number }): string =>
  p.replace('{alert}', String(ids.alert)).replace('{report}', String(ids.report));
