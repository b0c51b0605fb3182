/**
 * A field report: what a monitor (or a partner system, or where enabled the public) says
 * happened, where and when. The reporter's identity is never part of it: it is sealed separately
 * (`ReporterVault`) and only an admin can open it, each time audited.
 */

export const REPORT_STATUSES = ['unverified', 'corroborated', 'verified', 'rejected'] as const;
export type ReportStatus = (typeof REPORT_STATUSES)[number];

/** How precisely the date is known. */
export const DATE_PRECISIONS = ['day', 'week', 'month', 'year'] as const;
export type DatePrecision = (typeof DATE_PRECISIONS)[number];

/** How precisely the place is known (`admin1`: only the province; `country`: only the country). */
export const GEO_PRECISIONS = ['exact', 'near', 'admin1', 'country'] as const;
export type GeoPrecision = (typeof GEO_PRECISIONS)[number];

/**
 * Credibility of the information (the Admiralty scale's second half): 1 confirmed by other
 * sources ... 5 improbable, 6 cannot be judged.
 */
export const CREDIBILITY = [1, 2, 3, 4, 5, 6] as const;
export type Credibility = (typeof CREDIBILITY)[number];

export const REPORT_CHANNELS = ['monitor', 'partner', 'public'] as const;
export type ReportChannel = (typeof REPORT_CHANNELS)[number];

/** Who reported, as given at intake; sealed before it is stored. */
export interface Reporter {
  readonly name?: string;
  readonly contact?: string;
  readonly note?: string;
}

export interface ReportInput {
  readonly occurredOn: string;
  readonly datePrecision: DatePrecision;
  readonly iso3: string;
  readonly latitude?: number | null;
  readonly longitude?: number | null;
  readonly geoPrecision: GeoPrecision;
  /** The place as the reporter named it. */
  readonly place?: string | null;
  readonly description: string;
  /** The language of the description (ISO 639-1). */
  readonly language: string;
  readonly violenceType?: string | null;
  readonly actors?: readonly string[];
  readonly targetGroup?: string | null;
  readonly fatalitiesBest?: number | null;
  readonly fatalitiesLow?: number | null;
  readonly fatalitiesHigh?: number | null;
  readonly civiliansTargeted: boolean;
  readonly reporter?: Reporter | null;
}

export interface Report {
  readonly id: number;
  readonly receivedAt: string;
  readonly channel: ReportChannel;
  /** The account that submitted it (a monitor, or a partner system's token owner); withheld (null) from viewers. */
  readonly submittedBy: string | null;
  readonly occurredOn: string;
  readonly datePrecision: DatePrecision;
  readonly iso3: string;
  readonly admin1Code: string | null;
  readonly admin1Name: string | null;
  readonly latitude: number | null;
  readonly longitude: number | null;
  readonly geoPrecision: GeoPrecision;
  readonly place: string | null;
  readonly description: string;
  readonly language: string;
  readonly violenceType: string | null;
  readonly actors: readonly string[];
  readonly targetGroup: string | null;
  readonly fatalitiesBest: number | null;
  readonly fatalitiesLow: number | null;
  readonly fatalitiesHigh: number | null;
  readonly civiliansTargeted: boolean;
  readonly status: ReportStatus;
  readonly credibility: Credibility | null;
  readonly verifiedBy: string | null;
  readonly verifiedAt: string | null;
  readonly verificationReason: string | null;
  /** Whether a sealed reporter identity is stored (never the identity itself). */
  readonly hasReporter: boolean;
  /** The id of the first report of its near-duplicate group, when it has one. */
  readonly duplicateGroup: number | null;
  /** The analyst (username) the report is assigned to for triage. */
  readonly assignee: string | null;
}

/** The stored form of a report: the report and, apart, the sealed reporter. */
export interface StoredReport extends Report {
  readonly reporterKeyId: string | null;
  readonly reporterSealed: string | null;
}

/** One admin-1 unit's label point (Natural Earth), for assigning coordinates to a province. */
export interface Admin1Point {
  readonly iso3: string;
  /** ISO 3166-2 where known (MM-16), else Natural Earth's adm1_code (MMR-2111). */
  readonly code: string;
  readonly name: string;
  readonly latitude: number;
  readonly longitude: number;
}

const R = 6371;
const rad = (d: number) => (d * Math.PI) / 180;

/** Great-circle distance in km. */
export function distanceKm(lat1: number, lon1: number, lat2: number, lon2: number): number {
  const a =
    Math.sin(rad(lat2 - lat1) / 2) ** 2 +
    Math.cos(rad(lat1)) * Math.cos(rad(lat2)) * Math.sin(rad(lon2 - lon1) / 2) ** 2;
  return 2 * R * Math.asin(Math.min(1, Math.sqrt(a)));
}

/** The admin-1 unit of a country whose label point is nearest to the coordinates. */
export function nearestAdmin1(
  points: readonly Admin1Point[],
  latitude: number,
  longitude: number,
): Admin1Point | null {
  let best: Admin1Point | null = null;
  let bestKm = Infinity;
  for (const p of points) {
    const d = distanceKm(latitude, longitude, p.latitude, p.longitude);
    if (d < bestKm) {
      bestKm = d;
      best = p;
    }
  }
  return best;
}

/**
 * The report for anyone who may not see exact places (viewers): no coordinates (the place stays at
 * admin-1), no free-text place (a reporter's "Sittwe, near the market" is as precise as
 * coordinates) and no submitting account (which monitor was where is what puts them at risk).
 */
export function blurred(report: Report): Report {
  const coords = report.latitude !== null && report.longitude !== null;
  return {
    ...report,
    latitude: null,
    longitude: null,
    geoPrecision: coords ? (report.admin1Code ? 'admin1' : 'country') : report.geoPrecision,
    place: null,
    submittedBy: null,
  };
}

/** Character trigrams of a text, case- and space-folded (works across scripts). */
export function trigrams(text: string): Set<string> {
  const t = ` ${text.toLowerCase().replace(/\s+/g, ' ').trim()} `;
  const out = new Set<string>();
  for (let i = 0; i + 3 <= t.length; i++) out.add(t.slice(i, i + 3));
  return out;
}

export function jaccard(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  if (a.size === 0 && b.size === 0) return 0;
  let common = 0;
  for (const x of a) if (b.has(x)) common++;
  return common / (a.size + b.size - common);
}

/** Near-duplicates: same country, within these days of each other ... */
export const DUPLICATE_DAYS = 3;
/** ... at most this far apart (or the same province when one has no coordinates) ... */
export const DUPLICATE_KM = 25;
/** ... and texts at least this similar (trigram Jaccard). */
export const DUPLICATE_SIMILARITY = 0.45;

/** Whether two reports tell of the same incident: same place, time window and similar text. */
/** What the near-duplicate rule reads of a report. */
export type DuplicateProbe = Pick<
  Report,
  'iso3' | 'occurredOn' | 'latitude' | 'longitude' | 'admin1Code' | 'description'
>;

export function nearDuplicate(a: DuplicateProbe, b: DuplicateProbe): boolean {
  if (a.iso3 !== b.iso3) return false;
  const days = Math.abs(Date.parse(a.occurredOn) - Date.parse(b.occurredOn)) / 86_400_000;
  if (days > DUPLICATE_DAYS) return false;
  const near =
    a.latitude !== null && a.longitude !== null && b.latitude !== null && b.longitude !== null
      ? distanceKm(a.latitude, a.longitude, b.latitude, b.longitude) <= DUPLICATE_KM
      : a.admin1Code !== null && a.admin1Code === b.admin1Code;
  if (!near) return false;
  return jaccard(trigrams(a.description), trigrams(b.description)) >= DUPLICATE_SIMILARITY;
}

/** An admin-1 name reduced for matching: "Sagaing region" and "Sagaing" agree. */
export function admin1Key(name: string): string {
  return name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(
      /\b(state|region|division|province|governorate|department|departement|district|county|oblast|prefecture|municipality|territory|union)\b/g,
      '',
    )
    .replace(/[^a-z]/g, '');
}

/**
 * Places events in admin-1 units, country by country: the unit whose name matches the name the
 * source gives, when it gives one (UCDP's adm_1, ACLED's admin1), else the unit whose polygon holds
 * the point (when `locate` has shapes), else the unit whose label point is nearest (by an
 * equirectangular distance, which orders nearby points as the great circle does).
 * Each country's names and points are prepared once. Without coordinates, only the name places.
 */
export function admin1Placer(
  pointsOf: (iso3: string) => readonly Admin1Point[],
  locate?: (iso3: string, latitude: number, longitude: number) => Admin1Point | null,
): (
  iso3: string,
  sourceName: string | null,
  latitude: number | null,
  longitude: number | null,
) => Admin1Point | null {
  const prepared = new Map<
    string,
    {
      byKey: Map<string, Admin1Point>;
      lat: Float64Array;
      lon: Float64Array;
      points: readonly Admin1Point[];
    }
  >();
  const prepare = (iso3: string) => {
    let p = prepared.get(iso3);
    if (!p) {
      const points = pointsOf(iso3);
      const byKey = new Map<string, Admin1Point>();
      for (const x of points) {
        const k = admin1Key(x.name);
        if (k.length >= 3 && !byKey.has(k)) byKey.set(k, x);
      }
      p = {
        byKey,
        points,
        lat: Float64Array.from(points, (x) => x.latitude),
        lon: Float64Array.from(points, (x) => x.longitude),
      };
      prepared.set(iso3, p);
    }
    return p;
  };
  return (iso3, sourceName, latitude, longitude) => {
    const p = prepare(iso3);
    if (sourceName) {
      const named = p.byKey.get(admin1Key(sourceName));
      if (named) return named;
    }
    if (latitude === null || longitude === null) return null;
    const inside = locate?.(iso3, latitude, longitude);
    if (inside) return inside;
    const k = Math.cos(rad(latitude));
    let best = -1;
    let bestD = Infinity;
    for (let i = 0; i < p.points.length; i++) {
      const dy = p.lat[i]! - latitude;
      let dx = Math.abs(p.lon[i]! - longitude);
      if (dx > 180) dx = 360 - dx;
      const d = dy * dy + dx * k * (dx * k);
      if (d < bestD) {
        bestD = d;
        best = i;
      }
    }
    return best < 0 ? null : p.points[best]!;
  };
}
