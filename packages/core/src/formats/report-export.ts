import type { Report } from '../domain/report';
import { csvText } from './csv';

/**
 * Field reports as CSV with an HXL hashtag row under the header (the Humanitarian Exchange
 * Language convention, so humanitarian tools recognise the columns) and as GeoJSON. Both take
 * reports as the caller's role may see them; neither has any place for the reporter.
 */
const COLUMNS: ReadonlyArray<[string, string, (r: Report) => string | number | boolean | null]> = [
  ['id', '#meta+id', (r) => r.id],
  ['occurred_on', '#date+occurred', (r) => r.occurredOn],
  ['date_precision', '#date+precision', (r) => r.datePrecision],
  ['iso3', '#country+code', (r) => r.iso3],
  ['admin1_code', '#adm1+code', (r) => r.admin1Code],
  ['admin1_name', '#adm1+name', (r) => r.admin1Name],
  ['latitude', '#geo+lat', (r) => r.latitude],
  ['longitude', '#geo+lon', (r) => r.longitude],
  ['geo_precision', '#geo+precision', (r) => r.geoPrecision],
  ['place', '#loc+name', (r) => r.place],
  ['description', '#description', (r) => r.description],
  ['language', '#meta+lang', (r) => r.language],
  ['violence_type', '#event+type', (r) => r.violenceType],
  ['actors', '#org+name', (r) => r.actors.join('; ')],
  ['target_group', '#affected+group', (r) => r.targetGroup],
  ['fatalities_best', '#affected+killed', (r) => r.fatalitiesBest],
  ['fatalities_low', '#affected+killed+min', (r) => r.fatalitiesLow],
  ['fatalities_high', '#affected+killed+max', (r) => r.fatalitiesHigh],
  ['civilians_targeted', '#indicator+civilians_targeted', (r) => r.civiliansTargeted],
  ['status', '#status', (r) => r.status],
  ['credibility', '#indicator+credibility', (r) => r.credibility],
  ['received_at', '#date+reported', (r) => r.receivedAt],
];

export function reportsCsv(reports: readonly Report[]): string {
  const lines = [COLUMNS.map((c) => c[0]).join(','), COLUMNS.map((c) => c[1]).join(',')];
  for (const r of reports)
    lines.push(
      COLUMNS.map(([, , get]) => {
        const v = get(r);
        return v === null ? '' : typeof v === 'string' ? csvText(v) : String(v);
      }).join(','),
    );
  return `${lines.join('\r\n')}\r\n`;
}

export function reportsGeoJson(reports: readonly Report[]): string {
  return JSON.stringify({
    type: 'FeatureCollection',
    features: reports.map((r) => ({
      type: 'Feature',
      id: r.id,
      geometry:
        r.latitude !== null && r.longitude !== null
          ? { type: 'Point', coordinates: [r.longitude, r.latitude] }
          : null,
      properties: Object.fromEntries(COLUMNS.map(([name, , get]) => [name, get(r)])),
    })),
  });
}
