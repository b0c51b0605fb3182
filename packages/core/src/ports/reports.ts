import type {
  Admin1Point,
  DuplicateProbe,
  Report,
  ReportStatus,
  StoredReport,
} from '../domain/report';
import type { Admin1Shape } from '../escalation/province-map';

export interface ReportQuery {
  readonly iso3?: string;
  readonly status?: ReportStatus;
  readonly limit: number;
  readonly beforeId?: number;
  readonly assignee?: string;
  readonly duplicateGroup?: number;
  /** Reports of events on or after this day (escalation reads a window). */
  readonly occurredFrom?: string;
}

export interface ReportRepository {
  /** Stores a report with its sealed reporter; returns it with its id. */
  /** Stores a new report; it always names the account that submitted it. */
  add(r: Omit<StoredReport, 'id' | 'submittedBy'> & { submittedBy: string }): Promise<StoredReport>;
  get(id: number): Promise<StoredReport | undefined>;
  list(q: ReportQuery): Promise<Report[]>;
  /** Id, status and date of a country's (or every) report from a day on (escalation's cheap first read). */
  recentKeys(q: {
    iso3?: string;
    occurredFrom: string;
  }): Promise<Array<{ id: number; status: ReportStatus; occurredOn: string }>>;
  /** Listed reports (never their reporter) by id. */
  byIds(ids: readonly number[]): Promise<Report[]>;
  setVerification(
    id: number,
    v: Pick<Report, 'status' | 'credibility' | 'verifiedBy' | 'verifiedAt' | 'verificationReason'>,
  ): Promise<void>;
  /** Reports of a country that happened between two dates (YYYY-MM-DD, inclusive). */
  nearInTime(
    iso3: string,
    from: string,
    to: string,
  ): Promise<Array<DuplicateProbe & Pick<Report, 'id' | 'duplicateGroup'>>>;
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
  sealBytes(plain: Uint8Array): { keyId: string; sealed: Uint8Array };
  openBytes(keyId: string, sealed: Uint8Array): Uint8Array;
}

/** Rebuilds documents for showing: what a page shows, without what it hides or runs. */
export interface DocumentSanitiser {
  /** A PDF's pages in a new document; throws an `invalid` LensError when it cannot be read. */
  pdf(bytes: Uint8Array, fileName: string): Promise<Uint8Array>;
}

/** A report sealed on a monitor's device while it waited for a connection (the outbox). */
export interface SealedEnvelope {
  /** The server key it was sealed for. */
  readonly keyId: string;
  /** The AES-256-GCM key, wrapped with the server's RSA-OAEP (SHA-256) public key; base64. */
  readonly wrappedKey: string;
  /** base64 */
  readonly iv: string;
  /** AES-256-GCM ciphertext with its tag, base64: JSON { report, files: [{ name, type, data }] }. */
  readonly data: string;
}

/**
 * The key pair devices seal their outbox for: the public half is handed to every submitter at
 * sign-in and kept on the device; the private half never leaves the server (sealed at rest).
 */
export interface OutboxSealer {
  publicKey(): Promise<{ keyId: string; spki: string }>;
  /** The envelope's plaintext; throws an `invalid` LensError when it cannot be opened. */
  open(envelope: SealedEnvelope): Promise<Uint8Array>;
}

/** Where attachment files live (outside the database): content-addressed, write-once. */
export interface EvidenceStore {
  /** Stores bytes; returns the reference to read them back. */
  put(bytes: Uint8Array): Promise<string>;
  get(ref: string): Promise<Uint8Array>;
  sha256(bytes: Uint8Array): string;
}

export interface Attachment {
  readonly id: number;
  readonly reportId: number;
  readonly fileName: string;
  readonly mimeType: string;
  readonly size: number;
  /** sha256 of the original as received: the evidence hash. */
  readonly sha256: string;
  /** sha256 of the copy analysts see (metadata stripped). */
  readonly shownSha256: string;
  readonly shownRef: string;
  readonly originalRef: string;
  readonly originalKeyId: string;
  readonly receivedAt: string;
}

export interface AttachmentRepository {
  add(a: Omit<Attachment, 'id'>): Promise<Attachment>;
  forReport(reportId: number): Promise<Attachment[]>;
  get(id: number): Promise<Attachment | undefined>;
  all(): Promise<Attachment[]>;
}

/** Admin-1 label points by country (Natural Earth). */
export interface Gazetteer {
  admin1(iso3: string): readonly Admin1Point[];
  /**
   * The admin-1 unit whose polygon holds the point (Natural Earth admin-1 shapes), when the
   * adapter has shapes for the country and the point falls in one; else null.
   */
  locate?(iso3: string, latitude: number, longitude: number): Admin1Point | null;
  /** The country's admin-1 outlines to draw (simplified), when the adapter has shapes. */
  shapes?(iso3: string): readonly Admin1Shape[];
}

/** Run-time settings (key -> JSON value). */
export interface SettingsRepository {
  get(key: string): Promise<string | undefined>;
  set(key: string, value: string, by: string, at: string): Promise<void>;
}
