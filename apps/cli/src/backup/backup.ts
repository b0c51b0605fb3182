import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  appendFileSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  writeFileSync,
} from 'node:fs';
import { copyFile, readFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { sql, type Kysely } from 'kysely';
import { LensError } from '@lens/core';
import { currentMigration, openDatabase, type Database, type DatabaseConnection } from '@lens/db';

const run = promisify(execFile);

export const MANIFEST = 'manifest.json';
export const FORMAT = 'lens-backup/1';

/** What a backup holds and how to check it: written last, so a folder without it is unfinished. */
export interface BackupManifest {
  readonly format: typeof FORMAT;
  readonly createdAt: string;
  readonly database: {
    readonly kind: 'sqlite' | 'postgres';
    readonly file: string;
    readonly sha256: string;
    readonly migration: string | null;
  };
  /** The audit log's newest entry in the backup: also appended to the anchor file. */
  readonly audit: { readonly entries: number; readonly headSeq: number; readonly headHash: string };
  readonly reports: number;
  readonly attachments: number;
  /** Evidence files (content-addressed: each file's name is its sha256), as evidence/xx/name. */
  readonly evidence: readonly string[];
  /** Reporter keys the sealed data needs: kept apart, never in a backup (ADR 12). */
  readonly keyIds: readonly string[];
}

/** An audit anchor: one line of the anchor file, kept outside the database and its backups. */
export interface AuditAnchor {
  readonly at: string;
  readonly seq: number;
  readonly hash: string;
}

export const sha256File = async (file: string): Promise<string> =>
  createHash('sha256')
    .update(await readFile(file))
    .digest('hex');

/** The facts a manifest records, read from one consistent view of the database. */
async function facts(db: Kysely<Database>) {
  const head = await db
    .selectFrom('audit_log')
    .select(['seq', 'hash'])
    .orderBy('seq', 'desc')
    .limit(1)
    .executeTakeFirst();
  const count = async (table: 'audit_log' | 'reports' | 'attachments') =>
    Number(
      (
        await db
          .selectFrom(table)
          .select((eb) => eb.fn.countAll().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    );
  const files = await db
    .selectFrom('attachments')
    .select(['shown_ref', 'original_ref', 'original_key_id'])
    .execute();
  const reporterKeys = await db
    .selectFrom('reports')
    .select('reporter_key_id')
    .distinct()
    .where('reporter_key_id', 'is not', null)
    .execute();
  return {
    audit: {
      entries: await count('audit_log'),
      headSeq: Number(head?.seq ?? 0),
      headHash: head?.hash ?? '',
    },
    reports: await count('reports'),
    attachments: await count('attachments'),
    refs: [...new Set(files.flatMap((f) => [f.shown_ref, f.original_ref]))].sort(),
    keyIds: [
      ...new Set([
        ...files.map((f) => f.original_key_id),
        ...reporterKeys.map((r) => r.reporter_key_id!),
      ]),
    ].sort(),
  };
}

const evidencePath = (root: string, ref: string) => path.join(root, ref.slice(0, 2), ref);

/**
 * A backup of a live database: SQLite through its online backup API, PostgreSQL through pg_dump
 * reading the same snapshot the manifest's facts were read from; then the evidence files the
 * backed-up rows point to (each checked against its name, its sha256); then the manifest. The
 * audit head is appended to `anchorFile`, outside the database. Keys are not copied.
 */
export async function backup(
  conn: DatabaseConnection,
  databaseUrl: string,
  options: { out: string; evidenceDir: string; anchorFile: string; now?: Date },
): Promise<BackupManifest> {
  const out = path.resolve(options.out);
  if (existsSync(out) && readdirSync(out).length > 0)
    throw new LensError('invalid', `${out} is not empty: back up into a new folder`);
  mkdirSync(out, { recursive: true, mode: 0o700 });
  let file: string;
  let read: Awaited<ReturnType<typeof facts>>;
  if (conn.kind === 'sqlite') {
    file = 'lens.db';
    const target = path.join(out, file);
    await conn.sqlite!.backup(target);
    const copy = openDatabase(`sqlite:${target}`);
    try {
      read = await facts(copy.db);
    } finally {
      await copy.close();
    }
  } else {
    file = 'lens.pgdump';
    const target = path.join(out, file);
    read = await conn.db
      .transaction()
      .setIsolationLevel('repeatable read')
      .execute(async (trx) => {
        const snap = await sql<{ id: string }>`select pg_export_snapshot() as id`.execute(trx);
        await run('pg_dump', [
          '--format=custom',
          `--snapshot=${snap.rows[0]!.id}`,
          `--file=${target}`,
          '--no-owner',
          databaseUrl,
        ]);
        return facts(trx);
      });
  }
  const evidenceRoot = path.resolve(options.evidenceDir);
  for (const ref of read.refs) {
    const from = evidencePath(evidenceRoot, ref);
    if (!existsSync(from))
      throw new LensError('invalid', `evidence file ${ref} is missing from ${evidenceRoot}`);
    if ((await sha256File(from)) !== ref)
      throw new LensError('invalid', `evidence file ${from} does not match its hash`);
    const to = evidencePath(path.join(out, 'evidence'), ref);
    mkdirSync(path.dirname(to), { recursive: true, mode: 0o700 });
    await copyFile(from, to);
  }
  const createdAt = (options.now ?? new Date()).toISOString();
  const manifest: BackupManifest = {
    format: FORMAT,
    createdAt,
    database: {
      kind: conn.kind,
      file,
      sha256: await sha256File(path.join(out, file)),
      migration: await currentMigration(conn),
    },
    audit: read.audit,
    reports: read.reports,
    attachments: read.attachments,
    evidence: read.refs,
    keyIds: read.keyIds,
  };
  writeFileSync(path.join(out, MANIFEST), `${JSON.stringify(manifest, null, 2)}\n`, {
    mode: 0o600,
  });
  if (read.audit.headSeq > 0) {
    mkdirSync(path.dirname(path.resolve(options.anchorFile)), { recursive: true });
    const anchor: AuditAnchor = {
      at: createdAt,
      seq: read.audit.headSeq,
      hash: read.audit.headHash,
    };
    appendFileSync(options.anchorFile, `${JSON.stringify(anchor)}\n`, { mode: 0o600 });
  }
  return manifest;
}

/** Reads and checks a backup folder's manifest, database file and evidence files. */
export async function checkBackup(dir: string): Promise<BackupManifest> {
  const where = path.resolve(dir);
  const manifestFile = path.join(where, MANIFEST);
  if (!existsSync(manifestFile))
    throw new LensError('invalid', `${where} has no ${MANIFEST}: not a finished Lens backup`);
  const m = JSON.parse(readFileSync(manifestFile, 'utf8')) as BackupManifest;
  if (m.format !== FORMAT)
    throw new LensError('invalid', `${manifestFile}: unknown backup format ${String(m.format)}`);
  if ((await sha256File(path.join(where, m.database.file))) !== m.database.sha256)
    throw new LensError('invalid', `${m.database.file} does not match the manifest's hash`);
  for (const ref of m.evidence) {
    const f = evidencePath(path.join(where, 'evidence'), ref);
    if (!existsSync(f) || (await sha256File(f)) !== ref)
      throw new LensError('invalid', `evidence file ${ref} is missing or altered in the backup`);
  }
  return m;
}

export { evidencePath, facts };
