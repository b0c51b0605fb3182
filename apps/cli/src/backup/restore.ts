import { execFile } from 'node:child_process';
import { chmodSync, copyFileSync, existsSync, mkdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { sql } from 'kysely';
import { LensError, verifyAuditLog } from '@lens/core';
import { createStore, migrateToLatest, openDatabase, sha256Hex } from '@lens/db';
import {
  checkBackup,
  evidencePath,
  facts,
  sha256File,
  type AuditAnchor,
  type BackupManifest,
} from './backup';

const run = promisify(execFile);

export interface RestoreResult {
  readonly manifest: BackupManifest;
  readonly auditEntries: number;
  readonly reports: number;
  readonly evidenceFiles: number;
}

/** Whether the database has any table of its own (a restore goes only onto an empty one). */
async function isEmpty(url: string): Promise<boolean> {
  if (url.startsWith('sqlite:')) {
    const file = url.slice('sqlite:'.length);
    return !existsSync(file) || statSync(file).size === 0;
  }
  const conn = openDatabase(url);
  try {
    const r = await sql<{ n: string }>`
      select count(*) as n from information_schema.tables where table_schema = 'public'`.execute(
      conn.db,
    );
    return Number(r.rows[0]?.n ?? 0) === 0;
  } finally {
    await conn.close();
  }
}

/**
 * Restores a backup onto an empty database (of the backup's kind) and its evidence folder, after
 * checking every hash in the manifest; then migrates it to this version of Lens and checks what
 * it restored: the audit chain, the counts of the manifest, every evidence file. The reporter keys
 * are the operator's to put back (the manifest names the key ids the data needs).
 */
export async function restore(
  dir: string,
  databaseUrl: string,
  options: { evidenceDir: string },
): Promise<RestoreResult> {
  const where = path.resolve(dir);
  const m = await checkBackup(where);
  const kind = databaseUrl.startsWith('sqlite:') ? 'sqlite' : 'postgres';
  if (kind !== m.database.kind)
    throw new LensError(
      'invalid',
      `the backup is of a ${m.database.kind} database; LENS_DATABASE_URL names a ${kind} one`,
    );
  if (!(await isEmpty(databaseUrl)))
    throw new LensError(
      'invalid',
      `${databaseUrl.replace(/\/\/([^:/@]+):[^@]*@/, '//$1:***@')} is not empty: restore onto a new database`,
    );
  const source = path.join(where, m.database.file);
  if (kind === 'sqlite') {
    const file = path.resolve(databaseUrl.slice('sqlite:'.length));
    mkdirSync(path.dirname(file), { recursive: true, mode: 0o700 });
    copyFileSync(source, file);
    chmodSync(file, 0o600);
  } else {
    await run('pg_restore', ['--no-owner', '--exit-on-error', `--dbname=${databaseUrl}`, source]);
  }
  const evidenceRoot = path.resolve(options.evidenceDir);
  for (const ref of m.evidence) {
    const to = evidencePath(evidenceRoot, ref);
    if (existsSync(to) && (await sha256File(to)) === ref) continue;
    mkdirSync(path.dirname(to), { recursive: true, mode: 0o700 });
    copyFileSync(evidencePath(path.join(where, 'evidence'), ref), to);
    chmodSync(to, 0o600);
  }
  // Checked on what was restored, not on what was meant to be.
  const conn = openDatabase(databaseUrl);
  try {
    await migrateToLatest(conn);
    const now = await facts(conn.db);
    const chain = await verifyAuditLog(createStore(conn), sha256Hex);
    if (chain.firstBreak)
      throw new LensError(
        'invalid',
        `the restored audit log is broken at entry ${chain.firstBreak.seq}: ${chain.firstBreak.reason}`,
      );
    // Migrating may itself add audit entries in a later version: the backup's head must be there.
    if (
      now.audit.headSeq < m.audit.headSeq ||
      now.reports !== m.reports ||
      now.attachments !== m.attachments
    )
      throw new LensError(
        'invalid',
        `the restored database does not hold what the manifest says (audit to ${now.audit.headSeq} of ${m.audit.headSeq}, ${now.reports} of ${m.reports} reports, ${now.attachments} of ${m.attachments} attachments)`,
      );
    return {
      manifest: m,
      auditEntries: chain.entries,
      reports: now.reports,
      evidenceFiles: m.evidence.length,
    };
  } finally {
    await conn.close();
  }
}

/** Reads an anchor file: one JSON anchor per line; names the line of any it cannot read. */
export function readAnchors(file: string): AuditAnchor[] {
  const text = readFileSync(file, 'utf8');
  return text
    .split('\n')
    .map((line, i) => ({ line, n: i + 1 }))
    .filter(({ line }) => line.trim() !== '')
    .map(({ line, n }) => {
      try {
        const a = JSON.parse(line) as AuditAnchor;
        if (!Number.isInteger(a.seq) || typeof a.hash !== 'string') throw new Error('fields');
        return a;
      } catch {
        throw new LensError(
          'invalid',
          `${file}:${n}:1: not an audit anchor (JSON with seq and hash)`,
        );
      }
    });
}
