import type { DatasetKind, EventRecord } from '../domain/dataset';
import type { CsvRecord } from '../formats/csv';

/** The sources Lens can pull on a schedule (issue 17, ADR 27). */
export const FEED_CONNECTORS = [
  'ucdp-ged',
  'ucdp-candidate',
  'acled',
  'gdelt2',
  'wdi',
  'vdem-release',
] as const;
export type FeedConnector = (typeof FEED_CONNECTORS)[number];

/** One table a connector fetched (an API page, a file), in the shape the importers read. */
export interface FeedTable {
  /** Names it in errors and run notes: `UCDP API gedevents/25.1 page 3`. */
  readonly name: string;
  readonly kind: DatasetKind;
  /** Column names; the records hold the rows only. */
  readonly header: readonly string[];
  readonly records: readonly CsvRecord[];
  /** Rows of a JSON answer (numbered from 2 after the field names), not lines of a file. */
  readonly json?: boolean;
}

/** What one pull fetched, checked but not yet stored. */
export interface FeedPull {
  /** The source's version of what was pulled (`25.1`, `20261206101500`, `timestamp 1733400000`). */
  readonly version: string;
  readonly tables: readonly FeedTable[];
  /** Events the source deleted since the cursor (ACLED's deletions endpoint). */
  readonly deletions: ReadonlyArray<{ readonly sourceId: string; readonly at: string }>;
  /** Another feed's events this pull replaces, up to a day (a GED version over the Candidate events). */
  readonly supersedes?: { readonly feedId: string; readonly through: string; readonly by: string };
  /** The pull is the source's whole dataset: this feed's events it does not hold are superseded. */
  readonly complete?: boolean;
  /** More is waiting (a back-fill cut short): the feed runs again at once. */
  readonly more?: boolean;
  /** Where the next run starts; stored only with what this pull brought. */
  readonly cursor: unknown;
  readonly bytes: number;
  /** The newest moment the source's data speak for (to show how far behind the source Lens is). */
  readonly sourceTime: string | null;
  /** What an admin should know (a new V-Dem version to import). */
  readonly notes: readonly string[];
}

/** Settings an admin gives a feed (never secrets: those are `credentials`). */
export interface FeedSettings {
  /** Where the source answers; the tests point it at a local replay server. */
  readonly baseUrl?: string;
  /** A source's dataset version (UCDP GED `25.1`, Candidate `25.0.11`). */
  readonly version?: string;
  /** World Bank series codes to pull. */
  readonly series?: readonly string[];
  /** Only these countries, where the source can filter (ISO3). */
  readonly countries?: readonly string[];
  /** The first day to pull when there is no cursor yet. */
  readonly since?: string;
  /** The newest V-Dem version Lens holds (the release check compares against it). */
  readonly [key: string]: unknown;
}

export interface FeedPullInput {
  readonly feedId: string;
  readonly settings: FeedSettings;
  /** Opened from the vault for this pull only. */
  readonly credentials: Readonly<Record<string, string>> | null;
  readonly cursor: unknown;
  /** Stored dataset versions of a kind, newest first (the V-Dem release check). */
  readonly storedVersions: (kind: DatasetKind) => Promise<readonly string[]>;
  readonly signal?: AbortSignal;
  /** Told of every request made, with a note when it was a retry (recorded with the run). */
  readonly onAttempt?: (retryNote?: string) => void;
}

/** A connector: fetches what is new since the cursor, all of it or an error. Never stores. */
export interface Feed {
  readonly connector: FeedConnector;
  /** The schedule a new feed gets (minutes). */
  readonly defaultInterval: number;
  /** The dataset kind its tables are and its runs are stored as; none for a release check. */
  readonly kind: DatasetKind | null;
  pull(input: FeedPullInput): Promise<FeedPull>;
}

/** A failed pull, naming the source, the page or file, and the field where it applies. */
export class FeedError extends Error {
  constructor(
    message: string,
    /** When the source asked to be left alone (429 Retry-After), the earliest retry. */
    readonly retryAt?: string,
  ) {
    super(message);
    this.name = 'FeedError';
  }
}

export interface FeedState {
  readonly id: string;
  readonly connector: FeedConnector;
  readonly settings: FeedSettings;
  readonly hasCredentials: boolean;
  readonly intervalMinutes: number;
  readonly paused: boolean;
  readonly cursor: unknown;
  readonly nextRunAt: string;
  readonly lastRunAt: string | null;
  readonly lastSuccessAt: string | null;
  readonly sourceTime: string | null;
  /** Failed runs since the last good one. */
  readonly failures: number;
  readonly lastError: string | null;
  /** When the feed was found to have missed its schedule too often (admins were told). */
  readonly staleSince: string | null;
}

export type FeedRunStatus = 'running' | 'succeeded' | 'unchanged' | 'failed';

export interface FeedRun {
  readonly id: number;
  readonly feedId: string;
  readonly trigger: 'schedule' | 'manual';
  readonly status: FeedRunStatus;
  readonly startedAt: string;
  readonly finishedAt: string | null;
  readonly added: number;
  readonly revised: number;
  readonly deleted: number;
  readonly bytes: number;
  readonly attempts: number;
  readonly datasetId: number | null;
  readonly sourceVersion: string | null;
  readonly cursorBefore: unknown;
  readonly cursorAfter: unknown;
  readonly notes: readonly string[];
  readonly error: string | null;
}

export interface FeedRepository {
  list(): Promise<FeedState[]>;
  get(id: string): Promise<FeedState | undefined>;
  /** The sealed credentials and the vault key that sealed them. */
  sealedCredentials(id: string): Promise<{ keyId: string; sealed: string } | undefined>;
  create(input: {
    id: string;
    connector: FeedConnector;
    settings: FeedSettings;
    intervalMinutes: number;
    nextRunAt: string;
    at: string;
  }): Promise<void>;
  update(
    id: string,
    changes: Partial<{
      settings: FeedSettings;
      credentials: { keyId: string; sealed: string } | null;
      intervalMinutes: number;
      paused: boolean;
      cursor: unknown;
      nextRunAt: string;
      lastRunAt: string;
      lastSuccessAt: string;
      sourceTime: string | null;
      failures: number;
      lastError: string | null;
      staleSince: string | null;
    }>,
    at: string,
  ): Promise<void>;
  startRun(input: {
    feedId: string;
    trigger: FeedRun['trigger'];
    startedAt: string;
    cursorBefore: unknown;
  }): Promise<number>;
  finishRun(
    id: number,
    result: {
      status: Exclude<FeedRunStatus, 'running'>;
      finishedAt: string;
      added: number;
      revised: number;
      deleted: number;
      bytes: number;
      attempts: number;
      datasetId: number | null;
      sourceVersion: string | null;
      cursorAfter: unknown;
      notes: readonly string[];
      error: string | null;
    },
  ): Promise<void>;
  runs(feedId: string, limit: number): Promise<FeedRun[]>;
  /** The current rows of a feed's events, by the source's ids. */
  currentEvents(feedId: string, sourceIds: readonly string[]): Promise<StoredEvent[]>;
  /** Marks rows as no longer current: a later revision replaced them, or the source deleted them. */
  supersede(ids: readonly number[], at: string, reason: string): Promise<void>;
  /** Marks a feed's current events up to a day as replaced (a GED version over Candidate events). */
  supersedeThrough(feedId: string, through: string, at: string, reason: string): Promise<number>;
  /** Every stored row of one event (kind and source id), oldest first, current and superseded. */
  eventHistory(kind: DatasetKind, sourceId: string): Promise<EventRevision[]>;
}

export type StoredEvent = EventRecord & { readonly id: number; readonly datasetId: number };

export interface EventRevision extends StoredEvent {
  readonly supersededAt: string | null;
  readonly supersededBy: string | null;
}

/** Told when a feed has missed its schedule too often (the server tells admins). */
export interface FeedNotices {
  stale(notice: { feedId: string; failures: number; lastError: string; at: string }): void;
}
