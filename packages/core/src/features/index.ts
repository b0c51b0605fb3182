import { EWP_2025 } from './ewp-2025.spec';
import { LENS_OPEN, LENS_OPEN_LABELS } from './lens-open.spec';
import type { FeatureSpec } from './spec';

/** The feature specs Lens knows by name (`lens features build --spec <id>`). */
export const FEATURE_SPECS: Readonly<Record<string, FeatureSpec>> = {
  [EWP_2025.id]: EWP_2025,
  [LENS_OPEN.id]: LENS_OPEN,
};

export * from './spec';
export * from './engine';
export { EWP_2025, LENS_OPEN, LENS_OPEN_LABELS };
export * from './lineage';
