import { LensError } from '../domain/errors';
import type { Override } from '../assessment/assess';
import { isTier, type Tier } from '../assessment/lens-spec';
import type { UseCaseDeps } from './context';
import { forgetStructuralContext } from './structural-cache';
import { requireIso3 } from './countries';
import { assessYear } from './assess-year';

/** An analyst's override of a computed tier: both are kept, and the change is audited. */
export async function overrideTier(
  deps: UseCaseDeps,
  input: { iso3: string; year: number; tier: string; justification: string; actor: string },
): Promise<Override> {
  const iso3 = requireIso3(input.iso3);
  if (!isTier(input.tier))
    throw new LensError(
      'invalid',
      `tier must be negligible, low, moderate, high or extreme, found "${input.tier}"`,
      { tier: 'unknown tier' },
    );
  const justification = input.justification.trim();
  if (justification.length < 10)
    throw new LensError('invalid', 'an override needs a justification of at least 10 characters', {
      justification: 'too short',
    });
  const [current] = await assessYear(deps, { year: input.year, iso3 });
  if (!current)
    throw new LensError('not_found', `No assessment of ${iso3} for ${input.year}: too little data`);
  const at = deps.clock.now().toISOString();
  const saved = await deps.store.transaction(async (store) => {
    const o = await store.assessments.addOverride({
      iso3,
      year: input.year,
      computedTier: current.computedTier,
      tier: input.tier as Tier,
      justification,
      actor: input.actor,
      at,
    });
    await store.audit.append({
      at,
      actor: input.actor,
      action: 'assessment.override',
      recordType: 'assessment',
      recordId: `${iso3}:${input.year}`,
      detail: { computed: current.computedTier, tier: input.tier, justification },
    });
    return o;
  });
  forgetStructuralContext(deps);
  return saved;
}
