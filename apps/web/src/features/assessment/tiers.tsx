import { useI18n } from '../../i18n/i18n';

import { TIERS } from '@lens/contract';

export const TIER_ORDER = TIERS;
export type TierName = (typeof TIER_ORDER)[number];

export const TIER_COLOURS: Record<TierName, string> = {
  negligible: '#e3efdc',
  low: '#fbe3a6',
  moderate: '#f5ad62',
  high: '#df5f3c',
  extreme: '#8f1d2c',
};

/** A tier as a coloured badge with its name in the interface language. */
export function TierBadge({ tier }: { tier: string | null }) {
  const { t } = useI18n();
  if (!tier) return <span className="muted">–</span>;
  return (
    <span className={`tier tier-${tier}`} data-tier={tier}>
      {t.tiers[tier] ?? tier}
    </span>
  );
}

export function TierLegend() {
  const { t } = useI18n();
  return (
    <ul className="legend" aria-label={t.tierLabel}>
      {TIER_ORDER.map((tier) => (
        <li key={tier}>
          <span className="swatch" style={{ background: TIER_COLOURS[tier] }} />
          {t.tiers[tier]}
        </li>
      ))}
    </ul>
  );
}

export const tierIndex = (tier: string | null): number =>
  tier === null ? -1 : TIER_ORDER.indexOf(tier as TierName);

/** The region and tier filters the rankings and the watch list share ('' is every one). */
export function RegionTierFilters({
  regions,
  region,
  onRegion,
  tier,
  onTier,
}: {
  regions: readonly string[];
  region: string;
  onRegion: (r: string) => void;
  tier: string;
  onTier: (t: string) => void;
}) {
  const { t } = useI18n();
  return (
    <>
      <label>
        {t.filterRegion}{' '}
        <select value={region} onChange={(e) => onRegion(e.target.value)} name="region">
          <option value="">{t.all}</option>
          {regions.map((r) => (
            <option key={r} value={r}>
              {t.regions[r as keyof typeof t.regions] ?? r}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t.filterTier}{' '}
        <select value={tier} onChange={(e) => onTier(e.target.value)} name="tier">
          <option value="">{t.all}</option>
          {[...TIER_ORDER].reverse().map((x) => (
            <option key={x} value={x}>
              {t.tiers[x]}
            </option>
          ))}
        </select>
      </label>
    </>
  );
}
