import type { Admin1Point, Report, ReportStatus, StoredReport } from '../domain/report';

export interface ReportQuery {
  readonly iso3?: string;
  readonly status?: ReportStatus;
  readonly limit: number;
  readonly beforeId?: number;
  readonly assignee?: string;
  readonly duplicateGroup?: number;
}

export interface ReportRepository {
  /** Stores a report with its sealed reporter; returns it with its id. */
  add(r: Omit<StoredReport, 'id'>): Promise<StoredReport>;
  get(id: number): Promise<StoredReport | undefined>;
  list(q: ReportQuery): Promise<Report[]>;
  setVerification(
    id: number,
    v: Pick<Report, 'status' | 'credibility' | 'verifiedBy' | 'verifiedAt' | 'verificationReason'>,
  ): Promise<void>;
  /** Reports of a country that happened between two dates (YYYY-MM-DD, inclusive). */
  nearInTime(iso3: string, from: string, to: string): Promise<Report[]>;
  setDuplicateGroup(id: number, group: number): Promise<void>;
  assign(id: number, assignee: string | null): Promise<void>;
  /** Every sealed reporter, for key rotation. */
  sealedReporters(): Promise<Array<{ id: number; keyId: string; sealed: string }>>;
  reseal(id: number, keyId: string, sealed: string): Promise<void>;
}

/**
 * Seals and opens reporters' identities (AES-256-GCM in the adapter). Keys live outside the
 * database (a file or an environment variable); each sealed value names the key that sealed it.
 */
export interface ReporterVault {
  readonly currentKeyId: string;
  seal(plaintext: string): { keyId: string; sealed: string };
  open(keyId: string, sealed: string): string;
}

/** Admin-1 label points by country (Natural Earth). */
export interface Gazetteer {
  admin1(iso3: string): readonly Admin1Point[];
}
