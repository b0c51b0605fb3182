import { mkdtempSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { openDatabase } from './database';

const mode = (f: string) => statSync(f).mode & 0o777;

describe('the SQLite file is readable by its owner only', () => {
  it('creates the database, its WAL and its folder without group or other access', async () => {
    const dir = path.join(mkdtempSync(path.join(os.tmpdir(), 'lens-modes-')), 'data');
    const file = path.join(dir, 'lens.db');
    const conn = openDatabase(`sqlite:${file}`);
    await sql`create table t (x integer)`.execute(conn.db);
    await sql`insert into t values (1)`.execute(conn.db);
    expect(mode(dir)).toBe(0o700);
    expect(mode(file)).toBe(0o600);
    expect(mode(`${file}-wal`)).toBe(0o600);
    await conn.close();
  });

  it('narrows a database file an earlier version created 0644', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'lens-modes-'));
    const file = path.join(dir, 'old.db');
    writeFileSync(file, '', { mode: 0o644 });
    const conn = openDatabase(`sqlite:${file}`);
    expect(mode(file)).toBe(0o600);
    await conn.close();
  });
});
