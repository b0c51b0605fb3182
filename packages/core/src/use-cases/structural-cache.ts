import type { Store } from '../ports/store';
import type { LensData } from '../assessment/lens-data';

/**
 * The assessment data live escalation reads at every report, kept a few minutes per store; dropped
 * when country-year values, judgements or overrides commit (ADR 17).
 */
export const lensDataCache = new WeakMap<Store, { at: number; data: Promise<LensData> }>();

export function forgetStructuralContext(store: Store): void {
  lensDataCache.delete(store);
}
