/** The dataset formats Lens imports (`lens import <kind> <file>`). */
export const DATASET_KINDS = [
  'ucdp-ged',
  'ucdp-ovcy',
  'ucdp-acd',
  'ucdp-brd',
  'vdem',
  'wdi',
  'un-imr',
  'epr',
  'hief',
  'coups',
  'iccpr',
  'ewp-episodes',
  'ewp-outcomes',
  'acled',
  'gdelt1',
  'gdelt2',
  'maddison',
  'ewp-regions',
  'features',
] as const;
export type DatasetKind = (typeof DATASET_KINDS)[number];

export const isDatasetKind = (v: string): v is DatasetKind =>
  (DATASET_KINDS as readonly string[]).includes(v);

/** One imported file: where it came from, which version, and exactly which bytes. */
export interface Dataset {
  readonly id: number;
  readonly kind: DatasetKind;
  readonly source: string;
  readonly version: string;
  readonly licence: string;
  readonly fileName: string;
  readonly sha256: string;
  readonly rows: number;
  readonly importerVersion: string;
  readonly importedAt: string;
  readonly importedBy: string;
  /** Rows that could not be matched to a country, by name and count, and other notes. */
  readonly notes: readonly string[];
  /** The feed that pulled it (issue 17); null or absent for a file imported by hand. */
  readonly feedId?: string | null;
}

/** A country-year observation: one variable's value for one country in one year. */
export interface CountryYearValue {
  readonly iso3: string;
  readonly year: number;
  readonly variable: string;
  readonly value: number | null;
}

/** An event from a dataset (UCDP GED, ACLED, GDELT) or, later, a field report. */
export interface EventRecord {
  readonly sourceId: string;
  readonly dateStart: string;
  readonly dateEnd: string;
  /** 1 exact day ... 5 year or longer, as UCDP codes it. */
  readonly datePrecision: number | null;
  readonly year: number;
  readonly iso3: string;
  readonly admin1: string | null;
  /** The Natural Earth admin-1 unit nearest its coordinates, assigned at import. */
  readonly admin1Code?: string | null;
  readonly latitude: number | null;
  readonly longitude: number | null;
  readonly geoPrecision: number | null;
  readonly violenceType: string;
  readonly actorA: string | null;
  readonly actorB: string | null;
  /** Actors acting with side A (ACLED assoc_actor_1), e.g. co-perpetrators. */
  readonly associatedA?: readonly string[];
  /** Actors on side B's part (ACLED assoc_actor_2), e.g. named groups among the victims. */
  readonly associatedB?: readonly string[];
  readonly deathsBest: number | null;
  readonly deathsLow: number | null;
  readonly deathsHigh: number | null;
  readonly deathsCivilians: number | null;
  readonly civilianTargeting: boolean;
  readonly description: string | null;
}
