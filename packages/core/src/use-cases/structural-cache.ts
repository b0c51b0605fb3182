import type { Cache } from '../ports/services';

/** The cache key of the assessment inputs (indicators, judgements, overrides, default model). */
export const LENS_DATA_KEY = 'lens-data';
/** The cache key of the women, peace and security indicators' series. */
export const WPS_DATA_KEY = 'wps-data';

/**
 * Drops the cached assessment inputs after country-year values, judgements, overrides, a feature
 * table or a model committed, so the next read sees them (ADR 17).
 */
export function forgetStructuralContext(deps: { readonly cache?: Cache | undefined }): void {
  deps.cache?.delete(LENS_DATA_KEY);
  deps.cache?.delete(WPS_DATA_KEY);
}
