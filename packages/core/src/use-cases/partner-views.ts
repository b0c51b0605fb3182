import { TIERS, type Tier } from '../assessment/lens-spec';
import type { ReceivedItem, TrustLevel } from '../ports/sharing';
import { cachedLensData, latestAssessments } from './assessment-data';
import type { UseCaseDeps } from './context';

export interface PartnerAssessment {
  readonly origin: string;
  readonly via: string;
  /** The trust of the partner it came through (null: that partner has been retired). */
  readonly trust: TrustLevel | null;
  readonly year: number;
  readonly tier: Tier | null;
  readonly score: number | null;
  readonly risk2y: number | null;
  readonly overridden: boolean;
  readonly receivedAt: string;
  /** Its tier against this instance's own for the same country: a disagreement is visible. */
  readonly comparison: 'higher' | 'lower' | 'same' | 'unknown';
}

/**
 * A country's assessments as partners sent them, beside this instance's own (issue 22 item 3):
 * "UN office: high; your team: extreme". The newest from each origin.
 */
export async function partnerAssessments(
  deps: UseCaseDeps,
  input: { iso3: string },
): Promise<{
  own: { year: number; tier: Tier | null } | null;
  partners: PartnerAssessment[];
}> {
  const iso3 = input.iso3.toUpperCase();
  const data = await cachedLensData(deps);
  const mine = latestAssessments(data, deps.clock.now().getUTCFullYear(), iso3)?.assessments[0];
  const own = mine ? { year: mine.year, tier: mine.tier } : null;
  const trust = new Map((await deps.store.sharing.partners({})).map((p) => [p.name, p.trust]));
  const newest = new Map<string, ReceivedItem>();
  for (const r of await deps.store.sharing.received({ kind: 'assessment', iso3 })) {
    const had = newest.get(r.origin);
    if (!had || r.day > had.day) newest.set(r.origin, r);
  }
  const rank = (t: Tier | null) => (t === null ? -1 : TIERS.indexOf(t));
  return {
    own,
    partners: [...newest.values()]
      .map((r) => {
        const b = r.body as {
          year?: number;
          tier?: string | null;
          score?: number | null;
          risk2y?: number | null;
          overridden?: boolean;
        };
        const tier = TIERS.includes(b.tier as Tier) ? (b.tier as Tier) : null;
        const comparison: PartnerAssessment['comparison'] =
          tier === null || !own?.tier
            ? 'unknown'
            : rank(tier) > rank(own.tier)
              ? 'higher'
              : rank(tier) < rank(own.tier)
                ? 'lower'
                : 'same';
        return {
          origin: r.origin,
          via: r.via,
          trust: trust.get(r.via) ?? null,
          year: b.year ?? Number(r.day.slice(0, 4)),
          tier,
          score: typeof b.score === 'number' ? b.score : null,
          risk2y: typeof b.risk2y === 'number' ? b.risk2y : null,
          overridden: b.overridden === true,
          receivedAt: r.receivedAt,
          comparison,
        };
      })
      .sort((a, b) => a.origin.localeCompare(b.origin)),
  };
}
