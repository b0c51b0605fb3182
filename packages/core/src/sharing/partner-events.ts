import type { Classifier } from '../escalation/classify';
import type { EscalationEvent } from '../escalation/engine';
import type { ReceivedItem, TrustLevel } from '../ports/sharing';

/**
 * How far a partner's verified events count in this instance's escalation engine (issue 22 item 3,
 * ADR 34): `high`, as this instance's own imported events; `medium`, as evidence with their
 * deaths counted at half (a death-threshold rule needs twice the partner's count); `low`, never
 * evidence on their own: like an unverified field report, they show in the episode as "to verify"
 * and do not move the stage until this instance's own data bear them out.
 */
export const TRUST_WEIGHT: Readonly<Record<TrustLevel, number>> = { high: 1, medium: 0.5, low: 0 };

/**
 * A partner's shared event as the rules read it. Its place is the province the partner named,
 * matched to this instance's admin-1 code by name where it can be (else the country as a whole).
 */
export function fromPartnerEvent(
  item: ReceivedItem,
  trust: TrustLevel,
  classifier: Classifier,
  admin1CodeOf: (name: string) => string | null,
): EscalationEvent {
  const b = item.body as {
    date?: string;
    place?: string | null;
    violenceType?: string;
    deaths?: number | null;
    civilianTargeting?: boolean;
    actorA?: string | null;
    actorB?: string | null;
    headline?: string | null;
  };
  const w = TRUST_WEIGHT[trust];
  const place = typeof b.place === 'string' && b.place.trim() !== '' ? b.place : null;
  const deaths = typeof b.deaths === 'number' ? Math.floor(b.deaths * (w === 0 ? 1 : w)) : null;
  const text = b.headline && !/^https?:/.test(b.headline) ? b.headline : null;
  return {
    ref: `partner:${item.origin}:${item.originId}`,
    date: b.date ?? item.day,
    iso3: item.iso3,
    admin1Code: place ? admin1CodeOf(place) : null,
    admin1Name: place,
    deaths,
    perpetrator: b.actorA ?? null,
    target: null,
    hits: classifier.classify({
      type: b.violenceType ?? null,
      civiliansTargeted: b.civilianTargeting === true,
      text,
    }),
    corroborated: w > 0,
    reportsAccountability: text !== null,
    summary: [
      b.violenceType ?? '',
      [b.actorA, b.actorB].filter(Boolean).join(' vs '),
      deaths === null ? '' : `${deaths} dead`,
      `shared by ${item.origin} (${trust} trust)`,
    ]
      .filter(Boolean)
      .join('; '),
  };
}
