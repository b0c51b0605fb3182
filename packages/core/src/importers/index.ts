import type { DatasetKind } from '../domain/dataset';
import type { ImporterSpec } from './importer';
import { ucdpGedImporter } from './ucdp-ged.importer';
import { ucdpOvcyImporter } from './ucdp-ovcy.importer';
import { ucdpAcdImporter } from './ucdp-acd.importer';
import { vdemImporter } from './vdem.importer';
import { wdiImporter } from './wdi.importer';

/** The importers available now; the other kinds in DATASET_KINDS are refused with a clear message. */
export const IMPORTERS: Partial<Record<DatasetKind, ImporterSpec>> = {
  'ucdp-ged': ucdpGedImporter,
  'ucdp-ovcy': ucdpOvcyImporter,
  'ucdp-acd': ucdpAcdImporter,
  vdem: vdemImporter,
  wdi: wdiImporter,
};

export * from './importer';
