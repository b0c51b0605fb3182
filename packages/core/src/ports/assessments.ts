import type { Judgement, Override } from '../assessment/assess';

/** A stored version of the frameworks catalog (the JSON text as loaded). */
export interface StoredCatalog {
  readonly id: number;
  readonly version: string;
  readonly sha256: string;
  readonly content: string;
  readonly loadedAt: string;
  readonly loadedBy: string;
}

export interface AssessmentRepository {
  /** Stores a catalog version; a catalog with the same hash already stored is returned instead. */
  saveCatalog(c: Omit<StoredCatalog, 'id'>): Promise<StoredCatalog>;
  latestCatalog(): Promise<StoredCatalog | undefined>;
  addJudgement(j: Omit<Judgement, 'id'>): Promise<Judgement>;
  /** Judgements for one country, or for every country. */
  judgements(iso3?: string): Promise<Judgement[]>;
  addOverride(o: Omit<Override, 'id'>): Promise<Override>;
  /** Overrides for one country, or every country, oldest first. */
  overrides(iso3?: string): Promise<Override[]>;
}
