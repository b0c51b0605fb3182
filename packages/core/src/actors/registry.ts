/**
 * The actor registry: the people and bodies on both sides of atrocity prevention (perpetrator
 * structures and prevention coalitions), seeded from event data and edited by analysts, and the
 * sourced relationships analysts record between them (MISSION.md sections 5-6).
 */
import { isCalendarDay } from '../domain/calendar';
import { LensError } from '../domain/errors';

export const PERPETRATOR_SIDE = [
  'state_organ',
  'armed_group',
  'militia',
  'political_leader',
  'media_outlet',
  'financier',
  /** Crowds, unions, communal groups: unclassified until an analyst types them. */
  'group',
] as const;
export const PREVENTION_SIDE = [
  'un_office',
  'regional_org',
  'foreign_state',
  'focal_point',
  'ngo',
  'community_network',
] as const;
export const ACTOR_TYPES = [...PERPETRATOR_SIDE, ...PREVENTION_SIDE, 'civilians'] as const;
export type RegistryActorType = (typeof ACTOR_TYPES)[number];

export const isPreventionType = (t: string): boolean =>
  (PREVENTION_SIDE as readonly string[]).includes(t);

/** Relationship types analysts record; `opposes` is the only one that is not a channel of influence. */
export const RELATION_TYPES = [
  'commands',
  'funds',
  'arms',
  'allied_with',
  'member_of',
  'influences',
  'cooperates_with',
  'opposes',
] as const;
export type RelationType = (typeof RELATION_TYPES)[number];

/** Relations that hold both ways (an alliance) rather than from one actor to another. */
export const SYMMETRIC_RELATIONS: readonly RelationType[] = [
  'allied_with',
  'cooperates_with',
  'opposes',
];

export const CONFIDENCE_LEVELS = ['low', 'medium', 'high'] as const;
export type Confidence = (typeof CONFIDENCE_LEVELS)[number];
/** The probability a path step is read as holding, by confidence (ADR 15). */
export const CONFIDENCE_WEIGHT: Readonly<Record<Confidence, number>> = {
  low: 0.3,
  medium: 0.6,
  high: 0.9,
};

export interface RegistryActor {
  /** The folded name key (network.actorKey) the network uses for it. */
  readonly key: string;
  readonly name: string;
  readonly type: RegistryActorType;
  /** The country it acts in or on; null for international bodies. */
  readonly iso3: string | null;
  readonly aliases: readonly string[];
  readonly activeFrom: string | null;
  readonly activeTo: string | null;
  /** Where it is known from: datasets (`UCDP GED 25.1`) or documents. */
  readonly sources: readonly string[];
  /** `events` when seeded from event data, `analyst` when an analyst created it. */
  readonly origin: 'events' | 'analyst';
  readonly notes: string | null;
  readonly updatedAt: string;
  readonly updatedBy: string;
}

export interface ActorRelation {
  readonly id: number;
  readonly from: string;
  readonly to: string;
  readonly type: RelationType;
  readonly startedOn: string | null;
  readonly endedOn: string | null;
  readonly confidence: Confidence;
  /** Event refs (`ucdp-ged:123`), report refs (`report:4`) or document citations. */
  readonly evidence: readonly string[];
  readonly note: string | null;
  readonly createdAt: string;
  readonly createdBy: string;
  readonly retiredAt: string | null;
}

/** Checks a relation's dates and evidence; throws an invalid error that says what is wrong. */
export function checkRelation(r: {
  from: string;
  to: string;
  startedOn: string | null;
  endedOn: string | null;
  evidence: readonly string[];
}): void {
  if (r.from === r.to) throw new LensError('invalid', 'a relationship needs two different actors');
  for (const [k, v] of [
    ['startedOn', r.startedOn],
    ['endedOn', r.endedOn],
  ] as const)
    if (v !== null && !isCalendarDay(v))
      throw new LensError('invalid', `${k} must be a day of the calendar, YYYY-MM-DD`);
  if (r.startedOn && r.endedOn && r.endedOn < r.startedOn)
    throw new LensError('invalid', 'endedOn is before startedOn');
  if (r.evidence.length === 0)
    throw new LensError(
      'invalid',
      'a relationship needs evidence: an event, a report or a cited document',
    );
}
