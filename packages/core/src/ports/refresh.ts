import type { RefreshEffect, RefreshJob } from '../effects/refresh-job';

/** The after-commit effects' queue (ADR 17). */
export interface RefreshRepository {
  /** Adds a pending job, or renews the pending one of the same effect and scope (no duplicates). */
  enqueue(job: { effect: RefreshEffect; scope: string; reason: string; at: string }): Promise<void>;
  /** Pending jobs, oldest first (and jobs left running by a process that stopped, if `stale`). */
  pending(limit: number): Promise<RefreshJob[]>;
  /** Marks a job running; false when another worker took it first. */
  start(id: number, at: string): Promise<boolean>;
  finish(id: number, at: string): Promise<void>;
  /** Failed: back to pending while attempts remain, else failed for good with the reason. */
  fail(id: number, error: string, at: string, retry: boolean): Promise<void>;
  /** Recent jobs of every status, newest first, for the Data page and `GET /api/refresh`. */
  list(q: { limit: number; scope?: string }): Promise<RefreshJob[]>;
  /** Running jobs back to pending (a process stopped mid-run). */
  requeueRunning(at: string): Promise<number>;
}
