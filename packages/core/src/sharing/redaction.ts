/**
 * What may leave an instance (issue 22): one redaction policy for every kind of shared item. Each
 * kind is built from an explicit list of fields (never by deleting fields from a record), so a
 * field added to a record later is not shared until it is added here. Nothing identifying a
 * reporter, a monitor's account or a user ever leaves; event places are coarsened to the agreed
 * level; and a final scan refuses any item that still carries such a field.
 */
import { LensError } from '../domain/errors';

export const SHARE_KINDS = [
  'assessment',
  'alert',
  'event',
  'relation',
  'capacity',
  'brief',
] as const;
export type ShareKind = (typeof SHARE_KINDS)[number];

/** `summary`: the finding; `full`: with its reasons (drivers, decision, actors, headline). */
export const DETAIL_LEVELS = ['summary', 'full'] as const;
export type DetailLevel = (typeof DETAIL_LEVELS)[number];

/** How precisely an event's place is shared: the country, the province, or 0.1 degree (~11 km). */
export const LOCATION_LEVELS = ['country', 'admin1', 'rounded'] as const;
export type LocationLevel = (typeof LOCATION_LEVELS)[number];

export interface SharePolicy {
  readonly kinds: readonly ShareKind[];
  /** ISO3 codes, or `*` for every country. */
  readonly countries: readonly string[];
  readonly detail: DetailLevel;
  readonly location: LocationLevel;
  /** Items are shared only once they are this many days old. */
  readonly delayDays: number;
  /** The language briefs are written in for this partner (default English). */
  readonly lang?: 'en' | 'fr' | 'es' | 'ar';
}

/** A shared item: its kind, its id at the origin, country, day and the redacted body. */
export interface SharedItem {
  readonly kind: ShareKind;
  readonly originId: string;
  readonly iso3: string;
  /** The day the item speaks of (assessment: 31 December of its year). */
  readonly day: string;
  readonly body: Readonly<Record<string, unknown>>;
}

export interface SharedAssessmentInput {
  readonly id: string;
  readonly iso3: string;
  readonly year: number;
  readonly tier: string | null;
  readonly score: number | null;
  readonly risk2y: number | null;
  readonly drivers: ReadonlyArray<{
    readonly factorId: string;
    readonly name: string;
    readonly score: number;
  }>;
  readonly override: { readonly tier: string; readonly reason: string } | null;
}

export interface SharedAlertInput {
  readonly id: number;
  readonly iso3: string;
  readonly ruleName: string;
  readonly stage: string;
  readonly severity: string;
  readonly basis: string;
  readonly admin1Name: string | null;
  readonly firstEventDate: string;
  readonly lastEventDate: string;
  readonly raisedAt: string;
  readonly status: string;
  readonly decision: string | null;
}

export interface SharedEventInput {
  readonly ref: string;
  readonly iso3: string;
  readonly date: string;
  readonly admin1: string | null;
  readonly latitude: number | null;
  readonly longitude: number | null;
  readonly violenceType: string;
  readonly deathsBest: number | null;
  readonly civilianTargeting: boolean;
  readonly actorA: string | null;
  readonly actorB: string | null;
  /** A dataset's headline; a field report's own words are never shared. */
  readonly headline: string | null;
  /** `dataset` or `report` (a verified field report). */
  readonly origin: 'dataset' | 'report';
  readonly verified: boolean;
}

export interface SharedRelationInput {
  readonly id: number;
  readonly iso3: string;
  readonly from: string;
  readonly to: string;
  readonly relation: string;
  readonly source: string;
  readonly since: string;
}

export interface SharedCapacityInput {
  readonly iso3: string;
  readonly actor: string;
  readonly measureId: string;
  readonly capacity: number;
  readonly commitment: number;
  readonly coordination: number;
  readonly updatedAt: string;
}

/** A brief's key judgements, as a decision-maker reads them (never its plan's owners or notes). */
export interface SharedBriefInput {
  readonly iso3: string;
  readonly asOf: string;
  readonly lang: string;
  readonly year: number;
  readonly tier: string | null;
  readonly stage: string;
  readonly risk2y: number | null;
  readonly score: number | null;
  readonly drivers: ReadonlyArray<{ readonly name: string; readonly score: number }>;
  readonly redFlags: ReadonlyArray<{
    readonly date: string;
    readonly place: string | null;
    readonly stage: string;
    readonly severity: string;
    readonly events: number;
  }>;
  readonly measures: readonly string[];
  readonly pitfalls: readonly string[];
  readonly sources: readonly string[];
}

/** Keys that would identify a person behind the data: never in a shared item. */
const IDENTIFYING =
  /reporter|contact|phone|e-?mail|monitor|account|user(name)?|owner|created_?by|updated_?by|note|device|ip_?address|sealed|identity/i;

/** Every key in a value, at any depth. */
function keysOf(v: unknown, out: string[] = []): string[] {
  if (Array.isArray(v)) for (const x of v) keysOf(x, out);
  else if (typeof v === 'object' && v !== null)
    for (const [k, x] of Object.entries(v)) {
      out.push(k);
      keysOf(x, out);
    }
  return out;
}

/** Refuses an item carrying a field that could identify a person (a last guard). */
export function assertShareable(item: SharedItem): SharedItem {
  const bad = keysOf(item.body).filter((k) => IDENTIFYING.test(k));
  if (bad.length > 0)
    throw new LensError(
      'invalid',
      `A shared ${item.kind} may not carry ${bad.join(', ')}: it could identify a person`,
    );
  return item;
}

const round1 = (x: number) => Math.round(x * 10) / 10;
const full = (p: SharePolicy) => p.detail === 'full';

export function shareAssessment(a: SharedAssessmentInput, p: SharePolicy): SharedItem {
  return assertShareable({
    kind: 'assessment',
    originId: a.id,
    iso3: a.iso3,
    day: `${a.year}-12-31`,
    body: {
      year: a.year,
      tier: a.tier,
      score: a.score,
      risk2y: a.risk2y,
      overridden: a.override !== null,
      ...(full(p)
        ? {
            drivers: a.drivers.map((d) => ({ factorId: d.factorId, name: d.name, score: d.score })),
            overrideReason: a.override?.reason ?? null,
          }
        : {}),
    },
  });
}

export function shareAlert(a: SharedAlertInput, p: SharePolicy): SharedItem {
  return assertShareable({
    kind: 'alert',
    originId: String(a.id),
    iso3: a.iso3,
    day: a.raisedAt.slice(0, 10),
    body: {
      rule: a.ruleName,
      stage: a.stage,
      severity: a.severity,
      basis: a.basis,
      place: p.location === 'country' ? null : a.admin1Name,
      firstEventDate: a.firstEventDate,
      lastEventDate: a.lastEventDate,
      step: a.status,
      ...(full(p) ? { decision: a.decision } : {}),
    },
  });
}

/** A verified event, its place coarsened; an unverified field report is never shared. */
export function shareEvent(e: SharedEventInput, p: SharePolicy): SharedItem | null {
  if (e.origin === 'report' && !e.verified) return null;
  const point =
    p.location === 'rounded' && e.latitude !== null && e.longitude !== null
      ? { latitude: round1(e.latitude), longitude: round1(e.longitude) }
      : { latitude: null, longitude: null };
  return assertShareable({
    kind: 'event',
    originId: e.ref,
    iso3: e.iso3,
    day: e.date,
    body: {
      date: e.date,
      place: p.location === 'country' ? null : e.admin1,
      ...point,
      violenceType: e.violenceType,
      deaths: e.deathsBest,
      civilianTargeting: e.civilianTargeting,
      origin: e.origin,
      ...(full(p)
        ? {
            actorA: e.actorA,
            actorB: e.actorB,
            headline: e.origin === 'dataset' ? e.headline : null,
          }
        : {}),
    },
  });
}

export function shareRelation(r: SharedRelationInput, p: SharePolicy): SharedItem {
  return assertShareable({
    kind: 'relation',
    originId: String(r.id),
    iso3: r.iso3,
    day: r.since,
    body: {
      from: r.from,
      to: r.to,
      relation: r.relation,
      ...(full(p) ? { source: r.source } : {}),
    },
  });
}

/** A brief's key judgements; `full` adds its red flags, recommended measures and pitfalls. */
export function shareBrief(b: SharedBriefInput, p: SharePolicy): SharedItem {
  return assertShareable({
    kind: 'brief',
    originId: `${b.iso3}/brief`,
    iso3: b.iso3,
    day: b.asOf,
    body: {
      asOf: b.asOf,
      lang: b.lang,
      year: b.year,
      tier: b.tier,
      stage: b.stage,
      risk2y: b.risk2y,
      score: b.score,
      drivers: b.drivers.map((d) => ({ name: d.name, score: d.score })),
      sources: [...b.sources],
      ...(full(p)
        ? {
            redFlags: b.redFlags.map((f) => ({
              date: f.date,
              place: p.location === 'country' ? null : f.place,
              stage: f.stage,
              severity: f.severity,
              events: f.events,
            })),
            measures: [...b.measures],
            pitfalls: [...b.pitfalls],
          }
        : {}),
    },
  });
}

export function shareCapacity(c: SharedCapacityInput, _p: SharePolicy): SharedItem {
  return assertShareable({
    kind: 'capacity',
    originId: `${c.iso3}/${c.actor}/${c.measureId}`,
    iso3: c.iso3,
    day: c.updatedAt.slice(0, 10),
    body: {
      actor: c.actor,
      measureId: c.measureId,
      capacity: c.capacity,
      commitment: c.commitment,
      coordination: c.coordination,
    },
  });
}

/** Whether the policy lets an item go now: its kind, its country, and old enough. */
export function mayShare(item: SharedItem, p: SharePolicy, today: string): boolean {
  if (!p.kinds.includes(item.kind)) return false;
  if (!p.countries.includes('*') && !p.countries.includes(item.iso3)) return false;
  const age = (Date.parse(`${today}T00:00:00Z`) - Date.parse(`${item.day}T00:00:00Z`)) / 86_400_000;
  return age >= p.delayDays;
}
