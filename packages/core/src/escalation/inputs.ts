import type { EventRecord } from '../domain/dataset';
import type { Report } from '../domain/report';
import type { Classifier } from './classify';
import type { EscalationEvent } from './engine';

/** An imported event (GED, ACLED, GDELT) classified for the rules. */
export function fromDatasetEvent(
  e: EventRecord & { ref: string },
  classifier: Classifier,
): EscalationEvent {
  // GDELT keeps a URL where others keep text: not read as words.
  const text = e.description && !/^https?:/.test(e.description) ? e.description : null;
  const hits = classifier.classify({
    type: e.violenceType,
    civiliansTargeted: e.civilianTargeting,
    text,
  });
  return {
    ref: e.ref,
    date: e.dateStart,
    iso3: e.iso3,
    admin1Code: e.admin1Code ?? null,
    admin1Name: e.admin1,
    deaths: e.deathsBest,
    perpetrator: e.actorA,
    target: null,
    hits,
    corroborated: true,
    // UCDP codes killings, never arrests or trials (its text is the source's headline); ACLED
    // and GDELT code arrests, charges and inquiries among their events.
    reportsAccountability: !e.ref.startsWith('ucdp-'),
    summary: [
      e.violenceType,
      [e.actorA, e.actorB].filter(Boolean).join(' vs '),
      e.deathsBest === null ? '' : `${e.deathsBest} dead`,
    ]
      .filter(Boolean)
      .join('; '),
  };
}

/**
 * A field report classified for the rules: its type and civilians-targeted box, and its
 * description read by the lexicon. Never its reporter (reports here are listed rows, which do not
 * hold one).
 */
export function fromReport(r: Report, classifier: Classifier): EscalationEvent {
  const hits = classifier.classify({
    type: r.violenceType,
    civiliansTargeted: r.civiliansTargeted,
    text: r.description,
  });
  return {
    ref: `report:${r.id}`,
    date: r.occurredOn,
    iso3: r.iso3,
    admin1Code: r.admin1Code,
    admin1Name: r.admin1Name,
    deaths: r.fatalitiesBest,
    perpetrator: r.actors[0] ?? null,
    target: r.targetGroup,
    hits,
    corroborated: r.status === 'corroborated' || r.status === 'verified',
    reportsAccountability: true,
    summary: `field report (${r.status})${r.fatalitiesBest === null ? '' : `; ${r.fatalitiesBest} dead`}`,
  };
}
