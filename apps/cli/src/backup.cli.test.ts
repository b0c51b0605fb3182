import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { sql } from 'kysely';
import pg from 'pg';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { verifyAuditLog } from '@lens/core';
import { createStore, openDatabase, sha256Hex } from '@lens/db';
import { describeEachDatabase } from '@lens/db/testing';
import { as, createTestApp, type TestApp } from '../../server/src/testing';
import type { BackupManifest } from './backup/backup';

const BIN = path.resolve(import.meta.dirname, '../bin/lens.mjs');

/** Runs `lens` without blocking, so that reports keep arriving while it works. */
function lens(env: Record<string, string>, args: string[]) {
  return new Promise<{ code: number | null; out: string }>((resolve) => {
    const child = spawn(process.execPath, [BIN, ...args], { env: { ...process.env, ...env } });
    let out = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    child.stderr.on('data', (d: Buffer) => (out += d.toString()));
    child.on('close', (code) => resolve({ code, out }));
  });
}

/** A small JPEG, different for each k (so each is its own evidence file). */
const photo = (k: number) =>
  Buffer.from([
    0xff,
    0xd8,
    0xff,
    0xe0,
    0,
    16,
    0x4a,
    0x46,
    0x49,
    0x46,
    0,
    1,
    1,
    0,
    0,
    1,
    0,
    1,
    0,
    0,
    0xff,
    0xda,
    0,
    8,
    1,
    1,
    0,
    0,
    63,
    0,
    k & 0xff,
    (k >> 8) & 0xff,
    0x12,
    0xff,
    0xd9,
  ]);

/** A new, empty database of the same kind as `url` (nothing migrated into it). */
async function emptyTarget(url: string, dir: string): Promise<string> {
  if (url.startsWith('sqlite:')) return `sqlite:${path.join(dir, 'restored', 'lens.db')}`;
  const name = `lens_restore_${process.pid}_${Math.random().toString(36).slice(2, 8)}`;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  await admin.query(`create database ${name}`);
  await admin.end();
  return url.replace(/\/[^/?]*(\?|$)/, `/${name}$1`);
}

describeEachDatabase('lens backup and restore', (get) => {
  let t: TestApp;
  let dir: string;
  beforeAll(async () => {
    t = await createTestApp(get());
    dir = mkdtempSync(path.join(tmpdir(), 'lens-backup-'));
  });
  afterAll(async () => {
    await t.app.close();
  });

  const submit = (k: number) => {
    const boundary = 'b0undary';
    const report = {
      occurredOn: '2024-03-01',
      iso3: 'CAF',
      description: `report ${k}: armed men burned the market of the village at dawn`,
      language: 'fr',
      civiliansTargeted: true,
      reporter: { name: `Témoin ${k}` },
    };
    const payload = Buffer.concat([
      Buffer.from(
        `--${boundary}\r\nContent-Disposition: form-data; name="report"\r\n\r\n${JSON.stringify(report)}\r\n--${boundary}\r\nContent-Disposition: form-data; name="attachments"; filename="p${k}.jpg"\r\nContent-Type: image/jpeg\r\n\r\n`,
      ),
      photo(k),
      Buffer.from(`\r\n--${boundary}--\r\n`),
    ]);
    return t.app.inject({
      method: 'POST',
      url: '/api/reports',
      payload,
      headers: {
        ...as(t.callers.monitor),
        'content-type': `multipart/form-data; boundary=${boundary}`,
      },
    });
  };

  it('backs up while reports arrive, and restores onto an empty database with every check passing', async () => {
    for (let k = 0; k < 5; k++) expect((await submit(k)).statusCode).toBe(201);
    const { url } = get();
    const env = {
      LENS_DATABASE_URL: url,
      LENS_EVIDENCE_DIR: t.evidenceDir,
      LENS_AUDIT_ANCHOR_FILE: path.join(dir, 'anchors.jsonl'),
    };
    const out = path.join(dir, 'backup-1');
    const running = lens(env, ['backup', '--out', out]);
    let acknowledged = 5;
    let more = 5;
    let done = false;
    void running.then(() => (done = true));
    while (!done && more < 60) if ((await submit(more++)).statusCode === 201) acknowledged++;
    const b = await running;
    expect(b.code, b.out).toBe(0);
    expect(b.out).toMatch(/Backed up .* into/);
    expect(b.out).toContain('test-key'); // the key the sealed reporters need, named, not copied
    const m = JSON.parse(readFileSync(path.join(out, 'manifest.json'), 'utf8')) as BackupManifest;
    expect(m.reports).toBeGreaterThanOrEqual(5);
    expect(m.reports).toBeLessThanOrEqual(acknowledged);
    expect(m.evidence.length).toBe(m.attachments * 2); // shown copy and sealed original
    expect(readdirSync(out)).not.toContain('reporter-keys');

    // Onto a new, empty database and evidence folder.
    const target = await emptyTarget(url, dir);
    const evidence = path.join(dir, 'restored-evidence');
    const r = await lens({ LENS_DATABASE_URL: target, LENS_EVIDENCE_DIR: evidence }, [
      'restore',
      out,
    ]);
    expect(r.code, r.out).toBe(0);
    expect(r.out).toContain(`Restored ${m.reports} reports`);
    const conn = openDatabase(target);
    try {
      const reports = await conn.db
        .selectFrom('reports')
        .select((eb) => eb.fn.countAll().as('n'))
        .executeTakeFirstOrThrow();
      expect(Number(reports.n)).toBe(m.reports);
      const chain = await verifyAuditLog(createStore(conn), sha256Hex);
      expect(chain.firstBreak).toBeUndefined();
      // Every attachment row of the restored database has its file, matching its hash.
      const files = await conn.db.selectFrom('attachments').select(['shown_ref']).execute();
      for (const f of files) {
        const bytes = readFileSync(path.join(evidence, f.shown_ref.slice(0, 2), f.shown_ref));
        expect(t.deps.evidence!.sha256(bytes)).toBe(f.shown_ref);
      }
    } finally {
      await conn.close();
    }
    // Never over a database that holds anything.
    const again = await lens({ LENS_DATABASE_URL: target, LENS_EVIDENCE_DIR: evidence }, [
      'restore',
      out,
    ]);
    expect(again.code).toBe(2);
    expect(again.out).toContain('is not empty');
  });

  it('refuses a backup whose files were altered, naming what changed', async () => {
    const out = path.join(dir, 'backup-1');
    const m = JSON.parse(readFileSync(path.join(out, 'manifest.json'), 'utf8')) as BackupManifest;
    const ref = m.evidence[0]!;
    writeFileSync(path.join(out, 'evidence', ref.slice(0, 2), ref), 'altered');
    const target = await emptyTarget(get().url, dir);
    const r = await lens({ LENS_DATABASE_URL: target, LENS_EVIDENCE_DIR: path.join(dir, 'e2') }, [
      'restore',
      out,
    ]);
    expect(r.code).toBe(2);
    expect(r.out).toContain(`evidence file ${ref} is missing or altered`);
  });

  it('catches the removal of the newest audit entries with the anchor, which the chain alone cannot', async () => {
    const { url } = get();
    const anchors = path.join(dir, 'anchors.jsonl');
    const env = { LENS_DATABASE_URL: url };
    const intact = await lens(env, ['audit', 'verify', '--anchor', anchors]);
    expect(intact.code, intact.out).toBe(0);
    expect(intact.out).toContain('matches 1 anchors');
    const anchor = JSON.parse(readFileSync(anchors, 'utf8').trim()) as { seq: number };
    await sql`delete from audit_log where seq >= ${anchor.seq - 1}`.execute(get().db);
    const chainOnly = await lens(env, ['audit', 'verify']);
    expect(chainOnly.code).toBe(0); // what is left still chains
    const anchored = await lens(env, ['audit', 'verify', '--anchor', anchors]);
    expect(anchored.code).toBe(1);
    expect(anchored.out).toContain(`entry ${anchor.seq}`);
    expect(anchored.out).toContain('newest entries were removed');
  });
});
