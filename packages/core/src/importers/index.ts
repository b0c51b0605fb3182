import type { DatasetKind } from '../domain/dataset';
import type { ImporterSpec } from './importer';
import { ucdpGedImporter } from './ucdp-ged.importer';
import { ucdpOvcyImporter } from './ucdp-ovcy.importer';
import { ucdpAcdImporter } from './ucdp-acd.importer';
import { vdemImporter } from './vdem.importer';
import { wdiImporter } from './wdi.importer';
import { acledImporter } from './acled.importer';
import { gdelt1Importer, gdelt2Importer } from './gdelt.importers';
import { ucdpBrdImporter } from './ucdp-brd.importer';
import { ewpEpisodesImporter } from './ewp-episodes.importer';
import {
  coupsImporter,
  eprImporter,
  ewpOutcomesImporter,
  ewpRegionsImporter,
  maddisonImporter,
  hiefImporter,
  iccprImporter,
  unImrImporter,
} from './ewp-components.importers';

/** The importers available now; the other kinds in DATASET_KINDS are refused with a clear message. */
export const IMPORTERS: Partial<Record<DatasetKind, ImporterSpec>> = {
  'ucdp-ged': ucdpGedImporter,
  'ucdp-ovcy': ucdpOvcyImporter,
  'ucdp-acd': ucdpAcdImporter,
  vdem: vdemImporter,
  wdi: wdiImporter,
  'ucdp-brd': ucdpBrdImporter,
  coups: coupsImporter,
  iccpr: iccprImporter,
  hief: hiefImporter,
  epr: eprImporter,
  'un-imr': unImrImporter,
  'ewp-episodes': ewpEpisodesImporter,
  'ewp-outcomes': ewpOutcomesImporter,
  acled: acledImporter,
  gdelt1: gdelt1Importer,
  gdelt2: gdelt2Importer,
  maddison: maddisonImporter,
  'ewp-regions': ewpRegionsImporter,
};

export * from './importer';
export { GDELT1_COLUMNS, GDELT2_COLUMNS } from './gdelt.importers';
