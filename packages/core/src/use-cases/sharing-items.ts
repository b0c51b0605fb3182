import type { Partner } from '../ports/sharing';
import {
  shareAlert,
  shareAssessment,
  shareBrief,
  shareCapacity,
  shareEvent,
  shareRelation,
  type SharedItem,
} from '../sharing/redaction';
import { cachedLensData, latestAssessments } from './assessment-data';
import { briefData } from './briefs';
import type { UseCaseDeps } from './context';
import { importedEvents } from './events';

type Deps = UseCaseDeps;

/** This instance's own items a policy covers (before the policy's kind, country and delay). */
export async function ownItems(deps: Deps, partner: Partner): Promise<SharedItem[]> {
  const p = partner.policy;
  const countries = (iso3: string) => p.countries.includes('*') || p.countries.includes(iso3);
  const out: SharedItem[] = [];
  if (p.kinds.includes('assessment')) {
    const data = await cachedLensData(deps);
    const latest = latestAssessments(data, deps.clock.now().getUTCFullYear());
    for (const a of latest?.assessments ?? [])
      if (countries(a.iso3))
        out.push(
          shareAssessment(
            {
              id: `${a.iso3}/${a.year}`,
              iso3: a.iso3,
              year: a.year,
              tier: a.tier,
              score: a.score,
              risk2y: a.probability?.risk2y ?? null,
              drivers: a.factors
                .filter((f) => (f.score ?? 0) >= 50)
                .map((f) => ({ factorId: f.id, name: f.name, score: f.score ?? 0 })),
              override: a.override
                ? { tier: a.override.tier, reason: a.override.justification }
                : null,
            },
            p,
          ),
        );
  }
  if (p.kinds.includes('alert'))
    for (const a of await deps.store.escalation.list({ kind: 'alert', limit: 5000 }))
      if (countries(a.iso3)) out.push(shareAlert(a, p));
  if (p.kinds.includes('event'))
    for (const iso3 of p.countries.filter((c) => c !== '*'))
      for (const e of await importedEvents(deps, { iso3, limit: 2000 })) {
        const item = shareEvent(
          {
            ref: e.ref,
            iso3: e.iso3,
            date: e.dateStart,
            admin1: e.admin1,
            latitude: e.latitude,
            longitude: e.longitude,
            violenceType: e.violenceType,
            deathsBest: e.deathsBest,
            civilianTargeting: e.civilianTargeting,
            actorA: e.actorA,
            actorB: e.actorB,
            headline: e.description,
            origin: 'dataset',
            verified: true,
          },
          p,
        );
        if (item) out.push(item);
      }
  if (p.kinds.includes('event'))
    for (const iso3 of p.countries.filter((c) => c !== '*'))
      // Verified field reports as events: never their words, their reporter or their place's point
      // beyond what the policy allows; unverified ones never.
      for (const r of await deps.store.reports.list({ iso3, status: 'verified', limit: 2000 })) {
        const item = shareEvent(
          {
            ref: `report:${r.id}`,
            iso3: r.iso3,
            date: r.occurredOn,
            admin1: r.admin1Name,
            latitude: r.latitude,
            longitude: r.longitude,
            violenceType: r.violenceType ?? 'field report',
            deathsBest: r.fatalitiesBest,
            civilianTargeting: r.civiliansTargeted,
            actorA: r.actors[0] ?? null,
            actorB: r.actors[1] ?? null,
            headline: null,
            origin: 'report',
            verified: r.status === 'verified',
          },
          p,
        );
        if (item) out.push(item);
      }
  if (p.kinds.includes('relation'))
    for (const iso3 of p.countries.filter((c) => c !== '*')) {
      const actors = await deps.store.actors.list({ iso3, withInternational: true });
      const names = new Map(actors.map((a) => [a.key, a.name]));
      const own = actors.filter((a) => a.iso3 === iso3).map((a) => a.key);
      if (own.length === 0) continue;
      for (const r of await deps.store.actors.relations({ actors: own }))
        out.push(
          shareRelation(
            {
              id: r.id,
              iso3,
              from: names.get(r.from) ?? r.from,
              to: names.get(r.to) ?? r.to,
              relation: r.type,
              // Documents and datasets; a field report's number means nothing elsewhere.
              source: r.evidence.filter((e) => !e.startsWith('report:')).join('; '),
              since: r.startedOn ?? r.createdAt.slice(0, 10),
            },
            p,
          ),
        );
    }
  if (p.kinds.includes('brief'))
    for (const iso3 of p.countries.filter((c) => c !== '*')) {
      // A country without enough data for a brief has none to share.
      const b = await briefData(deps, { iso3, lang: p.lang ?? 'en' }).catch(() => null);
      if (b)
        out.push(
          shareBrief(
            {
              iso3,
              asOf: b.asOf,
              lang: b.lang,
              year: b.year,
              tier: b.context.tier,
              stage: b.context.stage,
              risk2y: b.context.probability?.risk2y ?? null,
              score: b.score,
              drivers: b.factors.map((f) => ({ name: f.name, score: f.score })),
              redFlags: b.redFlags,
              measures: b.recommendations.slice(0, 10).map((r) => r.text),
              pitfalls: b.pitfalls.map((w) => w.title),
              sources: b.sources,
            },
            p,
          ),
        );
    }
  if (p.kinds.includes('capacity'))
    for (const iso3 of p.countries.filter((c) => c !== '*')) {
      const names = new Map(
        (await deps.store.actors.list({ iso3, withInternational: true })).map((a) => [
          a.key,
          a.name,
        ]),
      );
      for (const c of await deps.store.actors.capacities(iso3))
        out.push(shareCapacity({ ...c, actor: names.get(c.actor) ?? c.actor }, p));
    }
  return out;
}
